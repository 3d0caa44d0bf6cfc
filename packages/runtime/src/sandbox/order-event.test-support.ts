import type { ApprovalEvent } from '../element/approval-event.types.js';
import type { RunRequest } from './run.types.js';

// The sandbox tests' common event: the sample's orderApproval (Process, inner.handleOrderApproval),
// changed where a test needs it, and a request that runs one inner.py for it.

/** events.orderApproval as the sandbox receives it; `overrides` change any part (a folder renames it). */
export function orderEvent(overrides: Partial<ApprovalEvent> = {}): ApprovalEvent {
  const folder = overrides.folder ?? 'events/orderApproval';
  return {
    fullName: folder.replace(/\//g, '.'),
    folder,
    spelling: 'seed',
    title: 'Order Approval Event',
    model: 'models.OrderModel',
    operate: 'Process',
    funcType: 'inner',
    func: 'inner.handleOrderApproval',
    triggerNode: [],
    handleType: [],
    enable: 1,
    config: {},
    ...overrides,
  };
}

/** A run of `code` as orderApproval's inner.py, status approved, with the rest of the request given. */
export function orderRequest(
  code: string,
  rest: Partial<RunRequest> & Pick<RunRequest, 'model' | 'row'>,
): RunRequest {
  return {
    element: orderEvent(),
    files: { 'events/orderApproval/inner.py': code },
    input: { status: 'approved' },
    ...rest,
  };
}
