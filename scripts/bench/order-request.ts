// The run both sandbox benchmarks time: the sample app's order event and 10,000 rows of its model.
import {
  type AppTree,
  buildAppContext,
  buildRunRequest,
  type RunRequest,
  sampleRows,
} from '@event-studio/runtime';

export const ORDER_EVENT = 'events.orderApproval';

/** The sample app's order event as a run request, and `rowCount` generated rows of its model. */
export function orderRequest(
  tree: AppTree,
  rowCount = 10_000,
): { request: RunRequest; rows: RunRequest['row'][] } {
  const context = buildAppContext(tree);
  const built = buildRunRequest(tree, context, { fullName: ORDER_EVENT, timeoutMs: 60_000 });
  if (!built.ok) throw new Error(built.message);
  const model = context.models.get(built.element.model);
  if (!model) throw new Error(`the sample app has no ${built.element.model}`);
  return { request: built.request, rows: sampleRows(model, rowCount) };
}
