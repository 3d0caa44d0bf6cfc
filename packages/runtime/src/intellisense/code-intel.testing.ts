import type { AppContext, ModelInfo } from '../app/app-context.types.js';
import type { ApprovalEvent } from '../element/approval-event.types.js';
import { normaliseElement } from '../element/parse-element.js';
import { testAppContext } from '../element/test-app-context.js';
import type { CodeIntelInput } from './intellisense.types.js';

// Shared fixtures of the intellisense tests: the Order model with real-looking fields.

/** models.OrderModel with a few typed, titled fields. */
export const ORDER_MODEL: ModelInfo = {
  fullName: 'models.OrderModel',
  folder: 'models/OrderModel',
  title: 'Order',
  fields: [
    { name: 'id', type: 'AutoInt', title: 'ID', line: 7, primaryKey: true },
    { name: 'orderNo', type: 'Serial', title: 'Order No', line: 8 },
    { name: 'amount', type: 'Money', title: 'Order Amount', line: 10 },
    { name: 'status', type: 'Stext', title: 'Order Status', line: 12 },
    { name: 'priority', type: 'Dropdown', title: 'Priority', line: 18, options: ['low', 'normal', 'urgent'] },
    { name: 'orderDate', type: 'Date', title: 'Order Date', line: 19 },
  ],
};

/** The element tests' app context with the Order model's fields filled in. */
export function codeIntelContext(): AppContext {
  const base = testAppContext();
  const models = new Map(base.models);
  models.set(ORDER_MODEL.fullName, ORDER_MODEL);
  const services = new Map(base.services);
  services.set('services.NotificationSvc', {
    fullName: 'services.NotificationSvc',
    folder: 'services/NotificationSvc',
    title: 'Notifications',
    functions: [
      {
        name: 'sendApprovalNotification',
        title: 'Send approval notification',
        args: [
          { name: 'orderNo', title: 'Order number', dataType: 'Stext' },
          { name: 'status', dataType: 'Stext' },
        ],
      },
    ],
    hasImplementation: true,
  });
  return { ...base, models, services };
}

/** An approval event on the Order model; e.json keys override the seed Process defaults. */
export function orderEvent(config: Record<string, unknown> = {}): ApprovalEvent {
  return normaliseElement('events/orderApproval', {
    title: 'Order Approval Event',
    type: 'events.WorkflowType',
    backendBundleEntry: '.',
    model: 'models.OrderModel',
    operate: 'Process',
    func: 'inner.handleOrderApproval',
    funcType: 'inner',
    ...config,
  });
}

export const ELEMENT_NAMES = [
  'events.orderApproval',
  'models.OrderModel',
  'models.LeaveModel',
  'services.NotificationSvc',
  'workflows.OrderApproval',
];

/**
 * A request at the `|` in the text (the marker is removed), on the Order event unless one is given.
 */
export function at(marked: string, element: ApprovalEvent = orderEvent()): CodeIntelInput {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor marker');
  const source = marked.slice(0, offset) + marked.slice(offset + 1);
  const before = source.slice(0, offset).split('\n');
  return {
    source,
    line: before.length,
    column: (before[before.length - 1] ?? '').length + 1,
    element,
    model: ORDER_MODEL,
    context: codeIntelContext(),
    elementNames: ELEMENT_NAMES,
  };
}
