import type { SimulatedStep } from '@event-studio/runtime';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EventPosition } from './reporting-sandbox';
import { SimulatedEventView } from './SimulatedEventView';
import { stepHeading } from './step-heading';

const DOT = 28;

function StepItem({
  step,
  number,
  last,
  showStatus,
  runningEvent,
  onGoToLine,
}: {
  step: SimulatedStep;
  number: number;
  last: boolean;
  /** The status is shown where it is first known and where it changes, not on every step. */
  showStatus: boolean;
  runningEvent: number | undefined;
  onGoToLine: (fullName: string, line: number) => void;
}) {
  const { t } = useTranslation();
  const fired = step.events.filter((event) => event.fired).length;
  return (
    <Box component="li" sx={{ position: 'relative', pl: `${DOT + 14}px`, pb: last ? 0 : 2.5 }}>
      {/* The rail joining the numbered dots is what makes the list read as a sequence in time. */}
      {!last && (
        <Box
          aria-hidden
          sx={{ position: 'absolute', left: DOT / 2 - 1, top: DOT, bottom: 0, width: 2, bgcolor: 'divider' }}
        />
      )}
      <Box
        aria-hidden
        sx={{
          position: 'absolute',
          left: 0,
          top: 0,
          width: DOT,
          height: DOT,
          borderRadius: '50%',
          display: 'grid',
          placeItems: 'center',
          fontSize: 13,
          fontWeight: 600,
          bgcolor: fired > 0 ? 'primary.main' : 'action.selected',
          color: fired > 0 ? 'primary.contrastText' : 'text.secondary',
        }}
      >
        {number}
      </Box>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap', minHeight: DOT }}>
        <Typography variant="subtitle2" component="h4">
          {stepHeading(t, step)}
        </Typography>
        {showStatus && step.status && step.moment !== 'Process' && (
          <Chip size="small" variant="outlined" label={t('simulation.statusChip', { status: step.status })} />
        )}
        {step.triggerNode && (
          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            {t('simulation.trigger', { node: step.triggerNode })}
          </Typography>
        )}
      </Stack>
      {step.events.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('simulation.nobodyListens', { moment: step.moment })}
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-label={t('simulation.eventsAtStep', { number })}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {step.events.map((event, index) => (
            <Box component="li" key={event.fullName}>
              <SimulatedEventView
                event={event}
                running={runningEvent === index}
                onGoToLine={(line) => onGoToLine(event.fullName, line)}
              />
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}

/** The action's moments in order, each with the app's events at that moment and their outcomes. */
export function SimulationTimeline({
  steps,
  running,
  onGoToLine,
}: {
  steps: SimulatedStep[];
  running: EventPosition | undefined;
  onGoToLine: (fullName: string, line: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Box component="ol" aria-label={t('simulation.timeline')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {steps.map((step, index) => (
        <StepItem
          // A plan reaches each node at most once per moment (loops are not followed twice).
          key={`${step.moment}:${step.triggerNode ?? step.node ?? ''}`}
          step={step}
          number={index + 1}
          last={index === steps.length - 1}
          showStatus={index === 0 || steps[index - 1]?.status !== step.status}
          runningEvent={running?.step === index ? running.event : undefined}
          onGoToLine={onGoToLine}
        />
      ))}
    </Box>
  );
}
