import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATES } from './approval-event.types.js';
import { draftOf, type ElementDraft } from './element-draft.js';
import { parseElement } from './parse-element.js';
import { writeElement } from './write-element.js';

const ROUNDTRIP = join(import.meta.dirname, '../../fixtures/elements/roundtrip');

function eJsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return eJsonFiles(path);
    return entry === 'e.json' ? [path] : [];
  });
}

function draft(text: string): ElementDraft {
  const { element } = parseElement('events/a', text);
  if (element === undefined) throw new Error('fixture does not parse');
  return draftOf(element);
}

const fixtures = eJsonFiles(ROUNDTRIP).map((path) => [
  path.slice(ROUNDTRIP.length + 1),
  readFileSync(path, 'utf8'),
]);

describe('writeElement round trip', () => {
  it('has odd-format fixtures in both spellings', () => {
    const spellings = new Set(fixtures.map(([, text]) => draft(text ?? '').spelling));
    expect(spellings).toEqual(new Set(['seed', 'newer']));
  });

  it.each(fixtures)('%s is written back byte for byte', (_name, text) => {
    expect(writeElement(text, draft(text ?? ''))).toBe(text);
  });

  it.each(fixtures)('%s: a title edit changes only the title', (_name, text) => {
    const original = text ?? '';
    const written = writeElement(original, { ...draft(original), title: 'Neu "titel" ✓' });
    const before = draft(original);
    expect(draft(written)).toEqual({ ...before, title: 'Neu "titel" ✓' });
    const oldTitle = JSON.stringify(before.title);
    expect(written).toBe(original.replace(oldTitle, JSON.stringify('Neu "titel" ✓')));
  });
});

const SEED_CHANGE =
  '{\r\n\t"title": "T",\r\n\t"type": "events.WorkflowType",\r\n\t"backendBundleEntry": ".",\r\n\t"model": "models.OrderModel",\r\n\t"operate": "NodeChange",\r\n\t"triggerNode": ["node1"],\r\n\t"func": "inner.f",\r\n\t"funcType": "inner",\r\n\t"zz": 1\r\n}\r\n';

describe('writeElement edits', () => {
  it('removes triggerNode when NodeChange becomes Process, keeping layout and unknown keys', () => {
    const written = writeElement(SEED_CHANGE, { ...draft(SEED_CHANGE), operate: 'Process' });
    expect(written).toBe(
      SEED_CHANGE.replace('"NodeChange"', '"Process"').replace('\t"triggerNode": ["node1"],\r\n', ''),
    );
  });

  it('adds handleType and handleNode after operate when switching to NodeHandled', () => {
    const next = {
      ...draft(SEED_CHANGE),
      operate: 'NodeHandled',
      handleType: ['agree'],
      handleNode: 'node1',
    };
    const written = writeElement(SEED_CHANGE, next);
    expect(written).toContain(
      '\t"operate": "NodeHandled",\r\n\t"handleType": ["agree"],\r\n\t"handleNode": "node1",\r\n\t"func"',
    );
    expect(written).not.toContain('triggerNode');
    expect(draftOf(parseElement('events/a', written).element!)).toMatchObject({ handleType: ['agree'] });
  });

  it('keeps inline array layout and a single handle type written as a string', () => {
    const text =
      '{"operate":"NodeHandled","handleType":"agree","handleNode":"n","funcType":"inner","func":"inner.f"}';
    expect(writeElement(text, { ...draft(text), handleType: ['reject'] })).toBe(
      text.replace('"agree"', '"reject"'),
    );
    expect(writeElement(text, { ...draft(text), handleType: ['reject', 'agree'] })).toBe(
      text.replace('"agree"', '["reject", "agree"]'),
    );
  });

  it('keeps a multi-line array multi-line', () => {
    const text = '{\n  "operate": "NodeChange",\n  "triggerNode": [\n    "a"\n  ],\n  "funcType": "Inner"\n}';
    const written = writeElement(text, { ...draft(text), triggerNode: ['a', 'b'] });
    expect(written).toBe(
      '{\n  "operate": "NodeChange",\n  "triggerNode": [\n    "a",\n    "b"\n  ],\n  "funcType": "Inner"\n}',
    );
  });

  it('writes the newer spelling in its own words: Inner without func, enable', () => {
    const text = '{"operate":"Process","funcType":"Global","func":"services.S.f","enable":1}';
    const written = writeElement(text, { ...draft(text), funcType: 'inner', enable: 0 });
    expect(written).toBe('{"operate":"Process","funcType":"Inner","enable":0}');
  });

  it('switching a seed element to newer rewrites funcType, drops func and adds enable', () => {
    const written = writeElement(SEED_CHANGE, { ...draft(SEED_CHANGE), spelling: 'newer' });
    expect(written).toContain(
      '\t"triggerNode": ["node1"],\r\n\t"funcType": "Inner",\r\n\t"enable": 1,\r\n\t"zz": 1',
    );
    expect(written).not.toContain('"func"');
  });

  it('falls back to a new file when the original is not a JSON object', () => {
    const d = draft(SEED_CHANGE);
    expect(writeElement('{ broken', d)).toBe(writeElement(undefined, d));
  });
});

describe('writeElement new files', () => {
  it('writes a seed element in the spec layout', () => {
    const text = writeElement(undefined, {
      spelling: 'seed',
      title: 'Node Change Event',
      model: 'models.OrderModel',
      operate: 'NodeChange',
      funcType: 'inner',
      func: 'inner.handleNodeChange',
      triggerNode: ['node1', 'node2'],
      handleType: ['agree'],
      enable: 1,
    });
    expect(text).toBe(`{
    "title": "Node Change Event",
    "type": "events.WorkflowType",
    "backendBundleEntry": ".",
    "model": "models.OrderModel",
    "operate": "NodeChange",
    "triggerNode": ["node1", "node2"],
    "func": "inner.handleNodeChange",
    "funcType": "inner"
}
`);
  });

  it('writes a newer Inner element without func and with enable', () => {
    const text = writeElement(undefined, {
      spelling: 'newer',
      title: 'N',
      model: 'models.OrderModel',
      operate: 'Process',
      funcType: 'inner',
      func: 'inner.whatever',
      triggerNode: [],
      handleType: [],
      enable: 1,
    });
    expect(text).toContain('"funcType": "Inner",\n    "enable": 1\n}\n');
    expect(text).not.toContain('"func"');
  });
});

const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);
const arbitraryDraft: fc.Arbitrary<ElementDraft> = fc
  .record({
    spelling: fc.constantFrom('seed' as const, 'newer' as const),
    title: fc.string(),
    model: fc.string(),
    operate: fc.oneof(fc.constantFrom(...OPERATES), fc.string()),
    funcType: fc.constantFrom('inner' as const, 'global' as const),
    fn: identifier,
    triggerNode: fc.array(fc.string()),
    handleType: fc.array(fc.string()),
    handleNode: fc.option(fc.string(), { nil: undefined }),
    enable: fc.constantFrom(0 as const, 1 as const),
  })
  .map(({ fn, handleNode, ...rest }) => {
    const d: ElementDraft = { ...rest, func: rest.funcType === 'inner' ? `inner.${fn}` : `services.S.${fn}` };
    if (handleNode !== undefined) d.handleNode = handleNode;
    return d;
  });

/** What survives writing: the fields that belong to the draft's operate and spelling. */
function canonical(d: ElementDraft): ElementDraft {
  const c: ElementDraft = {
    ...d,
    triggerNode: d.operate === 'NodeChange' ? d.triggerNode : [],
    handleType: d.operate === 'NodeHandled' ? d.handleType : [],
    enable: d.spelling === 'newer' ? d.enable : 1,
    func: d.spelling === 'newer' && d.funcType === 'inner' ? 'inner.customFunc' : d.func,
  };
  delete c.handleNode;
  if (d.operate === 'NodeHandled' && d.handleNode !== undefined) c.handleNode = d.handleNode;
  return c;
}

describe('writeElement properties', () => {
  it('parse → write → parse is stable for new files and for edits of them', () => {
    fc.assert(
      fc.property(arbitraryDraft, arbitraryDraft, (first, second) => {
        const text = writeElement(undefined, first);
        expect(draft(text)).toEqual(canonical(first));
        expect(writeElement(text, draft(text))).toBe(text);
        const edited = writeElement(text, second);
        expect(draft(edited)).toEqual(canonical(second));
        expect(writeElement(edited, draft(edited))).toBe(edited);
      }),
    );
  });
});
