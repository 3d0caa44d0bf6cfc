import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useSandboxState } from '../sandbox/use-sandbox-state';
import { SimulationFinalRow } from './SimulationFinalRow';
import { SimulationTimeline } from './SimulationTimeline';
import type { SimulationProgress } from './use-simulation';

function Summary({ progress }: { progress: SimulationProgress }) {
  const sandboxState = useSandboxState();
  const fired = progress.plan.steps.flatMap((step) => step.events.filter((event) => event.fired));
  const { result, failure, running } = progress;
  if (failure)
    return <Alert severity="error">The Python sandbox failed, so the simulation stopped: {failure}</Alert>;
  if (result) {
    if (fired.length === 0) {
      return (
        <Alert severity="info">
          No approval event of {progress.plan.model} fires for this action; nothing ran.
        </Alert>
      );
    }
    if (result.ok) {
      return (
        <Alert severity="success">
          {fired.length} event{fired.length === 1 ? '' : 's'} fired and ran without error.
        </Alert>
      );
    }
    return (
      <Alert severity="error">
        {result.stoppedBy
          ? `${result.stoppedBy.fullName} ${result.stoppedBy.timedOut ? 'ran out of time' : 'raised an error'}, so the approval action stopped there.`
          : 'Not every fired event could run; see the timeline.'}
      </Alert>
    );
  }
  const current = running ? progress.steps[running.step]?.events[running.event] : undefined;
  const done = progress.steps.flatMap((step) => step.events.filter((event) => event.result)).length;
  const text =
    sandboxState === 'loading'
      ? 'Waiting for Python to load…'
      : `Running ${current?.fullName ?? 'the handlers'} (${Math.min(done + 1, fired.length)} of ${fired.length})…`;
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
  const { plan, result } = progress;
  return (
    <Stack spacing={2}>
      <Summary progress={progress} />
      <Typography variant="caption" color="text.secondary">
        {plan.model} through {plan.workflow}
      </Typography>
      <SimulationTimeline steps={progress.steps} running={progress.running} onGoToLine={onGoToLine} />
      {result ? (
        <SimulationFinalRow result={result} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          The final row appears once every fired event has run.
        </Typography>
      )}
      {plan.notes.length > 0 && (
        <Box component="ul" aria-label="Simplifications" sx={{ listStyle: 'none', p: 0, m: 0 }}>
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
