import type { ElementDraft, WorkflowNode } from '@event-studio/runtime';

/** The node id a trigger-node value names: the newer spelling prefixes `after.` or `before.`. */
export function nodeIdOfTrigger(value: string): string {
  const match = /^(?:after|before)\.(.+)$/.exec(value);
  return match?.[1] ?? value;
}

/** The node ids an event watches: its trigger nodes (NodeChange) or its handle node (NodeHandled). */
export function watchedNodeIds(
  draft: Pick<ElementDraft, 'operate' | 'triggerNode' | 'handleNode'>,
): string[] {
  if (draft.operate === 'NodeChange') return [...new Set((draft.triggerNode ?? []).map(nodeIdOfTrigger))];
  if (draft.operate === 'NodeHandled' && draft.handleNode) return [draft.handleNode];
  return [];
}

/**
 * Trigger nodes after a click on a node: a watched node stops being watched (every value naming
 * it goes, so the highlight always follows the click), an unwatched one is added as the spelling
 * writes an arrival: the bare id (seed) or `before.<id>` (newer: "before the node is reached").
 */
export function toggleTriggerNode(
  values: readonly string[],
  nodeId: string,
  spelling: ElementDraft['spelling'],
): string[] {
  const kept = values.filter((v) => nodeIdOfTrigger(v) !== nodeId);
  if (kept.length < values.length) return kept;
  return [...values, spelling === 'seed' ? nodeId : `before.${nodeId}`];
}

/** Whether a node can be a handle node: nobody acts on an end node. */
export function isHandleableNode(node: WorkflowNode): boolean {
  return node.kind !== 'end';
}
