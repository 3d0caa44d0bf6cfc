import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalEvent } from '../element/approval-event.types.js';
import { NodeSandbox } from './node-sandbox.js';
import { orderEvent } from './order-event.test-support.js';
import type { RunRequest, SampleRow } from './run.types.js';

// Real Pyodide in a real worker thread, one sandbox for the whole file.

// The seed document's inner.py, verbatim.
const SEED_INNER = `from jit.commons.utils.logger import log
def handleOrderApproval(eventOutData):
    """
    Handle order approval event
    Parameters:
    eventOutData: Event output data, containing row (approval row data) and status (approval status)
    """
    try:
        row = eventOutData.row
        status = eventOutData.status.value
        log.info(f"Order {row.orderNo.value} approval status changed to: {status}")
        if status == "approved":
            processApprovedOrder(row)
        elif status == "rejected":
            processRejectedOrder(row)
    except Exception as e:
        log.exception(f"Exception handling order approval event: {e}")
        raise
def processApprovedOrder(row):
    """Process approved order"""
    row.status.value = "processing"
    row.save()
def processRejectedOrder(row):
    """Process rejected order"""
    row.status.value = "cancelled"
    row.save()
`;

const ORDER_FIELDS = [
  { name: 'id', type: 'AutoInt' },
  { name: 'orderNo', type: 'Serial' },
  { name: 'status', type: 'Stext' },
  { name: 'amount', type: 'Money' },
  { name: 'orderDate', type: 'Date' },
  { name: 'createdAt', type: 'Datetime' },
  { name: 'tags', type: 'MultiDropdown' },
];

const ORDER_ROW: SampleRow = {
  id: 1,
  orderNo: 'SO-1',
  status: 'pending',
  amount: '120.5',
  orderDate: '2024-01-02',
  createdAt: '2024-01-02 09:30:00',
  tags: null,
};

const event = orderEvent;

function request(
  element: ApprovalEvent,
  files: Record<string, string>,
  extra: Partial<RunRequest> = {},
): RunRequest {
  return {
    element,
    files,
    model: { fullName: 'models.OrderModel', fields: ORDER_FIELDS },
    row: ORDER_ROW,
    input: { status: 'approved' },
    ...extra,
  };
}

const inner = (code: string, folder = 'events/orderApproval') => ({ [`${folder}/inner.py`]: code });

let sandbox: NodeSandbox;

beforeAll(async () => {
  sandbox = await NodeSandbox.start();
});

afterAll(() => sandbox?.dispose());

describe('the seed example', () => {
  it('moves an approved order to processing, saves once and logs', async () => {
    const result = await sandbox.run(request(event(), inner(SEED_INNER)));
    expect(result.ok).toBe(true);
    expect(result.fired).toBe(true);
    expect(result.row.after.status).toBe('processing');
    expect(result.row.changed).toEqual(['status']);
    expect(result.saves).toBe(1);
    expect(result.logs).toEqual([
      { level: 'info', message: 'Order SO-1 approval status changed to: approved' },
    ]);
    expect(result.error).toBeNull();
    expect(result.row.before).toEqual(ORDER_ROW);
  });

  it('cancels a rejected order', async () => {
    const result = await sandbox.run(request(event(), inner(SEED_INNER), { input: { status: 'rejected' } }));
    expect(result.row.after.status).toBe('cancelled');
    expect(result.saves).toBe(1);
  });

  it('leaves other statuses alone and keeps untouched values exactly as given', async () => {
    const result = await sandbox.run(request(event(), inner(SEED_INNER), { input: { status: 'pending' } }));
    expect(result.saves).toBe(0);
    expect(result.row.changed).toEqual([]);
    expect(result.row.after).toEqual(ORDER_ROW);
  });

  it('logs the exception with its traceback and fails when the row lacks a field', async () => {
    const row = { id: 1, status: 'pending' };
    const result = await sandbox.run(
      request(event(), inner(SEED_INNER), { model: { fullName: 'models.OrderModel', fields: [] }, row }),
    );
    expect(result.ok).toBe(false);
    expect(result.error?.type).toBe('AttributeError');
    expect(result.error?.message).toContain("has no field 'orderNo'; its fields are: id, status");
    expect(result.error?.line).toBe(11);
    const exception = result.logs.find((l) => l.level === 'exception');
    expect(exception?.message).toContain('Exception handling order approval event');
    expect(exception?.message).toContain('File "events/orderApproval/inner.py", line 11');
  });
});

// Every operate × spelling × funcType: the handler reports what it was called with.
const PROBE_BODY = `
    row = eventOutData.row
    row.status.value = "handled"
    row.save()
    extras = {k: getattr(eventOutData, k).value for k in ("triggerNode", "handleType", "nodeId", "nodeTitle") if hasattr(eventOutData, k)}
    return {"args": list(args), "status": eventOutData.status.value, "extras": extras}
`;
const PROBE_INNER = (name: string) => `def ${name}(eventOutData, *args):${PROBE_BODY}`;
const PROBE_SERVICE = `from services.NormalType import NormalService


class ProbeSvc(NormalService):
    def probe(self, eventOutData, *args):${PROBE_BODY.replace(/\n {4}/g, '\n        ')}`;

interface OperateSetup {
  element: Partial<ApprovalEvent>;
  input: RunRequest['input'];
  seedArgs: string[];
  extras: Record<string, string>;
}

const OPERATES: Record<'Process' | 'NodeChange' | 'NodeHandled', OperateSetup> = {
  Process: { element: {}, input: { status: 'approved' }, seedArgs: [], extras: {} },
  NodeChange: {
    element: { triggerNode: ['node1'] },
    input: { status: 'approved', triggerNode: 'before.node1' },
    seedArgs: ['node1'],
    extras: { triggerNode: 'node1' },
  },
  NodeHandled: {
    element: { handleType: ['agree'], handleNode: 'hr' },
    input: { status: 'approved', handleType: 'agree', nodeId: 'hr', nodeTitle: 'HR' },
    seedArgs: ['agree', 'hr', 'HR'],
    extras: { handleType: 'agree', nodeId: 'hr', nodeTitle: 'HR' },
  },
};

const MATRIX = (['Process', 'NodeChange', 'NodeHandled'] as const).flatMap((operate) =>
  (['seed', 'newer'] as const).flatMap((spelling) =>
    (['inner', 'global+service.py', 'global'] as const).map((kind) => ({ operate, spelling, kind })),
  ),
);

describe('every operate × spelling × funcType', () => {
  it.each(MATRIX)('$operate $spelling $kind', async ({ operate, spelling, kind }) => {
    const setup = OPERATES[operate];
    const innerName = spelling === 'newer' ? 'customFunc' : 'handle';
    const element = event({
      operate,
      spelling,
      funcType: kind === 'inner' ? 'inner' : 'global',
      func: kind === 'inner' ? `inner.${innerName}` : 'services.ProbeSvc.probe',
      ...setup.element,
    });
    const files =
      kind === 'inner'
        ? inner(PROBE_INNER(innerName))
        : kind === 'global+service.py'
          ? { 'services/ProbeSvc/service.py': PROBE_SERVICE }
          : {};
    const result = await sandbox.run(
      request(element, files, {
        input: setup.input,
        serviceReturns: { 'services.ProbeSvc.probe': { canned: true } },
      }),
    );
    expect(result.error).toBeNull();
    expect(result.fired).toBe(true);
    // The probe takes *args, so it gets every extra whatever the spelling; eventOutData carries them too.
    // Only a global handler without service.py (no signature to read) is called as its revision documents.
    const args = kind === 'global' && spelling === 'newer' ? [] : setup.seedArgs;
    const extras = setup.extras;
    if (kind === 'global') {
      // No service.py: the call is recorded, with eventOutData as plain data, and answered from serviceReturns.
      expect(result.returnValue).toEqual({ canned: true });
      expect(result.saves).toBe(0);
      expect(result.serviceCalls).toHaveLength(1);
      const call = result.serviceCalls[0];
      expect(call?.func).toBe('services.ProbeSvc.probe');
      const [eod, ...rest] = (call?.args ?? []) as [Record<string, unknown>, ...unknown[]];
      expect(rest).toEqual(args);
      expect(eod).toEqual({ row: ORDER_ROW, status: 'approved', ...extras });
      return;
    }
    expect(result.returnValue).toEqual({ args, status: 'approved', extras });
    expect(result.saves).toBe(1);
    expect(result.row.after.status).toBe('handled');
    expect(result.serviceCalls.map((c) => c.func)).toEqual(
      kind === 'inner' ? [] : ['services.ProbeSvc.probe'],
    );
  });
});

describe('the calling convention comes from the handler’s signature, not the spelling', () => {
  const nodeChange = (spelling: 'seed' | 'newer', func: string) =>
    event({ operate: 'NodeChange', spelling, funcType: 'inner', func, triggerNode: ['node1'] });
  const input = { status: 'approved', triggerNode: 'before.node1' };

  it.each(['seed', 'newer'] as const)(
    '%s: def f(eventOutData) gets eventOutData alone, the node on it',
    async (spelling) => {
      const code = 'def handle(eventOutData):\n    return eventOutData.triggerNode.value\n';
      const result = await sandbox.run(request(nodeChange(spelling, 'inner.handle'), inner(code), { input }));
      expect(result.error).toBeNull();
      expect(result.returnValue).toBe('node1');
    },
  );

  it.each(['seed', 'newer'] as const)(
    '%s: def f(eventOutData, triggerNode) gets the bare node id',
    async (spelling) => {
      const code = 'def handle(eventOutData, triggerNode):\n    return triggerNode\n';
      const result = await sandbox.run(request(nodeChange(spelling, 'inner.handle'), inner(code), { input }));
      expect(result.error).toBeNull();
      expect(result.returnValue).toBe('node1');
    },
  );

  it('a newer Inner handler is the configured function when it exists, else customFunc', async () => {
    const code =
      'def customFunc(eventOutData):\n    return "custom"\n\ndef mine(eventOutData):\n    return "mine"\n';
    const configured = await sandbox.run(request(nodeChange('newer', 'inner.mine'), inner(code), { input }));
    expect(configured.returnValue).toBe('mine');
    const unnamed = await sandbox.run(request(nodeChange('newer', ''), inner(code), { input }));
    expect(unnamed.returnValue).toBe('custom');
  });
});

describe('isValid filtering', () => {
  const watched = `print("module imported")\ndef handle(eventOutData, triggerNode):\n    print("called")\n`;

  it('does not fire at a node that is not listed, and calls (imports) nothing', async () => {
    const element = event({ operate: 'NodeChange', triggerNode: ['node1', 'node2'], func: 'inner.handle' });
    const result = await sandbox.run(request(element, inner(watched), { input: { triggerNode: 'node3' } }));
    expect(result.fired).toBe(false);
    expect(result.ok).toBe(true);
    expect(result.notFiredReason).toContain("Node 'node3' is not one of the trigger nodes (node1, node2)");
    expect(result.logs).toEqual([]);
    expect(result.saves).toBe(0);
  });

  it('fires at a listed node', async () => {
    const element = event({ operate: 'NodeChange', triggerNode: ['node1', 'node2'], func: 'inner.handle' });
    const result = await sandbox.run(request(element, inner(watched), { input: { triggerNode: 'node2' } }));
    expect(result.fired).toBe(true);
    expect(result.logs.map((l) => l.message)).toEqual(['module imported', 'called']);
  });

  it('does not fire a NodeHandled event for an action it does not list, nor a disabled event', async () => {
    const element = event({
      operate: 'NodeHandled',
      handleType: ['agree'],
      handleNode: 'hr',
      func: 'inner.h',
    });
    const other = await sandbox.run(request(element, {}, { input: { handleType: 'reject', nodeId: 'hr' } }));
    expect(other.fired).toBe(false);
    const disabled = await sandbox.run(request(event({ spelling: 'newer', enable: 0 }), {}));
    expect(disabled.fired).toBe(false);
    expect(disabled.notFiredReason).toContain('enable is 0');
  });
});

describe('errors', () => {
  it('reports the line in the user file, trims the traceback, and counts only saves that happened', async () => {
    const code = [
      'def helper(row):',
      '    row.status.value = "half-done"',
      '    raise ValueError("amount too high")',
      '',
      'def handleOrderApproval(eventOutData):',
      '    helper(eventOutData.row)',
      '    eventOutData.row.save()',
    ].join('\n');
    const result = await sandbox.run(request(event(), inner(code)));
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({
      type: 'ValueError',
      message: 'amount too high',
      line: 3,
      file: 'events/orderApproval/inner.py',
    });
    expect(result.error?.traceback).toContain('line 6, in handleOrderApproval');
    expect(result.error?.traceback).toContain('line 3, in helper');
    expect(result.error?.traceback).not.toMatch(/_event_studio|event_studio_lib|runner/);
    expect(result.saves).toBe(0);
    expect(result.row.after.status).toBe('half-done');
    expect(result.row.changed).toEqual(['status']);
  });

  it('reports a syntax error at its line', async () => {
    const result = await sandbox.run(
      request(event(), inner('def handleOrderApproval(eventOutData):\n    x = (\n')),
    );
    expect(result.error?.type).toBe('SyntaxError');
    expect(result.error?.file).toBe('events/orderApproval/inner.py');
    expect(result.error?.line).toBe(2);
  });

  it('says which handler is missing', async () => {
    const result = await sandbox.run(request(event(), inner('def other(e):\n    pass\n')));
    expect(result.error?.type).toBe('HandlerNotFound');
    expect(result.error?.message).toContain("defines no function 'handleOrderApproval'; it defines: other");
  });
});

describe('the shim', () => {
  it('captures print, offers HandleTypeEnum as a builtin and importable, and equal to strings', async () => {
    const code = [
      'from jit.commons.enums import HandleTypeEnum as Imported',
      'from jit import HandleTypeEnum as FromJit',
      'def handleOrderApproval(eventOutData):',
      '    print("hello", 1)',
      '    print("two\\nlines")',
      '    return [HandleTypeEnum.agree == "agree", Imported is HandleTypeEnum, FromJit is HandleTypeEnum,',
      '            f"{HandleTypeEnum.transmit}", [m.value for m in HandleTypeEnum]]',
    ].join('\n');
    const result = await sandbox.run(request(event(), inner(code)));
    expect(result.logs).toEqual([
      { level: 'print', message: 'hello 1' },
      { level: 'print', message: 'two' },
      { level: 'print', message: 'lines' },
    ]);
    expect(result.returnValue).toEqual([
      true,
      true,
      true,
      'transmit',
      ['agree', 'reject', 'transfer', 'submit', 'manualEnd', 'refuse', 'transmit', 'cancel'],
    ]);
  });

  it('logs at every level, exception with the traceback', async () => {
    const code = [
      'from jit.commons.utils.logger import log',
      'def handleOrderApproval(eventOutData):',
      '    log.debug("d"); log.info("i %s", 2); log.warning("w"); log.error("e")',
      '    try:',
      '        1 / 0',
      '    except ZeroDivisionError:',
      '        log.exception("boom")',
    ].join('\n');
    const result = await sandbox.run(request(event(), inner(code)));
    expect(result.logs.map((l) => l.level)).toEqual(['debug', 'info', 'warning', 'error', 'exception']);
    expect(result.logs[1]?.message).toBe('i 2');
    expect(result.logs[4]?.message).toMatch(
      /^boom\nTraceback[\s\S]*line 5[\s\S]*ZeroDivisionError: division by zero$/,
    );
  });

  it('types row values by field type and writes them back as plain data', async () => {
    const code = [
      'import datetime',
      'def handleOrderApproval(eventOutData):',
      '    row = eventOutData.row',
      '    kinds = {f: type(getattr(row, f).value).__name__ for f in ("id", "amount", "orderDate", "createdAt", "tags")}',
      '    row.orderDate.value += datetime.timedelta(days=1)',
      '    row.tags.value.append("vip")',
      '    row.update(amount=row.amount.value * 2)',
      '    return {"kinds": kinds, "dict": sorted(row.toDict()), "item": row["orderNo"], "has": hasattr(row, "nope")}',
    ].join('\n');
    const result = await sandbox.run(request(event(), inner(code)));
    expect(result.error).toBeNull();
    expect(result.returnValue).toEqual({
      kinds: { id: 'int', amount: 'float', orderDate: 'date', createdAt: 'datetime', tags: 'list' },
      dict: ['amount', 'createdAt', 'id', 'orderDate', 'orderNo', 'status', 'tags'],
      item: 'SO-1',
      has: false,
    });
    expect(result.row.after).toMatchObject({ amount: 241, orderDate: '2024-01-03', tags: ['vip'] });
    expect(result.row.changed.sort()).toEqual(['amount', 'orderDate', 'tags']);
    expect(result.saves).toBe(0);
  });

  it('offers the event element through app.getElement', async () => {
    const code = [
      'def handleOrderApproval(eventOutData):',
      '    e = app.getElement("events.orderApproval")',
      '    return [e.getSender(), e.isValid(eventOutData), e.operate, e.config, e.buildTaskParams(eventOutData)["status"]]',
    ].join('\n');
    const element = event({ config: { title: 'Order Approval Event', custom: 1 } });
    const result = await sandbox.run(request(element, inner(code)));
    expect(result.returnValue).toEqual([
      'models.OrderModel_Process',
      true,
      'Process',
      { title: 'Order Approval Event', custom: 1 },
      'approved',
    ]);
  });

  it('refuses js and pyodide from Python', async () => {
    const code = [
      'def handleOrderApproval(eventOutData):',
      '    out = []',
      '    for name in ("js", "pyodide", "pyodide_js", "_pyodide", "pyodide.ffi"):',
      '        try:',
      '            __import__(name)',
      '            out.append(name)',
      '        except ImportError:',
      '            pass',
      '    return out',
    ].join('\n');
    const result = await sandbox.run(request(event(), inner(code)));
    expect(result.returnValue).toEqual([]);
  });
});

describe('models', () => {
  const rows = [
    { id: 1, customer: 'Ann', amount: 10 },
    { id: 2, customer: 'Bob', amount: 250 },
    { id: 3, customer: 'Cy', amount: 90 },
  ];

  it('get, query, create, updateByPK and deleteByPK over the sample rows, writes recorded', async () => {
    const code = [
      'def handleOrderApproval(eventOutData):',
      '    M = app.getElement("models.CustomerModel")',
      '    bob = M.get({"customer": "Bob"})',
      '    big = M.query("Q(amount__gte=90)", orderList=[["amount", -1]])',
      '    by_pk = M.get(3)',
      '    new = M.create({"customer": "Dee", "amount": 5})',
      '    n = M.updateByPK([1, 3], {"amount": 0})',
      '    d = M.deleteByPK(2)',
      '    left = M.query()',
      '    bob2 = M.get({"customer": "Bob"})',
      '    return {"bob": bob.amount.value, "big": [r.customer.value for r in big["rowDatas"]], "total": big["totalCount"],',
      '            "pk": by_pk["customer"], "newId": new.id.value, "updated": len(n), "deleted": d,',
      '            "left": left["totalCount"], "bob2": bob2, "none": M.get({"customer": "Zed"})}',
    ].join('\n');
    const result = await sandbox.run(
      request(event(), inner(code), {
        modelRows: { 'models.CustomerModel': rows },
        models: [{ fullName: 'models.CustomerModel', fields: [{ name: 'amount', type: 'Money' }] }],
      }),
    );
    expect(result.error).toBeNull();
    expect(result.returnValue).toEqual({
      bob: 250,
      big: ['Bob', 'Cy'],
      total: 2,
      pk: 'Cy',
      newId: 4,
      // updateByPK returns the updated rows (data-models.md); the handler counts them.
      updated: 2,
      deleted: 1,
      left: 3,
      bob2: null,
      none: null,
    });
    expect(result.modelWrites).toEqual([
      { model: 'models.CustomerModel', op: 'create', args: { row: { customer: 'Dee', amount: 5, id: 4 } } },
      { model: 'models.CustomerModel', op: 'updateByPK', args: { pks: [1, 3], data: { amount: 0 } } },
      { model: 'models.CustomerModel', op: 'deleteByPK', args: { pks: [2] } },
    ]);
    // Per model, what the table holds at the end against where the run started.
    expect(result.modelChanges).toEqual([
      {
        model: 'models.CustomerModel',
        added: [{ customer: 'Dee', amount: 5, id: 4 }],
        changed: [
          { id: 1, fields: ['amount'], before: rows[0], after: { ...rows[0], amount: 0 } },
          { id: 3, fields: ['amount'], before: rows[2], after: { ...rows[2], amount: 0 } },
        ],
        deleted: [rows[1]],
      },
    ]);
  });

  it('reports no model changes for a run that only reads, or writes a row back unchanged', async () => {
    const code = [
      'def handleOrderApproval(e):',
      '    M = app.getElement("models.CustomerModel")',
      '    M.updateByPK(1, {"amount": 10})',
      '    return M.query()["totalCount"]',
    ].join('\n');
    const result = await sandbox.run(
      request(event(), inner(code), { modelRows: { 'models.CustomerModel': rows } }),
    );
    expect(result.returnValue).toBe(3);
    expect(result.modelChanges).toEqual([]);
  });

  it('starts every run from the given rows', async () => {
    const code =
      'def handleOrderApproval(e):\n    return app.getElement("models.CustomerModel").query()["totalCount"]\n';
    const result = await sandbox.run(
      request(event(), inner(code), { modelRows: { 'models.CustomerModel': rows } }),
    );
    expect(result.returnValue).toBe(3);
  });
});

describe('the sample app', () => {
  const read = (path: string) => readFileSync(new URL(`../../sample-app/${path}`, import.meta.url), 'utf8');

  it('runs invoiceNotify through the real NotificationSvc service.py', async () => {
    const element = event({
      folder: 'events/invoiceNotify',
      model: 'models.InvoiceModel',
      funcType: 'global',
      func: 'services.NotificationSvc.sendApprovalNotification',
    });
    const result = await sandbox.run({
      element,
      files: { 'services/NotificationSvc/service.py': read('services/NotificationSvc/service.py') },
      model: { fullName: 'models.InvoiceModel', fields: [{ name: 'customerEmail', type: 'Stext' }] },
      row: { id: 7, invoiceNo: 'INV-7', customerEmail: 'a@b.c' },
      input: { status: 'approved' },
    });
    expect(result.error).toBeNull();
    expect(result.returnValue).toMatchObject({ sent: true, recipient: 'a@b.c', status: 'approved' });
    expect(result.logs[0]?.message).toContain('to a@b.c');
    expect(result.serviceCalls.map((c) => c.func)).toEqual([
      'services.NotificationSvc.sendApprovalNotification',
    ]);
  });

  it('runs leaveHandled with HandleTypeEnum as a global', async () => {
    const element = event({
      folder: 'events/leaveHandled',
      model: 'models.LeaveModel',
      operate: 'NodeHandled',
      handleType: ['agree', 'reject', 'transfer'],
      handleNode: 'hrApproval',
      func: 'inner.handleMultipleActions',
    });
    const result = await sandbox.run({
      element,
      files: { 'events/leaveHandled/inner.py': read('events/leaveHandled/inner.py') },
      model: { fullName: 'models.LeaveModel', fields: [{ name: 'days', type: 'Numeric' }] },
      row: { leaveNo: 'LV-1', days: 3, approvalStatus: null, transferNote: null },
      input: { handleType: 'transfer', nodeId: 'hrApproval', nodeTitle: 'HR approval' },
    });
    expect(result.error).toBeNull();
    expect(result.row.after.transferNote).toBe('Transferred at HR approval');
    expect(result.saves).toBe(1);
  });
});

describe('time limits and batches', () => {
  it('stops `while True: pass` by the interrupt, then runs normally', async () => {
    const code = 'def handleOrderApproval(eventOutData):\n    while True:\n        pass\n';
    const stopped = await sandbox.run(request(event(), inner(code), { timeoutMs: 300 }));
    expect(stopped.timedOut).toBe(true);
    expect(stopped.ok).toBe(false);
    expect(stopped.error).toMatchObject({ type: 'Timeout', message: 'stopped after 0.3 s' });
    const next = await sandbox.run(request(event(), inner(SEED_INNER)));
    expect(next.ok).toBe(true);
    expect(next.row.after.status).toBe('processing');
  });

  it('stops a run on interrupt() (the Stop button)', async () => {
    const code = 'def handleOrderApproval(eventOutData):\n    while True:\n        pass\n';
    const running = sandbox.run(request(event(), inner(code), { timeoutMs: 30_000 }));
    setTimeout(() => sandbox.interrupt(), 200);
    const stopped = await running;
    expect(stopped.timedOut).toBe(true);
    expect(stopped.error?.message).toMatch(/^stopped after \d+(\.\d)? s$/);
  });

  it('terminates a handler that swallows the interrupt, and a fresh worker takes over', async () => {
    const code = [
      'def handleOrderApproval(eventOutData):',
      '    while True:',
      '        try:',
      '            while True:',
      '                pass',
      '        except BaseException:',
      '            pass',
    ].join('\n');
    const stopped = await sandbox.run(request(event(), inner(code), { timeoutMs: 200 }));
    expect(stopped.timedOut).toBe(true);
    expect(stopped.error?.type).toBe('Timeout');
    expect(stopped.error?.message).toMatch(/^stopped after 0\.2 s$/);
    const next = await sandbox.run(request(event(), inner(SEED_INNER)));
    expect(next.ok).toBe(true);
    expect(next.saves).toBe(1);
  });

  it('runs 10,000 rows through the seed handler in one batch', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ ...ORDER_ROW, id: i, orderNo: `SO-${i}` }));
    const results = await sandbox.runBatch(request(event(), inner(SEED_INNER)), rows);
    expect(results).toHaveLength(10_000);
    expect(results.every((r) => r.ok && r.saves === 1 && r.row.after.status === 'processing')).toBe(true);
    expect(results[9_999]?.logs[0]?.message).toBe('Order SO-9999 approval status changed to: approved');
    // Its speed is npm run bench's figure (batch10kMs), not asserted here.
  });
});
