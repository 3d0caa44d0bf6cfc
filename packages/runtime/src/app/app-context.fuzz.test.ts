import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAppContext } from './app-context.js';
import { encodeText, treeFromTexts } from './app-tree.js';

// Fragments that steer random text towards the shapes the readers look at.
const pythonBits = fc.constantFrom(
  'class A(NormalModel):\n',
  '    x = datatypes.Stext(name="x", title="X")\n',
  'from models.B.model import B\n',
  'class B(A):\n',
  '    y = dt.Money(\n',
  ')\n',
  '    if z:\n',
  '"""',
  "'",
  'f"{',
  '\\',
  '\t',
  '(',
  '[',
  '{',
  '#',
  'import datatypes as dt\n',
);
const jsonBits = fc.constantFrom(
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"nodeList"',
  '"nodeConfig"',
  '"handleList"',
  '"handleType"',
  '"name"',
  '"type"',
  '"linkList"',
  '"from"',
  '"to"',
  '0',
  '2',
  '42',
  '"x"',
  'null',
  'true',
  '"functionList"',
  '"args"',
  '"__proto__"',
);
const text = (bits: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(bits, { maxLength: 40 }).map((parts) => parts.join('')),
  );

describe('buildAppContext on random files', () => {
  it('never throws, whatever the files contain', () => {
    const files = fc.record({
      modelType: fc.constantFrom(
        'models.NormalType',
        'models.Meta',
        'workflows.NormalType',
        'services.NormalType',
      ),
      modelPy: text(pythonBits),
      otherPy: text(pythonBits),
      eJson: text(jsonBits),
      config: text(jsonBits),
      service: text(jsonBits),
    });
    fc.assert(
      fc.property(files, (f) => {
        const tree = new Map<string, Uint8Array>([
          ['models/A/e.json', encodeText(`{"type": "${f.modelType}", "title": "A"}`)],
          ['models/A/model.py', encodeText(f.modelPy)],
          ['models/B/e.json', encodeText('{"type": "models.NormalType"}')],
          ['models/B/model.py', encodeText(f.otherPy)],
          ['workflows/W/e.json', encodeText(f.eJson)],
          ['workflows/V/e.json', encodeText('{"type": "workflows.NormalType", "dataModel": "models.A"}')],
          ['workflows/V/config.json', encodeText(f.config)],
          ['services/S/e.json', encodeText(f.service)],
        ]);
        const context = buildAppContext(tree);
        expect(Array.isArray(context.issues)).toBe(true);
        for (const found of context.issues)
          expect(found.severity === 'error' || found.severity === 'warning').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random bytes either', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (py, json) => {
        const tree = new Map([
          ['models/A/e.json', encodeText('{"type": "models.NormalType"}')],
          ['models/A/model.py', py],
          ['workflows/W/e.json', encodeText('{"type": "workflows.NormalType", "dataModel": "models.A"}')],
          ['workflows/W/config.json', json],
        ]);
        expect(() => buildAppContext(tree)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('buildAppContext on absurd nesting', () => {
  it('reports nesting deeper than Python and JSON readers allow, without throwing', () => {
    const depth = 50_000;
    const tree = treeFromTexts({
      'models/A/e.json': '{"type": "models.NormalType"}',
      'models/A/model.py': `class A:\n    x = datatypes.Stext(title=${'('.repeat(depth)}1${')'.repeat(depth)})\n`,
      'workflows/W/e.json': '{"type": "workflows.NormalType", "dataModel": "models.A"}',
      'workflows/W/config.json': `{"nodeList": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
    });
    // A reader that recursed into this would overflow the stack or hang past the test's timeout.
    const context = buildAppContext(tree);
    expect(context.issues.map((i) => `${i.file} ${i.code} ${i.line}`)).toEqual([
      'workflows/W/config.json json.too-deep 1',
      'models/A/model.py model.unreadable 2',
    ]);
  });
});
