import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSandboxState } from '../sandbox/use-sandbox-state';
import { SimulationFinalRow } from './SimulationFinalRow';
import { SimulationTimeline } from './SimulationTimeline';
import type { SimulationProgress } from './use-simulation';

function Summary({ progress }: { progress: SimulationProgress }) {
  const { t } = useTranslation();
  const sandboxState = useSandboxState();
  const fired = progress.plan.steps.flatMap((step) => step.events.filter((event) => event.fired));
  const { result, failure, running } = progress;
  if (failure) return <Alert severity="error">{t('simulation.sandboxFailed', { failure })}</Alert>;
  if (result) {
    if (fired.length === 0) {
      return <Alert severity="info">{t('simulation.nothingFires', { model: progress.plan.model })}</Alert>;
    }
    if (result.ok) {
      return <Alert severity="success">{t('simulation.allRan', { count: fired.length })}</Alert>;
    }
    return (
      <Alert severity="error">
        {result.stoppedBy
          ? t(result.stoppedBy.timedOut ? 'simulation.stoppedTimedOut' : 'simulation.stoppedError', {
              name: result.stoppedBy.fullName,
            })
          : t('simulation.notEveryRan')}
      </Alert>
    );
  }
  const current = running ? progress.steps[running.step]?.events[running.event] : undefined;
  const done = progress.steps.flatMap((step) => step.events.filter((event) => event.result)).length;
  const text =
    sandboxState === 'loading'
      ? t('simulation.waitingForPython')
      : t('simulation.runningEvent', {
          name: current?.fullName ?? t('simulation.theHandlers'),
          number: Math.min(done + 1, fired.length),
          total: fired.length,
        });
  return (
    <Box role="status">
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {text}
      </Typography>
      <LinearProgress />
    </Box>
  );
}

/** A simulation's outcome: how it went, the timeline, the final row and the plan's simplifications. */
export function SimulationOutcome({
  progress,
  onGoToLine,
}: {
  progress: SimulationProgress;
  onGoToLine: (fullName: string, line: number) => void;
}) {
  const { t } = useTranslation();
  const { plan, result } = progress;
  return (
    <Stack spacing={2}>
      <Summary progress={progress} />
      <Typography variant="caption" color="text.secondary">
        {t('simulation.through', { model: plan.model, workflow: plan.workflow })}
      </Typography>
      <SimulationTimeline steps={progress.steps} running={progress.running} onGoToLine={onGoToLine} />
      {result ? (
        <SimulationFinalRow result={result} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('simulation.finalRowPending')}
        </Typography>
      )}
      {plan.notes.length > 0 && (
        <Box
          component="ul"
          aria-label={t('simulation.simplifications')}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {plan.notes.map((note) => (
            <Box component="li" key={note} sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start' }}>
              <InfoOutlinedIcon sx={{ fontSize: 14, mt: '2px', color: 'text.secondary' }} />
              <Typography variant="caption" color="text.secondary">
                {note}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Stack>
  );
}
