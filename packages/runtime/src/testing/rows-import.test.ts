import { describe, expect, it } from 'vitest';
import type { ModelInfo } from '../app/app-context.types.js';
import { parseRowsText } from './rows-import.js';
import { coerceFieldText, coerceFieldValue, fieldInputKind } from './rows-import-coerce.js';
import { splitCsv } from './rows-import-csv.js';
import { sampleRows } from './sample-rows.js';

const order: ModelInfo = {
  fullName: 'models.OrderModel',
  folder: 'models/OrderModel',
  fields: [
    { name: 'id', type: 'AutoInt', line: 1 },
    { name: 'orderNo', type: 'Serial', line: 2 },
    { name: 'amount', type: 'Money', title: 'Order Amount', line: 3 },
    { name: 'orderDate', type: 'Date', line: 4 },
    { name: 'createdAt', type: 'Datetime', line: 5 },
    { name: 'salesRep', type: 'Member', line: 6 },
    { name: 'tags', type: 'Checkbox', line: 7 },
  ],
};
const field = (name: string) => order.fields.find((f) => f.name === name)!;

describe('field kinds and coercion', () => {
  it('types a field by its datatypes class', () => {
    expect(['Money', 'Percent', 'Numeric', 'AutoInt'].map(fieldInputKind)).toEqual(Array(4).fill('number'));
    expect([fieldInputKind('Date'), fieldInputKind('Datetime')]).toEqual(['date', 'datetime']);
    expect([fieldInputKind('Member'), fieldInputKind('MultiMember')]).toEqual(['json', 'json']);
    expect([fieldInputKind('Stext'), fieldInputKind('Mystery')]).toEqual(['text', 'text']);
  });

  it('coerces text to numbers, dates, date-times and JSON, and says what is wrong', () => {
    expect(coerceFieldText(field('amount'), ' 12800.5 ')).toEqual({ ok: true, value: 12800.5 });
    expect(coerceFieldText(field('amount'), '12,800')).toEqual({ ok: true, value: 12800 });
    expect(coerceFieldText(field('amount'), '1,5')).toEqual({
      ok: false,
      message: "expected a number for a Money; got '1,5'",
    });
    expect(coerceFieldText(field('amount'), '')).toEqual({ ok: true, value: null });
    expect(coerceFieldText(field('orderDate'), '2024/3/1')).toEqual({ ok: true, value: '2024-03-01' });
    expect(coerceFieldText(field('orderDate'), '2024-02-30')).toMatchObject({ ok: false });
    expect(coerceFieldText(field('createdAt'), '2024-03-01T09:30')).toEqual({
      ok: true,
      value: '2024-03-01 09:30:00',
    });
    expect(coerceFieldText(field('createdAt'), '2024-03-01 25:00')).toMatchObject({ ok: false });
    expect(coerceFieldText(field('salesRep'), '{"userId":"u1","name":"A"}')).toEqual({
      ok: true,
      value: { userId: 'u1', name: 'A' },
    });
    const bad = coerceFieldText(field('salesRep'), 'Alice');
    expect(bad.ok ? '' : bad.message).toContain('{"userId": "u1001", "name": "Alice Chen"}');
    expect(coerceFieldText(field('tags'), 'a; b')).toEqual({ ok: true, value: ['a', 'b'] });
    expect(coerceFieldText(field('orderNo'), ' ORD-1 ')).toEqual({ ok: true, value: ' ORD-1 ' });
  });

  it('accepts JSON values of the right type and converts numbers and dates given as text', () => {
    expect(coerceFieldValue(field('amount'), '880')).toEqual({ ok: true, value: 880 });
    expect(coerceFieldValue(field('amount'), true)).toMatchObject({ ok: false });
    expect(coerceFieldValue(field('orderDate'), 20240301)).toMatchObject({ ok: false });
    expect(coerceFieldValue(field('salesRep'), null)).toEqual({ ok: true, value: null });
  });
});

describe('CSV records', () => {
  it('splits quoted cells with separators, doubled quotes and line breaks, keeping line numbers', () => {
    const { records } = splitCsv('a,b\r\n"x, y","say ""hi"""\n\n"two\nlines",z\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('reads tab-separated text pasted from a spreadsheet, and reports an open quote', () => {
    expect(splitCsv('a\tb\n1\t2').records[1]?.cells).toEqual(['1', '2']);
    expect(splitCsv('a,b\n"open,1\n').unclosedQuoteLine).toBe(2);
  });
});

describe('parseRowsText', () => {
  it('round-trips generated rows through JSON', () => {
    const rows = sampleRows(order, 3);
    expect(parseRowsText(JSON.stringify(rows, null, 2), order)).toEqual({ rows, format: 'json', issues: [] });
  });

  it('takes a single JSON object as one row', () => {
    expect(parseRowsText('{"amount": 5}', order).rows).toEqual([{ amount: 5 }]);
  });

  it('names the line and the field of a wrong JSON value, and warns about unknown fields', () => {
    const text = '[\n  {"amount": 1},\n  {"amount": "lots",\n   "colour": "red"}\n]';
    const { rows, issues } = parseRowsText(text, order);
    expect(rows).toEqual([{ amount: 1 }, {}]);
    expect(issues).toEqual([
      {
        severity: 'error',
        line: 3,
        field: 'amount',
        message: "Line 3, field amount: expected a number for a Money; got 'lots'.",
      },
      expect.objectContaining({ severity: 'warning', line: 4, field: 'colour' }),
    ]);
    expect(issues[1]?.message).toMatch(/^Line 4: 'colour' is not a field of models\.OrderModel/);
  });

  it('reports broken JSON and rows that are not objects with their line', () => {
    expect(parseRowsText('[\n{"amount": 1,}\n]', order).issues[0]).toMatchObject({
      severity: 'error',
      line: 2,
    });
    expect(parseRowsText('[\n  {"amount": 1},\n  42\n]', order).issues).toEqual([
      {
        severity: 'error',
        line: 3,
        message: 'Line 3: row 2 is a number; each row must be an object of field → value.',
      },
    ]);
  });

  it('keeps a __proto__ key as a plain key', () => {
    const model: ModelInfo = { ...order, fields: [{ name: '__proto__', type: 'Stext', line: 1 }] };
    const [row] = parseRowsText('[{"__proto__": "x"}]', model).rows;
    expect(Object.keys(row ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });

  it('reads CSV by header, matching field names or titles, coercing each value by type', () => {
    const text =
      '\uFEFFid,Order Amount,orderDate,salesRep,tags,orderNo\n' +
      '1,"12,800",2024-03-01,"{""userId"":""u1"",""name"":""A""}",a;b,ORD-1\n' +
      '2,,2024/3/2,,,\n';
    expect(parseRowsText(text, order)).toEqual({
      format: 'csv',
      issues: [],
      rows: [
        {
          id: 1,
          amount: 12800,
          orderDate: '2024-03-01',
          salesRep: { userId: 'u1', name: 'A' },
          tags: ['a', 'b'],
          orderNo: 'ORD-1',
        },
        { id: 2, amount: null, orderDate: '2024-03-02', salesRep: null, tags: null, orderNo: '' },
      ],
    });
  });

  it('reports CSV problems by line and field: bad values, ragged rows, duplicate and unknown columns', () => {
    const text = 'amount,amount,colour\n1,2,red\nx,3,blue\n4,5\n';
    const messages = parseRowsText(text, order).issues.map((i) => `${i.severity} ${i.message}`);
    expect(messages).toEqual([
      'error Line 1: the column amount appears twice.',
      expect.stringMatching(/^warning Line 1: 'colour' is not a field of models\.OrderModel/),
      "error Line 3, field amount: expected a number for a Money; got 'x'.",
      'error Line 4 has 2 values, but the header has 3 columns.',
    ]);
  });

  it('says when there is nothing to import', () => {
    expect(parseRowsText('  \n', order).issues).toEqual([
      { severity: 'error', message: 'There is nothing to import.' },
    ]);
    expect(parseRowsText('amount\n', order).issues[0]?.message).toBe(
      'Line 1 is a header of field names, but no rows follow it.',
    );
  });
});
