import { deleteApprovalEvent, fullNameOf } from '@event-studio/runtime';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { appTextString } from '../app-text/AppText';
import { neighbourAfterDelete } from '../workspace/neighbour-event';
import { useWorkspaceValue } from '../workspace/use-workspace';
import { type WorkspaceSnapshot, workspace } from '../workspace/workspace-store';
import { titleOf } from './event-title';
import { ReferenceWarnings } from './ReferenceWarnings';

const selectTree = (snapshot: WorkspaceSnapshot) => snapshot.tree;

/**
 * Confirms deleting an event, naming it, saying Ctrl+Z brings it back and which other files still
 * name it. `onClose` gets the row to focus next: the event's neighbour once it is deleted.
 */
export function DeleteEventDialog({ folder, onClose }: { folder: string; onClose(focus?: string): void }) {
  const { t } = useTranslation();
  const tree = useWorkspaceValue(selectTree);
  const titleId = useId();
  const bodyId = useId();
  const fullName = fullNameOf(folder);
  const title = titleOf(tree.get(`${folder}/e.json`)) ?? fullName;
  const preview = useMemo(() => deleteApprovalEvent(tree, folder), [tree, folder]);

  const confirm = () => {
    const neighbour = neighbourAfterDelete(workspace.getSnapshot().events, folder);
    onClose(workspace.deleteEvent(folder).ok ? neighbour : folder);
  };

  return (
    <Dialog
      open
      onClose={() => onClose(folder)}
      disableRestoreFocus
      fullWidth
      maxWidth="xs"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      role="alertdialog"
    >
      <DialogTitle id={titleId}>{t('eventActions.deleteTitle', { title: appTextString(title) })}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>
          {t('eventActions.deleteBody', { fullName: appTextString(fullName) })}
        </DialogContentText>
        <ReferenceWarnings
          intro={t('eventActions.deleteReferences', { fullName: appTextString(fullName) })}
          warnings={preview.ok ? preview.warnings : []}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(folder)}>{t('common.cancel')}</Button>
        {/* Focused first: the delete can be undone, so the keyboard path is Delete, Enter. */}
        <Button variant="contained" color="error" onClick={confirm} autoFocus>
          {t('eventActions.deleteConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
