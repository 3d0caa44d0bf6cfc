import type { AppContext, ElementDraft, WorkflowNode } from '@event-studio/runtime';
import { workflowForModel } from '@event-studio/runtime';
import type { TFunction } from 'i18next';
import { appTextString } from '../app-text/AppText';

/** The nodes of the draft's model's workflow, or none when the model has no workflow. */
export function workflowNodes(context: AppContext, draft: Pick<ElementDraft, 'model'>): WorkflowNode[] {
  return workflowForModel(context, draft.model)?.nodes ?? [];
}

/**
 * Trigger-node values as the element's spelling writes them: bare ids in the seed spelling (they
 * fire on reaching the node), `before.<id>` (reached) and `after.<id>` (approved) in the newer one
 * (approval-events.md, newer revision); labels in the UI's language.
 */
export function triggerNodeOptions(
  t: TFunction,
  nodes: readonly WorkflowNode[],
  spelling: ElementDraft['spelling'],
): { value: string; label: string }[] {
  if (spelling === 'seed')
    return nodes.map((n) => ({ value: n.id, label: `${appTextString(n.title)} (${n.id})` }));
  return nodes.flatMap((n) => [
    {
      value: `before.${n.id}`,
      label: t('form.triggerReached', { title: appTextString(n.title), value: `before.${n.id}` }),
    },
    {
      value: `after.${n.id}`,
      label: t('form.triggerApproved', { title: appTextString(n.title), value: `after.${n.id}` }),
    },
  ]);
}
