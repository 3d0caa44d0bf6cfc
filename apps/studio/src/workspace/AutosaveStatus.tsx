import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useAutosaveState } from './use-autosave-state';

const TEXT = {
  idle: undefined,
  saving: 'autosave.saving',
  saved: 'autosave.saved',
  conflict: 'autosave.notSaving',
  failed: 'autosave.notSaving',
} as const;

/** A quiet note in the app bar that the workspace is kept in this browser. */
export function AutosaveStatus() {
  const { t } = useTranslation();
  const state = useAutosaveState();
  const key = TEXT[state.kind];
  const text = key === undefined ? '' : t(key);
  return (
    <Typography
      variant="caption"
      role="status"
      aria-label={text || t('autosave.workspace')}
      sx={{ opacity: 0.85 }}
    >
      {text}
    </Typography>
  );
}
