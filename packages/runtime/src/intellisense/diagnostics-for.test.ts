import { describe, expect, it } from 'vitest';
import { codeIntelContext, ORDER_MODEL, orderEvent } from './code-intel.testing.js';
import { diagnosticsFor } from './diagnostics-for.js';

const GOOD =
  'from jit.commons.utils.logger import log\n\ndef handleOrderApproval(eventOutData):\n    row = eventOutData.row\n    row.status.value = "done"\n    row.save()\n';

function diagnose(source: string, element = orderEvent()) {
  return diagnosticsFor({ source, element, context: codeIntelContext(), model: ORDER_MODEL });
}

describe('diagnosticsFor', () => {
  it('reports nothing for a correct handler', () => {
    expect(diagnose(GOOD)).toEqual([]);
  });

  it('places a Python syntax error from its column to the end of the line', () => {
    const [syntax, ...rest] = diagnose('def handleOrderApproval(eventOutData):\n    x = (1,\n');
    expect(rest).toEqual([]);
    // The bracket left open, not the end of the file where the parser gave up.
    expect(syntax).toMatchObject({ severity: 'error', code: 'python.syntax', startLine: 2, startColumn: 9 });
    // What the studio needs to show the marker in Chinese too.
    expect(syntax?.params).toMatchObject({ kind: 'unclosedBracket', open: '(', line: '2', column: '9' });
    const broken = diagnose('def handleOrderApproval(eventOutData)\n    pass\n')[0];
    expect(broken).toMatchObject({ code: 'python.syntax', startLine: 1, startColumn: 37, endColumn: 38 });
  });

  it("marks a missing handler on the first line, with validateElement's message", () => {
    const [missing] = diagnose('def somethingElse(eventOutData):\n    pass\n');
    expect(missing).toMatchObject({
      code: 'inner.functionMissing',
      severity: 'error',
      startLine: 1,
      startColumn: 1,
      endLine: 1,
    });
    expect(missing?.message).toContain("defines no top-level function 'handleOrderApproval'");
    expect(missing?.message).toContain('def handleOrderApproval(eventOutData)');
  });

  it('marks a wrong signature on the parameter list', () => {
    const nodeChange = orderEvent({ operate: 'NodeChange', func: 'inner.onNode' });
    // A NodeChange event passes eventOutData and the node, never a third argument.
    const [wrong] = diagnose('x = 1\n\ndef onNode(eventOutData, node, who):\n    pass\n', nodeChange);
    expect(wrong).toMatchObject({
      code: 'handler.signature',
      severity: 'error',
      startLine: 3,
      startColumn: 11,
      endLine: 3,
      endColumn: 36,
    });
    expect(wrong?.message).toContain('def onNode(eventOutData, triggerNode)');
  });

  it('ignores e.json-only problems and global handlers', () => {
    const global = orderEvent({ funcType: 'global', func: 'services.Missing.fn' });
    expect(diagnose('x = 1\n', global)).toEqual([]);
    expect(diagnose(GOOD, orderEvent({ operate: 'Proces' }))).toEqual([]);
  });

  it('warns about a row field the model does not declare', () => {
    const source = `${GOOD}    eventOutData.row.ordrNo.value = 1\n`;
    const [unknown] = diagnose(source);
    expect(unknown).toMatchObject({
      code: 'row.unknownField',
      severity: 'warning',
      startLine: 7,
      startColumn: 22,
      endColumn: 28,
    });
    expect(unknown?.message).toBe(
      "OrderModel has no field 'ordrNo'; its fields are: id, orderNo, amount, status, priority, orderDate",
    );
    // Methods and the fields themselves are fine; rows of a model without known fields are not checked.
    expect(diagnose(`${GOOD}    eventOutData.row.toDict()\n`)).toEqual([]);
    expect(
      diagnosticsFor({
        source: `${GOOD}    row.whatever.value = 1\n`,
        element: orderEvent(),
        context: codeIntelContext(),
      }),
    ).toEqual([]);
  });
});
