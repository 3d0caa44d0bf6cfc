// The model functions of JitAI's data-models.md as the editor offers them on `app.getElement("models.X")`
// and on a model class. The sandbox implements the same list (python/_event_studio/models.py,
// FUNCTIONS); model-function-docs.test.ts runs the shim and checks both name the same functions with
// the same parameters, so completions never offer what a run would refuse.

/** One model function: its Python signature (as the shim defines it) and what it does. */
export interface ModelFunctionDoc {
  name: string;
  /** The parameter list, exactly as `inspect.signature` prints it in the shim. */
  params: string;
  doc: string;
  /** A call returns one row of the model (for completions after it). */
  returnsRow?: boolean;
}

const FILTER =
  'a Q expression (`Q(Q("amount", ">", 100))`, as an object or a string), a dict or a primary key';

export const MODEL_FUNCTIONS: readonly ModelFunctionDoc[] = [
  {
    name: 'get',
    params: '(filter, orderList=None, level=2)',
    doc: `The first row matching \`filter\` (${FILTER}) after \`orderList\` (\`[["amount", -1]]\`), or None.`,
    returnsRow: true,
  },
  {
    name: 'query',
    params: '(filter=None, fieldList=None, orderList=None, page=None, size=None, level=2)',
    doc: 'The rows matching `filter`: `{"rowDatas": [rows], "totalCount": n}`, one page when `page`/`size` are given; `fieldList` keeps only those fields.',
  },
  {
    name: 'create',
    params: '(rowData, triggerEvent=1)',
    doc: 'Add a row (a dict of field values); it gets the next id. Returns the row.',
    returnsRow: true,
  },
  {
    name: 'updateOrAdd',
    params: '(filter, orderList, updateData, addData, triggerEvent=1)',
    doc: 'Update the first row matching `filter` with `updateData`, or add `addData` when none matches.',
  },
  {
    name: 'createOrUpdateMany',
    params: '(rowDataList, triggerEvent=1)',
    doc: 'Each row updated when its id exists, added otherwise.',
  },
  {
    name: 'updateByPK',
    params: '(pkList, updateData, triggerEvent=1)',
    doc: 'Update the rows whose id is in `pkList` with `updateData`; returns the updated rows.',
  },
  {
    name: 'deleteByPK',
    params: '(pkList, triggerEvent=1)',
    doc: 'Delete the rows whose id is in `pkList`; returns how many there were.',
  },
  {
    name: 'updateByFilter',
    params: '(filter, updateData)',
    doc: 'Update every row matching `filter` with `updateData` (no model events); returns how many.',
  },
  {
    name: 'deleteByFilter',
    params: '(filter)',
    doc: 'Delete every row matching `filter` (no model events); returns how many.',
  },
  {
    name: 'groupBy',
    params: '(filter, fieldList, orderList=None, page=None, size=None)',
    doc: 'One dict per group: `["status", "COUNT(*) as count"]` → `[{"status": "active", "count": 2}, …]`.',
  },
  {
    name: 'getFieldData',
    params: '(fieldId, filter, orderList=None)',
    doc: "The field's distinct values over the matching rows (for drop-down options).",
  },
  {
    name: 'statisticFieldData',
    params: '(filter, fieldAggrMap)',
    doc: '`{field: value}` for `{"amount": "SUM", "age": "AVG"}` over the matching rows (SUM, AVG, COUNT, MAX, MIN).',
  },
  {
    name: 'aggregate',
    params: '(filter, aggrField, aggrType)',
    doc: 'One value: SUM, AVG, COUNT, MAX or MIN of `aggrField` over the matching rows.',
  },
  {
    name: 'getExportData',
    params: '(filter, fieldList, page, size)',
    doc: "The matching rows as plain dicts of `fieldList`'s fields, one page of them.",
  },
  {
    name: 'getCompareResult',
    params: '(q, bizRow)',
    doc: 'Whether `bizRow` (a dict or a row) meets the Q expression `q`; nothing is read or written.',
  },
  {
    name: 'resetModelData',
    params: '()',
    doc: "Clear the model's rows (for the rest of the run, in the sandbox).",
  },
  {
    name: 'queryTQL',
    params: '(tqlStr)',
    doc: "Run a TQL query. Needs the platform's database: in the sandbox it raises `NotInSandbox`; use `query` with a Q filter.",
  },
];
