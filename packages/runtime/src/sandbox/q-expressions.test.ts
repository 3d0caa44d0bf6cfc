import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeSandbox } from './node-sandbox.js';
import { orderRequest } from './order-event.test-support.js';
import type { PlainValue, RunRequest, RunResult, SampleRow } from './run.types.js';

// Q expressions as the JitAI docs define them (reference/framework/JitORM/q-expressions.md, English
// and Chinese; data-models.md for how filters are passed), run by real handlers in one NodeSandbox.
// Every case runs twice in one handler: as a filter string (parsed, never evaluated) and as the
// same text written as Python (a Q object built with the builtin `Q`).

const MODEL = 'models.SampleModel';

const ROWS: SampleRow[] = [
  {
    id: 1,
    age: 17,
    amount: 120.5,
    status: 'active',
    name: 'John Smith',
    code: 'A1X',
    tags: ['A', 'C'],
    remark: null,
    address: { province: 'Beijing', city: 'Beijing', district: 'Chaoyang' },
    createTime: '2023-10-01 09:00:00',
    expireTime: '2023-12-31',
    vip: 1,
    email: 'test@example.com',
    stock: 5,
    customer: { custName: 'John' },
  },
  {
    id: 2,
    age: 18,
    amount: 90,
    status: 'pending',
    name: 'Test Bot',
    code: 'B2',
    tags: ['X'],
    remark: 'checked',
    address: { province: 'Shanghai', city: 'Shanghai', district: 'Pudong' },
    createTime: '2023-03-15T08:00:00',
    expireTime: '2024-06-30',
    vip: 0,
    email: 'bot@example.com',
    stock: 50,
    customer: [{ custName: 'Ann' }, { custName: 'John' }],
  },
  {
    id: 3,
    age: 25,
    amount: '300',
    status: 'deleted',
    name: 'Mary',
    code: 'A3',
    tags: [],
    remark: '',
    address: { province: 'Guangdong', city: 'Shenzhen', district: 'Nanshan District' },
    createTime: '2024-10-01',
    expireTime: null,
    vip: 0,
    email: 'mary@example.com',
    stock: 9,
    customer: { custName: 'Zed' },
  },
  {
    id: 4,
    age: 45,
    amount: null,
    status: 'active',
    name: 'johnny',
    code: 'C4X',
    tags: ['B'],
    address: null,
    createTime: null,
    expireTime: null,
    vip: 1,
    email: null,
    stock: 12,
    customer: null,
  },
];

const FIELDS = [
  { name: 'id', type: 'AutoInt' },
  { name: 'age', type: 'Numeric' },
  { name: 'amount', type: 'Money' },
  { name: 'createTime', type: 'Datetime' },
  { name: 'expireTime', type: 'Date' },
  { name: 'tags', type: 'MultiDropdown' },
];

/** One conformance row: a Q expression (Python source, the same text as a string filter) and the ids it matches. */
interface Case {
  name: string;
  expr: string;
  ids?: number[];
  /** A ValueError is expected; its message must match. */
  error?: RegExp;
  /** Only as a string filter (hostile text is never written into the handler as code). */
  stringOnly?: boolean;
}

const CASES: Case[] = [
  // Operator table (q-expressions.md, "Operator Details"), each example as the docs write it.
  { name: '= (docs)', expr: "Q(Q('age', '=', 18))", ids: [2] },
  { name: '!= (docs)', expr: "Q(Q('age', '!=', 18))", ids: [1, 3, 4] },
  { name: 'ne', expr: "Q(Q('age', 'ne', 18))", ids: [1, 3, 4] },
  { name: '> (docs)', expr: "Q(Q('age', '>', 18))", ids: [3, 4] },
  { name: 'gt', expr: "Q(Q('age', 'gt', 18))", ids: [3, 4] },
  { name: '>= (docs)', expr: "Q(Q('age', '>=', 18))", ids: [2, 3, 4] },
  { name: 'gte', expr: "Q(Q('age', 'gte', 18))", ids: [2, 3, 4] },
  { name: '< (docs)', expr: "Q(Q('age', '<', 18))", ids: [1] },
  { name: 'lt', expr: "Q(Q('age', 'lt', 18))", ids: [1] },
  { name: '<= (docs)', expr: "Q(Q('age', '<=', 18))", ids: [1, 2] },
  { name: 'lte', expr: "Q(Q('age', 'lte', 18))", ids: [1, 2] },
  { name: 'in (docs)', expr: "Q(Q('status', 'in', ['active', 'pending']))", ids: [1, 2, 4] },
  { name: 'nin (docs)', expr: "Q(Q('status', 'nin', ['deleted']))", ids: [1, 2, 4] },
  { name: 'like (docs): contains, case-sensitive', expr: "Q(Q('name', 'like', 'John'))", ids: [1] },
  { name: 'nlike (docs)', expr: "Q(Q('name', 'nlike', 'Test'))", ids: [1, 3, 4] },
  { name: 'startswith (docs)', expr: "Q(Q('code', 'startswith', 'A'))", ids: [1, 3] },
  { name: 'endswith (docs)', expr: "Q(Q('code', 'endswith', 'X'))", ids: [1, 4] },
  { name: 'likeany (docs)', expr: "Q(Q('tags', 'likeany', ['A', 'B']))", ids: [1, 4] },
  { name: 'nlikeany (docs)', expr: "Q(Q('tags', 'nlikeany', ['X', 'Y']))", ids: [1, 3, 4] },
  {
    name: 'isnull 1 (docs): None, missing and "" are null',
    expr: "Q(Q('remark', 'isnull', 1))",
    ids: [1, 3, 4],
  },
  { name: 'isnull 0', expr: "Q(Q('remark', 'isnull', 0))", ids: [2] },
  { name: 'range (docs): inclusive', expr: "Q(Q('age', 'range', [18, 30]))", ids: [2, 3] },
  { name: 'belong (docs)', expr: 'Q(Q(\'address\', \'belong\', {"province": "Beijing"}))', ids: [1] },
  {
    name: 'nbelong (docs)',
    expr: 'Q(Q(\'address\', \'nbelong\', {"province": "Shanghai"}))',
    ids: [1, 3, 4],
  },
  { name: 'year (docs)', expr: "Q(Q('createTime', 'year', 2023))", ids: [1, 2] },
  { name: 'month (docs)', expr: "Q(Q('createTime', 'month', 10))", ids: [1, 3] },
  { name: 'week (docs): ISO week', expr: "Q(Q('createTime', 'week', 40))", ids: [3] },
  { name: 'week 39: 2023-10-01 is a Sunday', expr: "Q(Q('createTime', 'week', 39))", ids: [1] },
  { name: 'day (docs): day of the month', expr: "Q(Q('createTime', 'day', 1))", ids: [1, 3] },
  { name: 'province (docs)', expr: "Q(Q('address', 'province', 'Guangdong'))", ids: [3] },
  { name: 'city (docs)', expr: "Q(Q('address', 'city', 'Shenzhen'))", ids: [3] },
  { name: 'district (docs)', expr: "Q(Q('address', 'district', 'Nanshan District'))", ids: [3] },

  // "Examples" section.
  { name: 'basic: age gt 18', expr: "Q(Q('age', 'gt', 18))", ids: [3, 4] },
  {
    name: 'related: customer__custName (dict, or any of a list)',
    expr: "Q(Q('customer__custName', '=', 'John'))",
    ids: [1, 2],
  },
  { name: 'related: != means none of them', expr: "Q(Q('customer__custName', '!=', 'John'))", ids: [3, 4] },
  {
    name: 'related: a list row matches on any item',
    expr: "Q(Q('customer__custName', 'in', ['Ann']))",
    ids: [2],
  },
  {
    name: 'complex object: belong with empty city and district',
    expr: 'Q(Q(\'address\', \'belong\', {"province": "Beijing", "city": "", "district": ""}))',
    ids: [1],
  },
  { name: 'AND: age > 18 and age < 30', expr: "Q(Q('age', 'gt', 18), Q.AND, Q('age', 'lt', 30))", ids: [3] },
  {
    name: 'nested: (age > 18 and age < 30) or vip',
    expr: "Q(Q(Q('age', 'gt', 18), Q.AND, Q('age', 'lt', 30)), Q.OR, Q('vip', '=', 1))",
    ids: [1, 3, 4],
  },

  // "Practical Usage Examples" (query, get, updateByFilter, deleteByFilter filters) and data-models.md.
  { name: 'practical: status active', expr: "Q(Q('status', '=', 'active'))", ids: [1, 4] },
  {
    name: 'practical: amount gt 100 and year 2023 (numeric text compares as a number)',
    expr: "Q(Q('amount', 'gt', 100), Q.AND, Q('createTime', 'year', 2023))",
    ids: [1],
  },
  { name: 'practical: email', expr: "Q(Q('email', '=', 'test@example.com'))", ids: [1] },
  { name: 'practical: pending', expr: "Q(Q('status', '=', 'pending'))", ids: [2] },
  { name: 'practical: stock lt 10', expr: "Q(Q('stock', 'lt', 10))", ids: [1, 3] },
  {
    name: 'practical: a date against an ISO string',
    expr: "Q(Q('expireTime', 'lt', '2024-01-01'))",
    ids: [1],
  },
  { name: 'data-models: id = 1', expr: "Q(Q('id', '=', 1))", ids: [1] },
  { name: "data-models: id = '1' (text compares as a number)", expr: "Q(Q('id', '=', '1'))", ids: [1] },

  // Beyond the examples: deeper nesting, chains, types.
  { name: 'double wrap', expr: "Q(Q(Q('age', '=', 18)))", ids: [2] },
  {
    name: 'nested three deep',
    expr: "Q(Q(Q(Q('vip', '=', 1), Q.AND, Q('age', '>', 40)), Q.OR, Q('code', '=', 'B2')), Q.AND, Q('status', '!=', 'x'))",
    ids: [2, 4],
  },
  {
    name: 'a longer chain with one connector',
    expr: "Q(Q('age', '=', 17), Q.OR, Q('age', '=', 18), Q.OR, Q('age', '=', 45))",
    ids: [1, 2, 4],
  },
  { name: 'incompatible types compare as False', expr: "Q(Q('name', '>', 5))", ids: [] },
  { name: 'null never orders', expr: "Q(Q('amount', '<', 1000))", ids: [1, 2, 3] },

  // The shim's earlier Django-like form keeps working (the docs' first version used it).
  { name: 'legacy: keyword lookups with & and ~', expr: "Q(status='active') & ~Q(age__lt=18)", ids: [4] },
  { name: 'legacy (older data-models.md): Q(id=1)', expr: 'Q(id=1)', ids: [1] },
  {
    name: 'legacy (older data-models.md): getCompareResult example',
    expr: "Q(age__gte=18) & Q(status='active')",
    ids: [4],
  },
  { name: 'legacy: like with % pattern', expr: "Q(name__like='%Smith')", ids: [1] },
  { name: 'legacy: related keyword', expr: "Q(customer__custName='Zed')", ids: [3] },

  // Refusals.
  {
    name: 'outer-wrap rule: a bare single condition',
    expr: "Q('age', '>', 18)",
    error: /must be wrapped in an outer Q\(\): write Q\(Q\('age', '>', 18\)\)/,
  },
  {
    name: 'unknown operator',
    expr: "Q(Q('age', 'between', [1, 2]))",
    error:
      /unknown Q operator 'between' in Q\('age', 'between', \[1, 2\]\); known operators: =, !=, ne, >, gt.*district$/,
  },
  {
    name: 'mixed connectors in one chain',
    expr: "Q(Q('a', '=', 1), Q.AND, Q('b', '=', 2), Q.OR, Q('c', '=', 3))",
    error: /mixes Q.AND and Q.OR in one chain: nest them/,
  },
  { name: 'in takes a list', expr: "Q(Q('status', 'in', 'active'))", error: /'in' takes a list of values/ },
  {
    name: 'hostile: __import__',
    expr: "__import__('os').system('x')",
    stringOnly: true,
    error:
      /may hold only Q\(\.\.\.\) calls, Q.AND \/ Q.OR and literals; found a call `__import__\('os'\).system\('x'\)`. Accepted: Q\(Q\('amount'/,
  },
  {
    name: 'hostile: a call inside a value',
    expr: "Q(Q('a', '=', open('/etc/passwd').read()))",
    stringOnly: true,
    error: /found a call `open\('\/etc\/passwd'\).read\(\)`/,
  },
  {
    name: 'hostile: an attribute of a Q',
    expr: "Q(Q('a', '=', 1)).__class__",
    stringOnly: true,
    error: /found an attribute `Q\(Q\('a', '=', 1\)\).__class__`/,
  },
  {
    name: 'hostile: Q.__init__',
    expr: "Q(Q('a', '=', 1), Q.__init__, Q('b', '=', 2))",
    stringOnly: true,
    error: /may name only Q.AND and Q.OR/,
  },
  { name: 'not Python', expr: "Q(Q('a' '=' 1)", stringOnly: true, error: /is not valid Python/ },
];

function handlerSource(cases: Case[]): string {
  const lines = [
    'def handleOrderApproval(eventOutData):',
    `    M = app.getElement(${JSON.stringify(MODEL)})`,
    '    out = {}',
    '    def ids(make):',
    '        try:',
    '            return [r["id"] for r in M.query(make(), None, None, 1, 20)["rowDatas"]]',
    '        except ValueError as e:',
    '            return "ValueError: " + str(e)',
  ];
  for (const c of cases) {
    const asString = `ids(lambda: ${JSON.stringify(c.expr)})`;
    const asObject = c.stringOnly ? 'None' : `ids(lambda: ${c.expr})`;
    lines.push(`    out[${JSON.stringify(c.name)}] = [${asString}, ${asObject}]`);
  }
  lines.push('    return out');
  return `${lines.join('\n')}\n`;
}

function request(code: string): RunRequest {
  return orderRequest(code, {
    model: { fullName: 'models.OrderModel', fields: [{ name: 'id', type: 'AutoInt' }] },
    row: { id: 1 },
    models: [{ fullName: MODEL, fields: FIELDS }],
    modelRows: { [MODEL]: ROWS },
  });
}

let sandbox: NodeSandbox;

beforeAll(async () => {
  sandbox = await NodeSandbox.start();
});

afterAll(() => sandbox?.dispose());

describe('Q expressions: the conformance table', () => {
  let results: Record<string, [PlainValue, PlainValue]>;

  beforeAll(async () => {
    const result = await sandbox.run(request(handlerSource(CASES)));
    expect(result.error).toBeNull();
    results = result.returnValue as Record<string, [PlainValue, PlainValue]>;
  });

  it.each(CASES)('$name: $expr', (c) => {
    const [asString, asObject] = results[c.name] ?? [];
    const forms = c.stringOnly ? [asString] : [asString, asObject];
    for (const got of forms) {
      if (c.error) {
        expect(got).toMatch(/^ValueError: /);
        expect(String(got).slice('ValueError: '.length)).toMatch(c.error);
      } else {
        expect(got).toEqual(c.ids);
      }
    }
  });
});

describe('Q in handlers', () => {
  it('is a builtin and importable from jit; get, query and the string form agree; it stays across runs', async () => {
    const code = [
      'from jit import Q as JitQ',
      'def handleOrderApproval(eventOutData):',
      '    M = app.getElement("models.SampleModel")',
      "    first = M.get(\"Q(Q('amount', '>', 100))\", [])",
      '    page = M.query(Q(Q("amount", "gt", 100), Q.AND, Q("createTime", "year", 2023)), None, None, 1, 20)',
      '    return {"same": JitQ is Q, "and": Q.AND, "or": Q.OR, "first": first["id"],',
      '            "page": [r["id"] for r in page["rowDatas"]], "total": page["totalCount"],',
      '            "repr": repr(Q(Q("a", "=", 1), Q.OR, Q("b", "in", [1, 2])))}',
    ].join('\n');
    const expected = {
      same: true,
      and: 'AND',
      or: 'OR',
      first: 1,
      page: [1],
      total: 1,
      repr: "Q(Q('a', '=', 1), Q.OR, Q('b', 'in', [1, 2]))",
    };
    const first: RunResult = await sandbox.run(request(code));
    expect(first.error).toBeNull();
    expect(first.returnValue).toEqual(expected);
    const again = await sandbox.run(request(code));
    expect(again.returnValue).toEqual(expected);
  });

  it('a filter the docs refuse fails the run with a ValueError on the handler line', async () => {
    const code = [
      'def handleOrderApproval(eventOutData):',
      '    M = app.getElement("models.SampleModel")',
      "    return M.query(\"Q('age', '>', 18)\")",
    ].join('\n');
    const result = await sandbox.run(request(code));
    expect(result.error?.type).toBe('ValueError');
    expect(result.error?.message).toContain("must be wrapped in an outer Q(): write Q(Q('age', '>', 18))");
    expect(result.error?.line).toBe(3);
  });
});
