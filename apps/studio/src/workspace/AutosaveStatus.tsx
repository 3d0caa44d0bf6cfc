import { Typography } from '@mui/material';
import { useAutosaveState } from './use-autosave-state';

const TEXT = {
  idle: '',
  saving: 'Saving…',
  saved: 'All changes saved',
  conflict: 'Not saving',
  failed: 'Not saving',
};

/** A quiet note in the app bar that the workspace is kept in this browser. */
export function AutosaveStatus() {
  const state = useAutosaveState();
  return (
    <Typography
      variant="caption"
      role="status"
      aria-label={TEXT[state.kind] || 'Workspace'}
      sx={{ opacity: 0.85 }}
    >
      {TEXT[state.kind]}
    </Typography>
  );
}
