import {
  applyImport,
  approvalEventFolders,
  type ConflictChoice,
  type ImportPlan,
  type ImportResult,
  isImportableStudioFile,
} from '@event-studio/runtime';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  FormControlLabel,
  Stack,
  Typography,
} from '@mui/material';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workspace } from '../workspace/workspace-store';
import { ConflictChoices } from './ConflictChoices';
import { FoundElementList } from './FoundElementList';
import { ImportIssueList } from './ImportIssueList';
import { StudioFilesGroup } from './StudioFilesGroup';

/** What a zip holds, in words: `A whole app with 13 elements`, `2 element folders`. */
function describeContents(t: TFunction, plan: ImportPlan): string {
  const count = plan.elements.length;
  return plan.kind === 'app' ? t('importZip.wholeApp', { count }) : t('importZip.elementFolders', { count });
}

/**
 * Shows what an import will do — the elements, the validation issues, a choice for every existing
 * element, a confirmation before a whole app replaces the open one — and applies it in one step.
 */
export function ImportDialog({
  fileName,
  plan,
  onClose,
  onImported,
}: {
  fileName: string;
  plan: ImportPlan;
  onClose(): void;
  onImported(result: ImportResult): void;
}) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [replaceApp, setReplaceApp] = useState(false);
  // The studio's files that passed its checks are ticked; the user may untick any.
  const [studioFiles, setStudioFiles] = useState(() =>
    plan.studioFiles.filter(isImportableStudioFile).map((file) => file.path),
  );
  const [failure, setFailure] = useState<string | undefined>();
  const undecided = plan.conflicts.filter((c) => choices[c.folder] === undefined).length;
  const ready = plan.elements.length > 0 && (plan.kind === 'app' ? replaceApp : undecided === 0);

  const apply = () => {
    try {
      const result = applyImport(workspace.current().tree, plan, choices, { studioFiles });
      const events = approvalEventFolders(result.tree);
      // Open the first imported event, so the user sees what arrived.
      workspace.replaceTree(
        result.tree,
        result.imported.find((folder) => events.includes(folder)),
      );
      onImported(result);
    } catch (error) {
      // applyImport builds a new tree and never touches the workspace: nothing has changed.
      setFailure(t('importZip.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{t('importZip.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <div>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, wordBreak: 'break-all' }}>
              {fileName}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {describeContents(t, plan)}
            </Typography>
          </div>
          {plan.elements.length === 0 ? (
            <Alert severity="warning">{t('importZip.noElements')}</Alert>
          ) : (
            <section aria-label={t('importZip.found')}>
              <Typography variant="subtitle2">{t('importZip.elementsFound')}</Typography>
              <FoundElementList elements={plan.elements} />
            </section>
          )}
          {plan.ignored.length > 0 && (
            <Alert severity="info">{t('importZip.ignored', { paths: plan.ignored.join(', ') })}</Alert>
          )}
          <Divider />
          <section aria-label={t('importZip.validation')}>
            <Typography variant="subtitle2">{t('importZip.validation')}</Typography>
            <ImportIssueList issues={plan.issues} />
          </section>
          {plan.studioFiles.length > 0 && (
            <>
              <Divider />
              <StudioFilesGroup files={plan.studioFiles} picked={studioFiles} onChange={setStudioFiles} />
            </>
          )}
          {plan.conflicts.length > 0 && (
            <>
              <Divider />
              <ConflictChoices conflicts={plan.conflicts} choices={choices} onChange={setChoices} />
            </>
          )}
          {plan.kind === 'app' && plan.elements.length > 0 && (
            <Alert severity="warning">
              <FormControlLabel
                control={<Checkbox checked={replaceApp} onChange={(e) => setReplaceApp(e.target.checked)} />}
                label={t('importZip.replaceApp')}
              />
            </Alert>
          )}
          {failure && <Alert severity="error">{failure}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        {plan.kind === 'elements' && undecided > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto', pl: 1 }}>
            {t('importZip.undecided', { count: undecided })}
          </Typography>
        )}
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={apply} disabled={!ready}>
          {t('importZip.title')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
