import type { SandboxState } from '@event-studio/runtime';
import { Chip, CircularProgress, Tooltip } from '@mui/material';
import { useEffect, useState } from 'react';
import { startSandbox } from './sandbox-instance';
import { useSandboxState } from './use-sandbox-state';

const LABEL: Record<SandboxState, string> = {
  loading: 'Python loading…',
  ready: 'Python ready',
  running: 'Running…',
  restarting: 'Python restarting…',
  failed: 'Python failed to start',
};

/** Why the sandbox failed, once it has; the next Run starts a fresh one. */
function useFailureReason(state: SandboxState): string | undefined {
  const [reason, setReason] = useState<string>();
  useEffect(() => {
    if (state !== 'failed') return;
    startSandbox()
      .ready()
      .catch((error: unknown) => setReason(error instanceof Error ? error.message : String(error)));
  }, [state]);
  return state === 'failed' ? reason : undefined;
}

/** A chip that says whether Python is ready, so a user knows why Run waits. */
export function SandboxStatus() {
  const state = useSandboxState();
  const reason = useFailureReason(state);
  const busy = state === 'loading' || state === 'running' || state === 'restarting';
  const explanation =
    state === 'failed' ? `${reason ? `${reason}. ` : ''}Press Run to try again with a fresh Python.` : '';
  return (
    <Tooltip title={explanation}>
      <Chip
        role="status"
        aria-label={LABEL[state]}
        aria-description={explanation || undefined}
        label={LABEL[state]}
        size="small"
        color={state === 'failed' ? 'error' : state === 'ready' ? 'success' : 'default'}
        icon={busy ? <CircularProgress size={12} color="inherit" /> : undefined}
        variant="outlined"
        sx={{ color: 'inherit', borderColor: 'currentColor' }}
      />
    </Tooltip>
  );
}
