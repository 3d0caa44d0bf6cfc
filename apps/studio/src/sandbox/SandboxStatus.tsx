import type { SandboxState } from '@event-studio/runtime';
import { Chip, CircularProgress } from '@mui/material';
import { useSandboxState } from './use-sandbox-state';

const LABEL: Record<SandboxState, string> = {
  loading: 'Python loading…',
  ready: 'Python ready',
  running: 'Running…',
  restarting: 'Python restarting…',
  failed: 'Python failed to start',
};

/** A chip that says whether Python is ready, so a user knows why Run waits. */
export function SandboxStatus() {
  const state = useSandboxState();
  const busy = state === 'loading' || state === 'running' || state === 'restarting';
  return (
    <Chip
      role="status"
      aria-label={LABEL[state]}
      label={LABEL[state]}
      size="small"
      color={state === 'failed' ? 'error' : state === 'ready' ? 'success' : 'default'}
      icon={busy ? <CircularProgress size={12} color="inherit" /> : undefined}
      variant="outlined"
      sx={{ color: 'inherit', borderColor: 'currentColor' }}
    />
  );
}
