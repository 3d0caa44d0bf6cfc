import { describe, expect, it } from 'vitest';
import type { ApprovalEvent } from '../element/approval-event.types.js';
import { analysePython } from '../element/python-analysis.js';
import { codeIntelContext, ORDER_MODEL, orderEvent } from './code-intel.testing.js';
import { diagnosticsFor } from './diagnostics-for.js';
import type { TextEdit } from './intellisense.types.js';
import { quickFixesFor } from './quick-fixes-for.js';
import { offsetAt } from './source-position.js';

/** Applies edits from the last to the first, as an editor does with one undo step. */
function apply(source: string, edits: TextEdit[]): string {
  const placed = edits.map((edit) => ({
    from: offsetAt(source, edit.range.startLine, edit.range.startColumn),
    to: offsetAt(source, edit.range.endLine, edit.range.endColumn),
    text: edit.text,
  }));
  placed.sort((a, b) => b.from - a.from);
  return placed.reduce((text, edit) => text.slice(0, edit.from) + edit.text + text.slice(edit.to), source);
}

function fixOnce(source: string, element: ApprovalEvent) {
  const input = { source, element, context: codeIntelContext(), model: ORDER_MODEL };
  const [fix, ...others] = quickFixesFor(input);
  expect(others).toEqual([]);
  if (fix === undefined) throw new Error('no quick fix');
  const fixed = apply(source, fix.edits);
  return { fix, fixed, after: diagnosticsFor({ ...input, source: fixed }) };
}

describe('quickFixesFor', () => {
  it('appends a missing handler with the operate signature, after two blank lines', () => {
    const element = orderEvent({ operate: 'NodeHandled', func: 'inner.onHandled' });
    const source = 'from jit.commons.utils.logger import log\n\ndef helper(row):\n    pass\n';
    const { fix, fixed, after } = fixOnce(source, element);
    expect(fix).toMatchObject({
      title: 'Add the handler def onHandled(eventOutData, handleType, nodeId, nodeTitle)',
      isPreferred: true,
    });
    expect(fix.diagnostic.code).toBe('inner.functionMissing');
    expect(fixed).toContain('    pass\n\n\ndef onHandled(eventOutData, handleType, nodeId, nodeTitle):\n');
    expect(after).toEqual([]);
    expect(fixed.match(/import log/g)).toHaveLength(1);
  });

  it('adds the logger import the stub uses when the file lacks it', () => {
    const { fixed, after } = fixOnce('def helper(row):\n    pass', orderEvent());
    expect(fixed.startsWith('from jit.commons.utils.logger import log\ndef helper(row):')).toBe(true);
    expect(fixed).toContain('    pass\n\n\ndef handleOrderApproval(eventOutData):');
    expect(after).toEqual([]);
    const empty = fixOnce('', orderEvent({ funcType: 'Inner', func: undefined }));
    expect(
      empty.fixed.startsWith('from jit.commons.utils.logger import log\n\n\ndef customFunc(eventOutData):'),
    ).toBe(true);
    expect(empty.after).toEqual([]);
  });

  it('rewrites a wrong parameter list, keeping the names the body uses', () => {
    const nodeChange = orderEvent({ operate: 'NodeChange', func: 'inner.onNode' });
    const { fix, fixed, after } = fixOnce('def onNode(data, node, who):\n    data.row.save()\n', nodeChange);
    expect(fix.title).toBe('Change the parameters to (data, node)');
    expect(fixed).toBe('def onNode(data, node):\n    data.row.save()\n');
    expect(after).toEqual([]);
  });

  it('restores the expected parameters when the def has none or too many', () => {
    expect(fixOnce('def handleOrderApproval():\n    pass\n', orderEvent()).fixed).toBe(
      'def handleOrderApproval(eventOutData):\n    pass\n',
    );
    const extra = fixOnce(
      'def handleOrderApproval(eventOutData, extra, *, flag, **kw):\n    pass\n',
      orderEvent(),
    );
    expect(extra.fixed).toBe('def handleOrderApproval(eventOutData, **kw):\n    pass\n');
    expect(extra.after).toEqual([]);
  });

  it('uses the expected names when keeping the old ones would repeat a name', () => {
    const nodeChange = orderEvent({ operate: 'NodeChange', func: 'inner.onNode' });
    expect(fixOnce('def onNode(triggerNode, *, flag):\n    pass\n', nodeChange).fixed).toBe(
      'def onNode(eventOutData, triggerNode):\n    pass\n',
    );
  });

  it('offers nothing for a correct file or a syntax error', () => {
    const context = codeIntelContext();
    expect(
      quickFixesFor({
        source: 'def handleOrderApproval(eventOutData):\n    pass\n',
        element: orderEvent(),
        context,
      }),
    ).toEqual([]);
    expect(
      quickFixesFor({ source: 'def handleOrderApproval(eventOutData)\n', element: orderEvent(), context }),
    ).toEqual([]);
    expect(analysePython('def handleOrderApproval(eventOutData)\n', 'x.py').issues).toHaveLength(1);
  });
});
