import { type AppContext, type ElementDraft, workflowForModel } from '@event-studio/runtime';
import { Box, Typography } from '@mui/material';
import { memo } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { appTextString } from '../app-text/AppText';
import { isHandleableNode, toggleTriggerNode, watchedNodeIds } from './node-picks';
import { WorkflowDiagram } from './WorkflowDiagram';

// Dirty and validated like a typed change, so the form's watch() writes e.json and shows issues.
const AS_TYPED = { shouldDirty: true, shouldValidate: true } as const;

/**
 * The event's model's workflow in the form: the watched nodes highlighted, and a click toggles a
 * trigger node (NodeChange) or picks the handle node (NodeHandled).
 */
export const EventWorkflowDiagram = memo(function EventWorkflowDiagram({
  draft,
  context,
  form,
}: {
  draft: Pick<ElementDraft, 'model' | 'operate' | 'spelling' | 'triggerNode' | 'handleNode'>;
  context: AppContext;
  form: Pick<UseFormReturn<ElementDraft>, 'getValues' | 'setValue'>;
}) {
  const { t } = useTranslation();
  const workflow = workflowForModel(context, draft.model);
  const handled = draft.operate === 'NodeHandled';
  const onNodeClick = (nodeId: string) => {
    if (handled) form.setValue('handleNode', nodeId, AS_TYPED);
    else
      form.setValue(
        'triggerNode',
        toggleTriggerNode(form.getValues('triggerNode') ?? [], nodeId, draft.spelling),
        AS_TYPED,
      );
  };

  return (
    <Box>
      <Typography variant="caption" component="div" color="text.secondary">
        {t('diagram.workflow')}
        {workflow ? ` · ${appTextString(workflow.title ?? workflow.fullName)}` : ''}
      </Typography>
      {workflow ? (
        <>
          <WorkflowDiagram
            workflow={workflow}
            label={t('diagram.workflow')}
            direction="down"
            highlighted={watchedNodeIds(draft)}
            onNodeClick={onNodeClick}
            selectable={handled ? isHandleableNode : undefined}
          />
          <Typography variant="caption" component="div" color="text.secondary">
            {handled ? t('diagram.pickHandleNode') : t('diagram.toggleTriggerNode')}
          </Typography>
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {draft.model ? t('diagram.noWorkflow', { model: draft.model }) : t('diagram.pickModel')}
        </Typography>
      )}
    </Box>
  );
});
