import type { ApprovalEvent } from './approval-event.types.js';

/**
 * A key that two versions of an element share when a run of them behaves the same: everything but
 * the title, which only names the element (it is in `config`, the e.json as read, too). Lets a view
 * of runs keep what it derived while only the title is typed.
 */
export function runBehaviourKey(element: ApprovalEvent | undefined): string {
  if (element === undefined) return '';
  return JSON.stringify({ ...element, title: undefined, config: { ...element.config, title: undefined } });
}
