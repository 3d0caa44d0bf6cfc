import type { SandboxState, StartKind } from '@event-studio/runtime';
import { Chip, CircularProgress, Tooltip } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startSandbox } from './sandbox-instance';
import { useSandboxState } from './use-sandbox-state';

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

/** How the Python serving the next run started (from scratch or from the saved snapshot), once ready. */
function useStartKind(state: SandboxState): StartKind | undefined {
  const [start, setStart] = useState<StartKind>();
  useEffect(() => {
    if (state !== 'ready') return;
    let current = true;
    startSandbox()
      .ready()
      .then(
        (ready) => current && setStart(ready.start),
        () => {},
      );
    return () => {
      current = false;
    };
  }, [state]);
  return state === 'ready' ? start : undefined;
}

/** A chip that says whether Python is ready, so a user knows why Run waits. */
export function SandboxStatus() {
  const { t } = useTranslation();
  const state = useSandboxState();
  const reason = useFailureReason(state);
  const start = useStartKind(state);
  const label = t(`sandbox.${state}`);
  const busy = state === 'loading' || state === 'running' || state === 'restarting';
  let explanation = '';
  if (state === 'failed')
    explanation = reason ? t('sandbox.retryHintWithReason', { reason }) : t('sandbox.retryHint');
  else if (start === 'snapshot') explanation = t('sandbox.restored');
  return (
    <Tooltip title={explanation}>
      <Chip
        role="status"
        aria-label={label}
        aria-description={explanation || undefined}
        label={label}
        size="small"
        color={state === 'failed' ? 'error' : state === 'ready' ? 'success' : 'default'}
        icon={busy ? <CircularProgress size={12} color="inherit" /> : undefined}
        variant="outlined"
        sx={{ color: 'inherit', borderColor: 'currentColor' }}
      />
    </Tooltip>
  );
}
