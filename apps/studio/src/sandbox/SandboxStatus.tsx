import type { SandboxState, StartKind } from '@event-studio/runtime';
import { Chip, CircularProgress, Tooltip } from '@mui/material';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDelayedFlag } from '../hooks/use-delayed-flag';
import { BUSY_AFTER_MS } from './busy-after';
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
  const actual = useSandboxState();
  // A warm run is over in milliseconds: "Running…" and its spinner appear only for a run that lasts.
  const longRun = useDelayedFlag(actual === 'running', BUSY_AFTER_MS);
  const state = actual === 'running' && !longRun ? 'ready' : actual;
  const reason = useFailureReason(state);
  const start = useStartKind(state);
  const label = t(`sandbox.${state}`);
  let explanation = '';
  if (state === 'failed')
    explanation = reason ? t('sandbox.retryHintWithReason', { reason }) : t('sandbox.retryHint');
  else if (start === 'snapshot') explanation = t('sandbox.restored');
  return <StatusChip state={state} label={label} explanation={explanation} />;
}

/** Memoised: the status re-renders on every run, the chip only when what it shows changes. */
const StatusChip = memo(function StatusChip({
  state,
  label,
  explanation,
}: {
  state: SandboxState;
  label: string;
  explanation: string;
}) {
  const busy = state === 'loading' || state === 'running' || state === 'restarting';
  const chip = (
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
  );
  return explanation ? <Tooltip title={explanation}>{chip}</Tooltip> : chip;
});
