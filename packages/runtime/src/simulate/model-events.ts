import { type AppTree, readText } from '../app/app-tree.js';
import type { ApprovalEvent } from '../element/approval-event.types.js';
import { eJsonPath, parseElement } from '../element/parse-element.js';
import { approvalEventFolders } from '../element/validate-app.js';

/**
 * The app's approval events that watch a model, sorted by full name. An e.json that cannot be read
 * names no model for sure, so it is left out (validate reports it).
 */
export function modelEvents(tree: AppTree, model: string): ApprovalEvent[] {
  return approvalEventFolders(tree)
    .flatMap((folder) => parseElement(folder, readText(tree, eJsonPath(folder)) ?? '').element ?? [])
    .filter((element) => element.model === model)
    .sort((a, b) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0));
}
