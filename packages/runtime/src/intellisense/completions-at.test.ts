import { describe, expect, it } from 'vitest';
import { at, orderEvent } from './code-intel.testing.js';
import { completionsAt } from './completions-at.js';

const HEAD = 'from jit.commons.utils.logger import log\n\ndef handleOrderApproval(eventOutData):\n';

function labels(marked: string, element = orderEvent()): string[] {
  return completionsAt(at(marked, element)).map((item) => item.label);
}

function item(marked: string, label: string, element = orderEvent()) {
  const found = completionsAt(at(marked, element)).find((candidate) => candidate.label === label);
  if (found === undefined) throw new Error(`no completion ${label}`);
  return found;
}

describe('completionsAt: eventOutData', () => {
  it('offers row and status after eventOutData. (seed)', () => {
    expect(labels(`${HEAD}    eventOutData.|`)).toEqual(['row', 'status']);
  });

  it('adds the operate extras in the newer spelling', () => {
    const nodeHandled = orderEvent({ funcType: 'Inner', operate: 'NodeHandled', func: undefined });
    expect(labels('def customFunc(eventOutData):\n    eventOutData.|', nodeHandled)).toEqual([
      'row',
      'status',
      'handleType',
      'nodeId',
      'nodeTitle',
    ]);
    const nodeChange = orderEvent({ funcType: 'Inner', operate: 'NodeChange', func: undefined });
    expect(labels('def customFunc(eventOutData):\n    eventOutData.|', nodeChange)).toContain('triggerNode');
  });

  it("treats the handler's first parameter as the event data whatever its name", () => {
    expect(labels('def handleOrderApproval(data):\n    data.|')).toEqual(['row', 'status']);
  });

  it('offers value after eventOutData.status.', () => {
    const value = item(`${HEAD}    eventOutData.status.|`, 'value');
    expect(value.documentation).toContain('"approved"');
  });

  it('filters nothing itself: a partly typed member still gets the whole list', () => {
    expect(labels(`${HEAD}    eventOutData.ro|`)).toEqual(['row', 'status']);
  });
});

describe('completionsAt: the row', () => {
  it('lists the model fields with title and type, then save, toDict, update', () => {
    const items = completionsAt(at(`${HEAD}    eventOutData.row.|`));
    const orderNo = items.find((i) => i.label === 'orderNo');
    expect(orderNo).toMatchObject({ kind: 'field', detail: 'Order No · Serial' });
    expect(orderNo?.documentation).toContain('Order No');
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['save', 'toDict', 'update']));
    expect(item(`${HEAD}    eventOutData.row.|`, 'save').insertText).toBe('save()');
    // Fields first, in declaration order.
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    expect(sorted.slice(0, 3).map((i) => i.label)).toEqual(['id', 'orderNo', 'amount']);
  });

  it('follows `row = eventOutData.row` in the same function', () => {
    expect(labels(`${HEAD}    row = eventOutData.row\n    x = 1\n    row.|`)).toContain('orderNo');
    expect(labels(`${HEAD}    r = eventOutData.row\n    order = r\n    order.|`)).toContain('orderNo');
  });

  it('knows the conventional parameter `row` of helper functions', () => {
    expect(labels(`${HEAD}    pass\n\ndef processApprovedOrder(row):\n    row.|`)).toContain('amount');
  });

  it('works inside an f-string replacement field', () => {
    expect(labels(`${HEAD}    log.info(f"Order {eventOutData.row.|}")`)).toContain('orderNo');
  });

  it('offers value after row.<field>. with the Python value type', () => {
    const value = item(`${HEAD}    eventOutData.row.amount.|`, 'value');
    expect(value.detail).toBe('amount.value: int | float');
    expect(item(`${HEAD}    eventOutData.row.orderDate.|`, 'value').detail).toContain('datetime.date');
  });

  it('offers the field object’s properties and functions after row.<field>., value first', () => {
    const items = completionsAt(at(`${HEAD}    eventOutData.row.amount.|`));
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    expect(sorted[0]?.label).toBe('value');
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['gt', 'range', 'decimal', 'unit']));
    expect(item(`${HEAD}    eventOutData.row.amount.|`, 'gt').detail).toBe('amount.gt(value)');
    expect(item(`${HEAD}    eventOutData.row.orderDate.|`, 'addDay').documentation).toBeTruthy();
    expect(item(`${HEAD}    eventOutData.row.priority.|`, 'options').kind).toBe('property');
  });

  it('offers nothing after an unknown field or an unknown name', () => {
    expect(labels(`${HEAD}    eventOutData.row.nope.|`)).toEqual([]);
    expect(labels(`${HEAD}    something.|`)).toEqual([]);
    expect(labels(`${HEAD}    x = 1.|`)).toEqual([]);
  });

  it('offers nothing in comments and strings', () => {
    expect(labels(`${HEAD}    # eventOutData.|`)).toEqual([]);
    expect(labels(`${HEAD}    s = "eventOutData.|"`)).toEqual([]);
    expect(labels(`${HEAD}    """\n    eventOutData.|\n    """`)).toEqual([]);
  });
});

describe('completionsAt: platform objects', () => {
  it('lists the log methods', () => {
    expect(labels(`${HEAD}    log.|`)).toEqual(['debug', 'info', 'warning', 'error', 'exception']);
    expect(item(`${HEAD}    log.|`, 'info')).toMatchObject({ insertText: 'info($0)', isSnippet: true });
  });

  it('lists HandleTypeEnum members, the element vocabulary first', () => {
    const items = completionsAt(at(`${HEAD}    HandleTypeEnum.|`));
    expect(items.map((i) => i.label)).toEqual(
      expect.arrayContaining([
        'agree',
        'reject',
        'transfer',
        'submit',
        'refuse',
        'transmit',
        'manualEnd',
        'cancel',
      ]),
    );
    const first = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).slice(0, 3);
    expect(first.map((i) => i.label)).toEqual(['agree', 'reject', 'transfer']);
    expect(items.every((i) => i.kind === 'enumMember')).toBe(true);
  });

  it('offers getElement after app. and re-opens the list inside its quotes', () => {
    expect(item(`${HEAD}    app.|`, 'getElement')).toMatchObject({ retrigger: true, isSnippet: true });
  });

  it('lists the app element names inside app.getElement(" and replaces the whole dotted name', () => {
    const items = completionsAt(at(`${HEAD}    m = app.getElement("models.Or|")`));
    expect(items.map((i) => i.label)).toEqual(
      expect.arrayContaining([
        'models.OrderModel',
        'services.NotificationSvc',
        'workflows.OrderApproval',
        'events.orderApproval',
      ]),
    );
    expect(items[0]?.replace).toEqual({ startColumn: 25, endColumn: 34 });
    expect(items.find((i) => i.label === 'models.OrderModel')?.detail).toBe('model · Order');
    expect(labels(`${HEAD}    app.getElement('|`)).toContain('models.OrderModel');
    expect(labels(`${HEAD}    # app.getElement("|`)).toEqual([]);
  });

  it('follows app.getElement(...) to the model and its rows, and to service functions', () => {
    expect(labels(`${HEAD}    app.getElement("models.OrderModel").|`)).toEqual(
      expect.arrayContaining(['get', 'query', 'create', 'updateByPK', 'deleteByPK']),
    );
    expect(
      labels(`${HEAD}    m = app.getElement("models.OrderModel")\n    other = m.get({"id": 1})\n    other.|`),
    ).toContain('orderNo');
    const notify = item(
      `${HEAD}    app.getElement("services.NotificationSvc").|`,
      'sendApprovalNotification',
    );
    expect(notify.insertText).toBe(`sendApprovalNotification(\${1:orderNo}, \${2:status})$0`);
    expect(labels(`${HEAD}    app.getElement("events.orderApproval").|`)).toContain('getSender');
  });

  it('completes platform modules and their names in imports', () => {
    expect(labels('from jit.|')).toEqual(['commons']);
    expect(labels('from jit.commons.|')).toEqual(['enums', 'utils']);
    expect(labels('from jit.commons.utils.|')).toEqual(['logger']);
    expect(labels('from jit.commons.utils.logger import |')).toEqual(['log', 'logger']);
    expect(labels('from jit.commons.enums import |')).toEqual(['HandleTypeEnum']);
  });
});

describe('completionsAt: names and snippets', () => {
  it('offers the handler with the operate signature at module level when it is missing', () => {
    const nodeChange = orderEvent({ operate: 'NodeChange', func: 'inner.onNode' });
    const handler = item(
      'from jit.commons.utils.logger import log\n\n|',
      'def onNode(eventOutData, triggerNode)',
      nodeChange,
    );
    expect(handler.kind).toBe('snippet');
    expect(handler.insertText).toMatch(/^def onNode\(eventOutData, triggerNode\):\n/);
    expect(labels(`${HEAD}    pass\n\n|`)).not.toContain('def handleOrderApproval(eventOutData)');
    expect(labels('|')).toContain('from jit.commons.utils.logger import log');
  });

  it('offers the names in scope with what they hold, and statement snippets in a body', () => {
    const items = completionsAt(at(`${HEAD}    row = eventOutData.row\n    |`));
    expect(items.find((i) => i.label === 'row')?.detail).toBe('models.OrderModel row');
    expect(items.find((i) => i.label === 'eventOutData')?.detail).toBe('event data');
    expect(items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['app', 'HandleTypeEnum', 'log', 'status = eventOutData.status.value']),
    );
    expect(items.map((i) => i.label)).not.toContain('row = eventOutData.row');
    const branch = items.find((i) => i.label.startsWith('if eventOutData.status.value'));
    expect(branch?.insertText).toContain(`\${1|approved,rejected,processing,recalled|}`);
  });

  it('offers a HandleTypeEnum branch on the seed handleType argument of a NodeHandled handler', () => {
    const nodeHandled = orderEvent({ operate: 'NodeHandled', func: 'inner.onHandled' });
    const items = labels('def onHandled(eventOutData, handleType, nodeId, nodeTitle):\n    |', nodeHandled);
    expect(items).toContain('if handleType == HandleTypeEnum.…');
  });

  it('offers no snippets in the middle of an expression', () => {
    expect(labels(`${HEAD}    x = ev|`).some((label) => label.startsWith('if '))).toBe(false);
  });
});
