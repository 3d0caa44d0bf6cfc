import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeSandbox } from './node-sandbox.js';
import { orderRequest } from './order-event.test-support.js';
import type { PlainValue, RunRequest, SampleRow } from './run.types.js';

// JitORM model functions as the JitAI docs define them (reference/framework/JitORM/model-types/data-models.md,
// English and Chinese, and the earlier JitORM/data-models.md; model-performance-optimization.md for the
// triggerEvent=0, level and `Model(**row)` examples), run by real handlers in one NodeSandbox.
// One row per documented function or variant: the handler body (the docs' example where there is one) →
// its return value, logs and model writes. Every run starts from ROWS again.

const MODEL = 'models.UserModel';

const ROWS: SampleRow[] = [
  {
    id: 1,
    name: 'Ann',
    email: 'ann@example.com',
    status: 'active',
    age: 30,
    salary: 1000,
    department: 'Sales',
    createdAt: '2023-01-05 09:00:00',
  },
  {
    id: 2,
    name: 'Bob',
    email: 'test@example.com',
    status: 'inactive',
    age: 45,
    salary: '3000',
    department: 'IT',
    createdAt: '2023-03-01 09:00:00',
  },
  {
    id: 3,
    name: 'Cy',
    email: 'cy@example.com',
    status: 'active',
    age: 25,
    salary: 2000,
    department: 'Sales',
    createdAt: '2024-02-10 09:00:00',
  },
  {
    id: 4,
    name: 'Dee',
    email: 'dee@example.com',
    status: 'expired',
    age: null,
    salary: null,
    department: 'IT',
    createdAt: '2022-12-31 09:00:00',
  },
];

const FIELDS = [
  { name: 'id', type: 'AutoInt' },
  { name: 'name', type: 'Stext' },
  { name: 'email', type: 'Stext' },
  { name: 'status', type: 'Stext' },
  { name: 'age', type: 'Numeric' },
  { name: 'salary', type: 'Money' },
  { name: 'department', type: 'Stext' },
  { name: 'createdAt', type: 'Datetime' },
];

interface Write {
  model: string;
  op: string;
  args: PlainValue;
}

/** One conformance row: a handler body (UserModel is bound) and what the run must give. */
interface Case {
  name: string;
  /** Python lines inside the handler; the last one returns. */
  body: string[];
  returns?: PlainValue;
  /** The run's model writes; none when left out. */
  writes?: Write[];
  /** The run's log messages; none when left out. */
  logs?: string[];
  /** The run fails with this error. */
  error?: { type: string; message: RegExp };
}

const w = (op: string, args: PlainValue, model = MODEL): Write => ({ model, op, args });
const ids = (expr: string) => `return [r["id"] for r in ${expr}]`;

const CASES: Case[] = [
  // ---- member functions: save ----
  {
    name: 'save (docs): a changed field is an updateByPK of that field',
    body: [
      "user = UserModel.get(\"Q(Q('id', '=', 1))\", orderList=[])",
      'user.name.value = "Tony"',
      'same = user.save() is user',
      'return [same, UserModel.get(1)["name"]]',
    ],
    returns: [true, 'Tony'],
    writes: [w('updateByPK', { pks: [1], data: { name: 'Tony' } })],
  },
  {
    name: 'save(triggerEvent=0): recorded in the write',
    body: [
      'user = UserModel.get(2)',
      'user["age"] = 46',
      'user.save(triggerEvent=0)',
      'return user.age.value',
    ],
    returns: 46,
    writes: [w('updateByPK', { pks: [2], data: { age: 46 }, triggerEvent: 0 })],
  },
  {
    name: 'save (earlier docs): UserModel(**user).save() writes what differs',
    body: [
      'user = UserModel.get("Q(id=1)", orderList=[])',
      'user["name"] = "李四"',
      'UserModel = UserModel(**user)',
      'UserModel.save()',
      'return app.getElement("models.UserModel").get(1)["name"]',
    ],
    returns: '李四',
    writes: [w('updateByPK', { pks: [1], data: { name: '李四' } })],
  },
  {
    name: 'save (performance guide): the query-then-save loop',
    body: [
      'products = UserModel.query(filter="Q(department=\'Sales\')", page=1, size=1000)',
      'for product in products["rowDatas"]:',
      '    product["salary"] = product["salary"] + 100',
      '    UserModel(**product).save()',
      'return UserModel.getFieldData("salary", "", [["id", 1]])',
    ],
    returns: [1100, 3000, 2100, null],
    writes: [
      w('updateByPK', { pks: [1], data: { salary: 1100 } }),
      w('updateByPK', { pks: [3], data: { salary: 2100 } }),
    ],
  },
  {
    name: 'save of a new instance adds it (the docs: "determines whether it is adding or updating")',
    body: [
      'row = UserModel(name="Eve", status="active")',
      'row.save()',
      'return [row.id.value, UserModel.query()["totalCount"]]',
    ],
    returns: [5, 5],
    writes: [w('create', { row: { name: 'Eve', status: 'active', id: 5 } })],
  },
  {
    name: 'save of a fieldList row: its id comes along even when not queried',
    body: [
      'row = UserModel.query(fieldList=["name"], orderList=[["id", 1]])["rowDatas"][1]',
      'row.name.value = "Robert"',
      'row.save()',
      'return [row.toDict(), UserModel.get(2)["name"]]',
    ],
    returns: [{ name: 'Robert' }, 'Robert'],
    writes: [w('updateByPK', { pks: [2], data: { name: 'Robert' } })],
  },

  // ---- member functions: delete ----
  {
    name: 'delete (docs): a deleteByPK of the row; returns its data',
    body: [
      "user = UserModel.get(\"Q(Q('id', '=', '1'))\", [])",
      'gone = user.delete()',
      'return [gone["name"], UserModel.query()["totalCount"], UserModel.get(1)]',
    ],
    returns: ['Ann', 3, null],
    writes: [w('deleteByPK', { pks: [1] })],
  },
  {
    name: 'delete (earlier docs): UserModel(**user).delete()',
    body: [
      'user = UserModel.get("Q(id=2)", [])',
      'UserModel(**user).delete()',
      'return UserModel.query()["totalCount"]',
    ],
    returns: 3,
    writes: [w('deleteByPK', { pks: [2] })],
  },
  {
    name: 'delete(triggerEvent=0)',
    body: ['UserModel.get(3).delete(triggerEvent=0)', 'return UserModel.aggregate("", "id", "COUNT")'],
    returns: 3,
    writes: [w('deleteByPK', { pks: [3], triggerEvent: 0 })],
  },
  {
    name: "delete on the event's own row: a deleteByPK of the event's model",
    body: ['eventOutData.row.delete()', 'return "ok"'],
    returns: 'ok',
    writes: [w('deleteByPK', { pks: [7] }, 'models.OrderModel')],
  },

  // ---- class functions: basic operations ----
  {
    name: 'create (docs): the next id; returns the row',
    body: [
      'user_data = {"name": "Zhang San", "email": "zhangsan@example.com"}',
      'new_user = UserModel.create(user_data)',
      'return [new_user.id.value, new_user.name.value, UserModel.get(5)["email"]]',
    ],
    returns: [5, 'Zhang San', 'zhangsan@example.com'],
    writes: [w('create', { row: { name: 'Zhang San', email: 'zhangsan@example.com', id: 5 } })],
  },
  {
    name: 'create(rowData, triggerEvent=0): triggerEvent is not a field',
    body: ['row = UserModel.create({"name": "Eve"}, triggerEvent=0)', 'return "triggerEvent" in row'],
    returns: false,
    writes: [w('create', { row: { name: 'Eve', id: 5 }, triggerEvent: 0 })],
  },
  {
    name: 'create with a taken id: a ValueError, as the database refuses it',
    body: ['return UserModel.create({"id": 2, "name": "again"})'],
    error: { type: 'ValueError', message: /UserModel already has a row with id 2/ },
  },
  {
    name: 'create takes the documented arguments only (rowData, triggerEvent)',
    body: ['return UserModel.create(name="Eve")'],
    error: { type: 'TypeError', message: /name/ },
  },
  {
    name: 'updateOrAdd (docs): a match is updated',
    body: [
      'row = UserModel.updateOrAdd(',
      "    \"Q(Q('email', '=','test@example.com'))\",",
      '    [],',
      '    {"name": "Updated Name"},',
      '    {"name": "New User", "email": "test@example.com"}',
      ')',
      'return [row.id.value, row.name.value, UserModel.query()["totalCount"]]',
    ],
    returns: [2, 'Updated Name', 4],
    writes: [
      w('updateOrAdd', {
        filter: "Q(Q('email', '=','test@example.com'))",
        orderList: [],
        updateData: { name: 'Updated Name' },
        addData: { name: 'New User', email: 'test@example.com' },
        pk: 2,
        added: false,
      }),
    ],
  },
  {
    name: 'updateOrAdd (earlier docs form): no match adds addData; orderList picks the first match',
    body: [
      'a = UserModel.updateOrAdd("Q(email=\'new@example.com\')", [], {"name": "x"}, {"name": "New", "email": "new@example.com"})',
      'b = UserModel.updateOrAdd(Q(Q("status", "=", "active")), [["age", -1]], {"age": 31}, {}, triggerEvent=0)',
      'return [a.id.value, b.id.value, b.age.value]',
    ],
    returns: [5, 1, 31],
    writes: [
      w('updateOrAdd', {
        filter: "Q(email='new@example.com')",
        orderList: [],
        updateData: { name: 'x' },
        addData: { name: 'New', email: 'new@example.com' },
        pk: 5,
        added: true,
      }),
      w('updateOrAdd', {
        filter: "Q(Q('status', '=', 'active'))",
        orderList: [['age', -1]],
        updateData: { age: 31 },
        addData: {},
        pk: 1,
        added: false,
        triggerEvent: 0,
      }),
    ],
  },

  // ---- class functions: batch operations ----
  {
    name: 'createOrUpdateMany (docs): rows without an id are added',
    body: [
      'users_data = [',
      '    {"name": "User1", "email": "user1@example.com"},',
      '    {"name": "User2", "email": "user2@example.com"}',
      ']',
      ids('UserModel.createOrUpdateMany(users_data)'),
    ],
    returns: [5, 6],
    writes: [
      w('createOrUpdateMany', {
        rows: [
          { name: 'User1', email: 'user1@example.com', id: 5 },
          { name: 'User2', email: 'user2@example.com', id: 6 },
        ],
        created: [5, 6],
        updated: [],
      }),
    ],
  },
  {
    name: 'createOrUpdateMany(…, triggerEvent=0): a row with a stored id is updated',
    body: [
      'rows = UserModel.createOrUpdateMany([{"id": 1, "name": "Ann B"}, {"name": "Fay"}], triggerEvent=0)',
      'return [[r.id.value, r.name.value, r.status.value] for r in rows]',
    ],
    returns: [
      [1, 'Ann B', 'active'],
      [5, 'Fay', null],
    ],
    writes: [
      w('createOrUpdateMany', {
        rows: [
          {
            id: 1,
            name: 'Ann B',
            email: 'ann@example.com',
            status: 'active',
            age: 30,
            salary: 1000,
            department: 'Sales',
            createdAt: '2023-01-05 09:00:00',
          },
          { name: 'Fay', id: 5 },
        ],
        created: [5],
        updated: [1],
        triggerEvent: 0,
      }),
    ],
  },
  {
    name: 'updateByPK (docs): returns the updated rows',
    body: [
      'rows = UserModel.updateByPK([1, 2, 3], {"status": "active"})',
      'return [[r.id.value, r.status.value] for r in rows]',
    ],
    returns: [
      [1, 'active'],
      [2, 'active'],
      [3, 'active'],
    ],
    writes: [w('updateByPK', { pks: [1, 2, 3], data: { status: 'active' } })],
  },
  {
    name: 'updateByPK(…, triggerEvent=0) (performance guide)',
    body: [
      'UserModel.updateByPK([1, 2, 3], {"age": 20}, triggerEvent=0)',
      'return UserModel.aggregate("", "age", "SUM")',
    ],
    returns: 60,
    writes: [w('updateByPK', { pks: [1, 2, 3], data: { age: 20 }, triggerEvent: 0 })],
  },
  {
    name: 'deleteByPK (docs): returns how many were deleted',
    body: [
      'n = UserModel.deleteByPK([1, 2, 3])',
      'return [n, ' + '[r["id"] for r in UserModel.query()["rowDatas"]]]',
    ],
    returns: [3, [4]],
    writes: [w('deleteByPK', { pks: [1, 2, 3] })],
  },
  {
    name: 'deleteByPK(…, triggerEvent=0) (performance guide)',
    body: ['return UserModel.deleteByPK([1, 9], triggerEvent=0)'],
    returns: 1,
    writes: [w('deleteByPK', { pks: [1, 9], triggerEvent: 0 })],
  },
  {
    name: 'updateByFilter (docs): returns how many rows matched',
    body: [
      'n = UserModel.updateByFilter("Q(Q(\'status\', \'=\', \'inactive\'))", {"status": "expired"})',
      'return [n, UserModel.getFieldData("status", "", [])]',
    ],
    returns: [1, ['active', 'expired']],
    writes: [
      w('updateByFilter', {
        filter: "Q(Q('status', '=', 'inactive'))",
        data: { status: 'expired' },
        pks: [2],
      }),
    ],
  },
  {
    name: 'updateByFilter (earlier docs form) takes no triggerEvent',
    body: ['return UserModel.updateByFilter("Q(status=\'active\')", {"department": "Ops"}, triggerEvent=0)'],
    error: { type: 'TypeError', message: /triggerEvent/ },
  },
  {
    name: 'deleteByFilter (docs)',
    body: [
      "n = UserModel.deleteByFilter(\"Q(Q('status', '=', 'expired'))\")",
      'return [n, UserModel.query()["totalCount"]]',
    ],
    returns: [1, 3],
    writes: [w('deleteByFilter', { filter: "Q(Q('status', '=', 'expired'))", pks: [4] })],
  },

  // ---- class functions: queries ----
  {
    name: 'query (docs): page and size',
    body: [
      'result = UserModel.query(page=1, size=10)',
      'users = result["rowDatas"]',
      'total = result["totalCount"]',
      'return [len(users), total]',
    ],
    returns: [4, 4],
  },
  {
    name: 'query (docs): filter, orderList, page, size by keyword',
    body: [
      'result = UserModel.query(',
      "    filter=\"Q(Q('status', '=', 'active'))\",",
      '    orderList=[["createdAt", -1]],',
      '    page=1,',
      '    size=20',
      ')',
      'return [[r.id.value for r in result["rowDatas"]], result["totalCount"]]',
    ],
    returns: [[3, 1], 2],
  },
  {
    name: 'query: positional arguments, the second page',
    body: [
      'result = UserModel.query(None, None, [["age", 1]], 2, 2)',
      'return [[r["id"] for r in result["rowDatas"]], result["totalCount"]]',
    ],
    returns: [[2, 4], 4],
  },
  {
    name: 'query: fieldList and level (performance guide)',
    body: [
      'products = UserModel.query(filter="Q(status=\'active\')", fieldList=["id"], page=1, size=1000, level=0)',
      'return [[p["id"] for p in products["rowDatas"]], products["rowDatas"][0].keys()]',
    ],
    returns: [[1, 3], ['id']],
  },
  {
    name: 'query: an unknown fieldList field is a ValueError naming it',
    body: ['return UserModel.query(fieldList=["nick"])'],
    error: { type: 'ValueError', message: /UserModel has no field 'nick'/ },
  },
  {
    name: 'get (docs): by id, and the first by orderList',
    body: [
      "user = UserModel.get(\"Q(Q('id', '=', 1))\", [])",
      "first = UserModel.get(\"Q(Q('status', '=', 'active'))\", [[\"createdAt\", 1]])",
      'last = UserModel.get(None, [["createdAt", -1]], level=0)',
      "return [user.name.value, first.id.value, last.id.value, UserModel.get(\"Q(Q('id', '=', 99))\")]",
    ],
    returns: ['Ann', 1, 3, null],
  },
  {
    name: 'groupBy (docs): one dict per group; also readable as rowDatas/totalCount',
    body: [
      'result = UserModel.groupBy(',
      '    filter="",',
      '    fieldList=["status", "COUNT(*) as count"]',
      ')',
      'return [result, result["rowDatas"], result["totalCount"]]',
    ],
    returns: [
      [
        { status: 'active', count: 2 },
        { status: 'inactive', count: 1 },
        { status: 'expired', count: 1 },
      ],
      [
        { status: 'active', count: 2 },
        { status: 'inactive', count: 1 },
        { status: 'expired', count: 1 },
      ],
      3,
    ],
  },
  {
    name: 'groupBy: aggregates, orderList on an alias, page and size',
    body: [
      'return UserModel.groupBy(None, ["department", "SUM(salary) as total", "AVG(age) as age", "MAX(createdAt) as last"],',
      '                         [["age", -1]], 1, 1)',
    ],
    returns: [{ department: 'IT', total: 3000, age: 45, last: '2023-03-01 09:00:00' }],
  },
  {
    name: 'getFieldData (docs): distinct values; filter and orderList',
    body: [
      'departments = UserModel.getFieldData("department", "", [])',
      'emails = UserModel.getFieldData(',
      '    "email",',
      "    \"Q(Q('status', '=', 'active'))\",",
      '    [["email", 1]]',
      ')',
      'return [departments, emails]',
    ],
    returns: [
      ['Sales', 'IT'],
      ['ann@example.com', 'cy@example.com'],
    ],
  },
  {
    name: 'statisticFieldData (docs): {field: value}',
    body: [
      'stats = UserModel.statisticFieldData(',
      "    \"Q(Q('status', '=', 'active'))\",",
      '    {"age": "AVG", "salary": "SUM"}',
      ')',
      'return stats',
    ],
    returns: { age: 27.5, salary: 3000 },
  },
  {
    name: 'getExportData (docs): plain dicts of fieldList, one page',
    body: [
      'export_data = UserModel.getExportData(',
      "    filter=\"Q(Q('status', '=', 'active'))\",",
      '    fieldList=["name", "email", "department"],',
      '    page=1,',
      '    size=1000',
      ')',
      'return [export_data, export_data["totalCount"]]',
    ],
    returns: [
      [
        { name: 'Ann', email: 'ann@example.com', department: 'Sales' },
        { name: 'Cy', email: 'cy@example.com', department: 'Sales' },
      ],
      2,
    ],
  },
  {
    name: 'aggregate (docs): AVG and COUNT; SUM, MAX, MIN; nulls skipped',
    body: [
      'avg_age = UserModel.aggregate("Q(Q(\'status\', \'=\', \'active\'))", "age", "AVG")',
      'user_count = UserModel.aggregate("", "id", "COUNT")',
      'total = UserModel.aggregate("Q(salary__gt=0)", "salary", "SUM")',
      'return [avg_age, user_count, total, UserModel.aggregate("", "age", "MAX"), UserModel.aggregate("", "age", "min"),',
      '        UserModel.aggregate("", "age", "COUNT"), UserModel.aggregate("Q(id=99)", "age", "SUM")]',
    ],
    returns: [27.5, 4, 6000, 45, 25, 3, null],
  },
  {
    name: 'aggregate: an unknown type is a ValueError listing the known ones',
    body: ['return UserModel.aggregate("", "age", "MEDIAN")'],
    error: { type: 'ValueError', message: /unknown aggregation 'MEDIAN'; known: SUM, AVG, COUNT, MAX, MIN/ },
  },
  {
    name: 'resetModelData (docs): the model is empty for the rest of the run',
    body: ['UserModel.resetModelData()', 'return app.getElement("models.UserModel").query()["totalCount"]'],
    returns: 0,
    writes: [w('resetModelData', { count: 4 })],
  },
  {
    name: 'getCompareResult (docs, both forms); the example prints',
    body: [
      'user_data = {"age": 25, "status": "active"}',
      "is_valid = UserModel.getCompareResult(\"Q(Q('age', '>=', 18), Q.AND, Q('status', '=', 'active'))\", user_data)",
      'if is_valid:',
      '    print("User data meets conditions")',
      'older = UserModel.getCompareResult("Q(age__gte=18) & Q(status=\'active\')", {"age": 10, "status": "active"})',
      'return [is_valid, older, UserModel.getCompareResult(Q(Q("age", ">", 20)), UserModel.get(1))]',
    ],
    returns: [true, false, true],
    logs: ['User data meets conditions'],
  },
  {
    name: 'queryTQL (earlier docs): NotInSandbox, naming the function and why',
    body: ['return UserModel.queryTQL("Select(\\"models.UserModel\\")")'],
    error: { type: 'NotInSandbox', message: /models\.UserModel\.queryTQL\(\) runs TQL/ },
  },
  {
    name: 'a function the docs do not list: AttributeError naming the ones they do',
    body: ['return UserModel.bulkCreate([])'],
    error: {
      type: 'AttributeError',
      message: /no function 'bulkCreate'; JitAI data models have: get, query, create/,
    },
  },
];

function handlerSource(body: string[]): string {
  const lines = [
    'def handleOrderApproval(eventOutData):',
    `    UserModel = app.getElement(${JSON.stringify(MODEL)})`,
    ...body.map((line) => `    ${line}`),
  ];
  return `${lines.join('\n')}\n`;
}

function request(code: string): RunRequest {
  return orderRequest(code, {
    model: { fullName: 'models.OrderModel', fields: [{ name: 'id', type: 'AutoInt' }] },
    row: { id: 7 },
    models: [{ fullName: MODEL, fields: FIELDS }],
    modelRows: { [MODEL]: ROWS },
  });
}

let sandbox: NodeSandbox;

beforeAll(async () => {
  sandbox = await NodeSandbox.start();
});

afterAll(() => sandbox?.dispose());

describe('model functions: the conformance table', () => {
  it.each(CASES)('$name', async (c) => {
    const result = await sandbox.run(request(handlerSource(c.body)));
    if (c.error) {
      expect(result.error?.type).toBe(c.error.type);
      expect(result.error?.message).toMatch(c.error.message);
      return;
    }
    expect(result.error).toBeNull();
    expect(result.returnValue).toEqual(c.returns);
    expect(result.modelWrites).toEqual(c.writes ?? []);
    expect(result.logs.map((l) => l.message)).toEqual(c.logs ?? []);
  });
});

describe('model functions across a run', () => {
  it('one table per model for the whole run: writes seen by later reads and by rows read before', async () => {
    const code = handlerSource([
      'before = UserModel.get(1)',
      'UserModel.updateByPK(1, {"name": "Changed"})',
      'again = app.getElement("models.UserModel")',
      'return [again is UserModel, before.name.value, again.get(1).name.value]',
    ]);
    const first = await sandbox.run(request(code));
    expect(first.error).toBeNull();
    expect(first.returnValue).toEqual([true, 'Ann', 'Changed']);
    const next = await sandbox.run(request(code));
    expect(next.returnValue).toEqual([true, 'Ann', 'Changed']);
    expect(next.modelWrites).toEqual([w('updateByPK', { pks: [1], data: { name: 'Changed' } })]);
  });
});
