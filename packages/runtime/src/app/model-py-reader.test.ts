import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppContext } from './app-context.js';
import type { AppContext } from './app-context.types.js';
import { readAppFolder } from './app-folder.node.js';
import { readModelPy } from './model-py-reader.js';

// fixtures/app/odd-app: model.py files written in every odd way the reader must cope with.
let context: AppContext;

beforeAll(async () => {
  context = buildAppContext(
    await readAppFolder(new URL('../../fixtures/app/odd-app', import.meta.url).pathname),
  );
});

function fields(model: string): unknown[] {
  return context.models.get(model)?.fields ?? [];
}

/** The issues of one file as `line code`, the form the expectations below are written in. */
function issuesOf(file: string): string[] {
  return context.issues.filter((i) => i.file === file).map((i) => `${i.line ?? '-'} ${i.severity} ${i.code}`);
}

describe('reading model.py', () => {
  it('copes with multi-line calls, comments, keyword order, extra keywords and string styles', () => {
    expect(fields('models.Formatting')).toEqual([
      { name: 'id', type: 'AutoInt', title: 'ID', line: 9, primaryKey: true },
      // placeholder is a common init parameter: not kept in params
      { name: 'customer', type: 'Stext', title: 'Customer', line: 10, params: { maxLen: 100 } },
      {
        name: 'amount',
        type: 'Money',
        title: 'Amount',
        line: 17,
        params: { decimal: 2, unit: 'CNY', extra: { a: [1, 2] } },
      },
      {
        name: 'level',
        type: 'Dropdown',
        title: 'Level',
        line: 18,
        options: ['low', 'high'],
        params: {
          options: [
            { label: 'Low', value: 'low' },
            { label: 'High', value: 'high' },
          ],
        },
      },
      { name: 'memo', type: 'Ltext', title: 'Memo (long)', line: 19 },
      { name: 'escaped', type: 'Stext', title: 'Tab\there \u00e9', line: 20 },
      { name: 'raw', type: 'Stext', title: 'C:\\new', line: 21 },
      { name: 'multi', type: 'Stext', title: 'Three\nquotes', line: 22 },
      { name: 'plain', type: 'Stext', title: 'No braces', line: 24 },
    ]);
    // Methods and the inner Meta class declare no fields; a docstring is no problem.
    expect(issuesOf('models/Formatting/model.py')).toEqual([]);
  });

  it('reads what it can of partial declarations and warns, with the line, about the rest', () => {
    expect(fields('models.Partial')).toEqual([
      { name: 'noTitle', type: 'Stext', line: 12 },
      { name: 'noName', type: 'Numeric', title: 'No Name', line: 13 },
      { name: 'bare', type: 'Date', line: 14 },
      { name: 'aliased', type: 'Stext', title: 'Aliased', line: 15 },
      { name: 'imported', type: 'Stext', title: 'Imported', line: 16 },
      { name: 'mismatch', type: 'Stext', title: 'Mismatch', line: 17 },
      { name: 'computedName', type: 'Stext', title: 'Computed', line: 18 },
      { name: 'translated', type: 'Stext', line: 19 },
      { name: 'formatted', type: 'Stext', line: 20 },
      { name: 'twice', type: 'Ltext', title: 'Second', line: 29 },
    ]);
    expect(issuesOf('models/Partial/model.py')).toEqual([
      '17 warning model.field-name-mismatch',
      '18 warning model.unreadable-field', // name="computed" + "Name"
      '19 warning model.unreadable-title', // title=_("Translated")
      '20 warning model.unreadable-title', // an f-string with a replacement field
      '21 warning model.unreadable-field', // a, b = …
      '22 warning model.unreadable-field', // … if DEBUG else …
      '23 warning model.unreadable-field', // inside an if block
      '25 warning model.unreadable-field', // enums.StatusField(name=…, title=…)
      '29 warning model.duplicate-field',
    ]);
  });

  it('inherits the fields of a parent model of the app, overriding in place', () => {
    expect(fields('models.Derived')).toEqual([
      {
        name: 'id',
        type: 'AutoInt',
        title: 'ID',
        line: 6,
        primaryKey: true,
        inheritedFrom: 'models.OrderModel',
      },
      { name: 'orderNo', type: 'Serial', title: 'Order No', line: 7, inheritedFrom: 'models.OrderModel' },
      {
        name: 'status',
        type: 'Dropdown',
        title: 'Derived Status',
        line: 7,
        options: ['open', 'closed'],
        params: { options: ['open', 'closed'] },
      },
      { name: 'priority', type: 'Numeric', title: 'Priority', line: 8 },
    ]);
    expect(issuesOf('models/Derived/model.py')).toEqual(['6 warning model.unknown-base']);
  });

  it('follows module aliases and same-file base classes', () => {
    expect(fields('models.Aliased').map((f) => (f as { name: string }).name)).toEqual([
      'id',
      'orderNo',
      'status',
      'baseField',
      'own',
    ]);
    expect(context.models.get('models.Aliased')?.className).toBe('Aliased');
    expect(issuesOf('models/Aliased/model.py')).toEqual([]);
  });

  it('keeps the fields before a syntax error and says where the broken statement starts', () => {
    expect(fields('models.Broken')).toEqual([{ name: 'good', type: 'Stext', title: 'Good', line: 6 }]);
    expect(issuesOf('models/Broken/model.py')).toEqual(['7 warning model.syntax-error']);
  });

  it('warns about a model without a class or without model.py', () => {
    expect(context.models.get('models.NoClass')).toEqual({
      fullName: 'models.NoClass',
      folder: 'models/NoClass',
      title: 'NoClass',
      fields: [],
    });
    expect(issuesOf('models/NoClass/model.py')).toEqual(['1 warning model.no-class']);
    expect(fields('models.MissingPy')).toEqual([]);
    expect(issuesOf('models/MissingPy/e.json')).toEqual(['- warning model.no-model-py']);
  });

  it('decides by e.json type, not by folder', () => {
    expect(fields('models.misc')).toEqual([]);
    expect(context.models.get('misc.Sneaky')?.fields).toEqual([
      { name: 'secret', type: 'Stext', title: 'Secret', line: 6 },
    ]);
    expect(context.models.has('helpers.NotAModel')).toBe(false);
    expect(context.workflows.some((w) => w.fullName === 'workflows.Pretender')).toBe(false);
  });

  it('reports a broken e.json of a context element with its line and column', () => {
    expect(context.models.has('models.BadJson')).toBe(false);
    expect(context.issues.find((i) => i.file === 'models/BadJson/e.json')).toEqual({
      severity: 'error',
      code: 'json.syntax',
      file: 'models/BadJson/e.json',
      pointer: '',
      message: 'e.json is not valid JSON: a property name in double quotes was expected at line 4, column 1',
      line: 4,
      column: 1,
    });
  });
});

describe('readModelPy', () => {
  it('reads bare type names imported from datatypes and ignores module-level assignments', () => {
    const source =
      'from datatypes.Meta.datatypes import Money\nx = Money(name="x")\nclass A:\n    y = Money(name="y")\n';
    const parsed = readModelPy(source, 'm.py');
    expect(parsed.classes).toEqual([
      { name: 'A', line: 3, bases: [], fields: [{ name: 'y', type: 'Money', line: 4 }] },
    ]);
    expect(parsed.issues).toEqual([]);
  });

  it('reads a field with a user-defined datatypes type from the datatypes module', () => {
    const parsed = readModelPy('import datatypes\nclass A(B):\n    z = datatypes.Custom()\n', 'm.py');
    expect(parsed.classes[0]?.fields).toEqual([{ name: 'z', type: 'Custom', line: 3 }]);
    expect(parsed.classes[0]?.bases).toEqual([{ name: 'B', line: 2 }]);
  });

  it('keeps the literal type-specific keyword arguments of a declaration as params', () => {
    const source = [
      'from datatypes.Meta import datatypes',
      'class A:',
      '    amount = datatypes.Money(name="amount", title="Amount", decimal=2, unit="元", maxDigits=-18,',
      '                             readOnly=1, placeholder="p", default=0, primaryKey=False, value=3)',
      '    state = datatypes.Dropdown(name="state", options=[{"label": "Open", "value": "o", "style": {"color": "red"}}],',
      '                               color=False, allowManualInput=True, mulLevelSelectionConfig={}, maxCount=None)',
      '    when = datatypes.Date(name="when", dateTimeFormat="YYYY/MM/DD", autoAssign=NOW, createDefault=f"{x}")',
      '    plain = datatypes.Stext(name="plain", title="Plain")',
    ].join('\n');
    const fields = readModelPy(source, 'm.py').classes[0]?.fields ?? [];
    expect(fields.map((f) => [f.name, f.params])).toEqual([
      // common init parameters (readOnly, placeholder, value, primaryKey …) and default are left out
      ['amount', { decimal: 2, unit: '元', maxDigits: -18 }],
      [
        'state',
        {
          options: [{ label: 'Open', value: 'o', style: { color: 'red' } }],
          color: false,
          allowManualInput: true,
          mulLevelSelectionConfig: {},
          maxCount: null,
        },
      ],
      // an expression (a name, an f-string with a replacement field) is not a literal: left out
      ['when', { dateTimeFormat: 'YYYY/MM/DD' }],
      ['plain', undefined],
    ]);
  });

  it('reads params in one pass: a declaration with many long literal arguments stays fast', () => {
    const options = Array.from({ length: 5_000 }, (_, i) => `{"label": "L${i}", "value": "v${i}"}`).join(
      ', ',
    );
    const source = `from datatypes.Meta import datatypes\nclass A:\n    s = datatypes.Dropdown(name="s", options=[${options}])\n`;
    const started = performance.now();
    const field = readModelPy(source, 'm.py').classes[0]?.fields[0];
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(field?.params?.options).toHaveLength(5_000);
  });

  it('warns about an inheritance cycle instead of looping', () => {
    const parsed = buildAppContext(
      new Map(
        Object.entries({
          'models/A/e.json': '{"type": "models.NormalType"}',
          'models/A/model.py': 'from models.B.model import B\nclass A(B):\n    a = datatypes.Stext()\n',
          'models/B/e.json': '{"type": "models.NormalType"}',
          'models/B/model.py': 'from models.A.model import A\nclass B(A):\n    b = datatypes.Stext()\n',
        }).map(([path, text]) => [path, new TextEncoder().encode(text)]),
      ),
    );
    expect(parsed.models.get('models.A')?.fields.map((f) => f.name)).toEqual(['b', 'a']);
    expect(parsed.issues.map((i) => i.code)).toContain('model.inheritance-cycle');
  });
});
