import { fullNameOf, renameApprovalEvent } from '@event-studio/runtime';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appTextString } from '../app-text/AppText';
import { useWorkspaceValue } from '../workspace/use-workspace';
import { type WorkspaceSnapshot, workspace } from '../workspace/workspace-store';
import { folderName } from './event-action';
import { ReferenceWarnings } from './ReferenceWarnings';

const selectTree = (snapshot: WorkspaceSnapshot) => snapshot.tree;

/**
 * Asks for an event's new name, checked by the runtime as it is typed (its message under the
 * field). Enter renames, Escape cancels; `onClose` gets the row to focus next (the renamed one).
 */
export function RenameEventDialog({ folder, onClose }: { folder: string; onClose(focus: string): void }) {
  const { t } = useTranslation();
  const tree = useWorkspaceValue(selectTree);
  const current = folderName(folder);
  const [name, setName] = useState(current);
  const titleId = useId();
  const unchanged = name === current;
  // The whole rename, previewed: its problem (a clash, a bad name) or the references it leaves.
  const preview = useMemo(
    () => (unchanged ? undefined : renameApprovalEvent(tree, folder, name)),
    [tree, folder, name, unchanged],
  );
  const problem = preview && !preview.ok ? preview.problems[0]?.message : undefined;
  const parent = folder.slice(0, folder.length - current.length - 1);

  const confirm = () => {
    if (unchanged) return onClose(folder);
    if (problem) return;
    const result = workspace.renameEvent(folder, name);
    if (result.ok) onClose(result.folder);
  };

  return (
    <Dialog
      open
      onClose={() => onClose(folder)}
      disableRestoreFocus
      fullWidth
      maxWidth="xs"
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>
        {t('eventActions.renameTitle', { fullName: appTextString(fullNameOf(folder)) })}
      </DialogTitle>
      <DialogContent>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <TextField
            autoFocus
            margin="dense"
            label={t('eventActions.newName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onFocus={(e) => e.target.select()}
            error={Boolean(problem)}
            helperText={problem ?? t('eventActions.newNameHelp', { parent })}
            slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
          />
          <button type="submit" hidden />
        </form>
        <ReferenceWarnings
          intro={t('eventActions.renameReferences', { fullName: appTextString(fullNameOf(folder)) })}
          warnings={preview?.ok ? preview.warnings : []}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(folder)}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={confirm}>
          {t('eventActions.renameConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
