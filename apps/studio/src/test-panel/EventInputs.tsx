import { type ApprovalEvent, type EventInput, statusValues, type WorkflowNode } from '@event-studio/runtime';
import { Autocomplete, MenuItem, TextField } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppText } from '../app-text/AppText';

/** The event's input for the element's operate: status, and the reached or handled node and action. */
export const EventInputs = memo(function EventInputs({
  element,
  nodes,
  input,
  onChange,
}: {
  element: ApprovalEvent;
  nodes: WorkflowNode[];
  input: EventInput;
  onChange: (patch: Partial<EventInput>) => void;
}) {
  const { t } = useTranslation();
  const handleNode = nodes.find((n) => n.id === (input.nodeId ?? element.handleNode));
  return (
    <>
      <Autocomplete
        freeSolo
        options={statusValues(element.spelling)}
        value={input.status ?? ''}
        onInputChange={(_e, value) => onChange({ status: value || undefined })}
        sx={{ width: 180 }}
        renderInput={(params) => <TextField {...params} label={t('common.status')} placeholder="approved" />}
      />
      {element.operate === 'NodeChange' && (
        <TextField
          select
          label={t('testPanel.eventInputs.reachedNode')}
          value={input.triggerNode ?? element.triggerNode[0] ?? ''}
          onChange={(e) => onChange({ triggerNode: e.target.value })}
          sx={{ width: 220 }}
        >
          {nodes.map((n) => (
            <MenuItem key={n.id} value={element.spelling === 'newer' ? `after.${n.id}` : n.id}>
              <AppText text={n.title} /> ({n.id})
            </MenuItem>
          ))}
        </TextField>
      )}
      {element.operate === 'NodeHandled' && (
        <>
          <TextField
            select
            label={t('testPanel.eventInputs.handledNode')}
            value={input.nodeId ?? element.handleNode ?? ''}
            onChange={(e) =>
              onChange({
                nodeId: e.target.value,
                nodeTitle: nodes.find((n) => n.id === e.target.value)?.title,
              })
            }
            sx={{ width: 220 }}
          >
            {nodes.map((n) => (
              <MenuItem key={n.id} value={n.id}>
                <AppText text={n.title} /> ({n.id})
              </MenuItem>
            ))}
          </TextField>
          <Autocomplete
            freeSolo
            options={[...new Set([...element.handleType, ...(handleNode?.handles.map((h) => h.name) ?? [])])]}
            value={input.handleType ?? element.handleType[0] ?? ''}
            onInputChange={(_e, value) => onChange({ handleType: value || undefined })}
            sx={{ width: 180 }}
            renderInput={(params) => <TextField {...params} label={t('common.action')} />}
          />
        </>
      )}
    </>
  );
});
