import type { EventInput, RunResult, SimulatedEvent } from '@event-studio/runtime';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, Button, Chip, CircularProgress, Collapse, Stack, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppText } from '../app-text/AppText';
import { RunResultView } from '../test-panel/RunResultView';

function describeInput(input: EventInput): string {
  return Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(', ');
}

/** The one-line gist of a run: what changed, how much it logged, whether it saved. */
function summarise(t: TFunction, result: RunResult): string {
  if (!result.fired) return result.notFiredReason ?? t('simulation.didNotFire');
  const parts = [
    result.row.changed.length > 0
      ? t('simulation.changed', { fields: result.row.changed.join(', ') })
      : t('simulation.noChange'),
    t('simulation.logCount', { count: result.logs.length }),
    `save() ×${result.saves}`,
  ];
  if (result.error) {
    const where = result.error.line === null ? '' : t('simulation.atLine', { line: result.error.line });
    parts.unshift(`${result.error.type}: ${result.error.message}${where}`);
  }
  return parts.join(' · ');
}

function Outcome({ event, running }: { event: SimulatedEvent; running: boolean }) {
  const { t } = useTranslation();
  const { result } = event;
  if (result) {
    if (!result.error) return <Chip size="small" color="success" label={t('common.ok')} />;
    return (
      <Chip
        size="small"
        color="error"
        label={result.timedOut ? t('simulation.timedOut') : t('simulation.error')}
      />
    );
  }
  if (event.notRun)
    return <Chip size="small" color="warning" variant="outlined" label={t('common.notRun')} />;
  if (running)
    return <Chip size="small" icon={<CircularProgress size={12} />} label={t('simulation.running')} />;
  return <Chip size="small" variant="outlined" label={t('simulation.waiting')} />;
}

/**
 * One approval event at one moment of the timeline: greyed with the reason when it does not fire,
 * otherwise its outcome, with the full run result one click away.
 */
export function SimulatedEventView({
  event,
  running,
  onGoToLine,
}: {
  event: SimulatedEvent;
  /** True while this event's handler runs. */
  running: boolean;
  onGoToLine: (line: number) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const { result } = event;

  if (!event.fired) {
    return (
      <Box role="region" aria-label={event.fullName} sx={{ color: 'text.disabled', py: 0.5 }}>
        <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
          <AppText text={event.fullName} />
        </Typography>
        <Typography variant="caption">
          {t('simulation.doesNotFire', { reason: event.reason ?? t('simulation.triggerMismatch') })}
        </Typography>
      </Box>
    );
  }

  return (
    <Box role="region" aria-label={event.fullName} sx={{ py: 0.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
          <AppText text={event.fullName} />
        </Typography>
        <Outcome event={event} running={running} />
        {result?.fired && (
          <Button
            size="small"
            aria-expanded={open}
            aria-controls={detailsId}
            endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            onClick={() => setOpen((value) => !value)}
            sx={{ ml: 'auto' }}
          >
            {t('simulation.details')}
          </Button>
        )}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ fontFamily: 'monospace' }}>
        {t('simulation.input', { input: describeInput(event.input) || t('common.none') })}
      </Typography>
      {result && (
        <Typography variant="body2" color={result.error ? 'error' : 'text.primary'}>
          {summarise(t, result)}
        </Typography>
      )}
      {event.notRun && (
        <Typography variant="body2" color="warning.main">
          {event.notRun}
        </Typography>
      )}
      {result && (
        <Collapse in={open} id={detailsId}>
          <Box sx={{ mt: 1, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1, overflowX: 'auto' }}>
            <RunResultView result={result} onGoToLine={onGoToLine} />
          </Box>
        </Collapse>
      )}
    </Box>
  );
}
