import type { LogLevel, PlainValue, RunResult } from '@event-studio/runtime';
import { Alert, AlertTitle, Box, Button, Stack, type Theme, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ModelChangesView } from './ModelChangesView';
import { numbered } from './numbered';

const LEVEL_COLOR: Record<LogLevel, 'default' | 'info' | 'warning' | 'error' | 'success'> = {
  debug: 'default',
  info: 'info',
  warning: 'warning',
  error: 'error',
  exception: 'error',
  print: 'default',
};

function show(value: PlainValue | undefined): string {
  return value === undefined ? '—' : JSON.stringify(value);
}

// A plain table styled once from its root: it is re-rendered on every run, and MUI's Table would
// style each of its ~40 cells one by one (most of a run's rendering time).
const ROW_DIFF_STYLE = (theme: Theme) => {
  const { palette } = theme.vars ?? theme;
  return {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: theme.typography.body2.fontSize,
    '& th, & td': {
      textAlign: 'left',
      padding: '6px 16px',
      borderBottom: `1px solid ${palette.divider}`,
    },
    '& th': { fontWeight: theme.typography.fontWeightMedium },
    '& td': { fontFamily: 'monospace' },
    '& tr[data-changed]': { backgroundColor: palette.action.selected },
    '& tr[data-changed] td:last-child': { fontWeight: theme.typography.fontWeightBold },
  } as const;
};

// Like the row diff, one list styled from its root: a Chip per log line was most of a run's rendering.
const LOG_LIST_STYLE = (theme: Theme) => {
  const { palette } = theme.vars ?? theme;
  const levels = Object.fromEntries(
    (['info', 'warning', 'error', 'success'] as const).map((color) => [
      `& li[data-level="${color}"] > span`,
      { color: palette[color].main, borderColor: palette[color].main },
    ]),
  );
  return {
    listStyle: 'none',
    p: 0,
    m: 0,
    '& li': { display: 'flex', gap: 1, alignItems: 'baseline', py: 0.25 },
    '& li > span': {
      flex: 'none',
      px: 1,
      lineHeight: '22px',
      borderRadius: '11px',
      border: `1px solid ${palette.text.secondary}`,
      color: palette.text.secondary,
      fontSize: theme.typography.caption.fontSize,
    },
    '& li > code': { fontFamily: 'monospace', fontSize: 12, whiteSpace: 'pre-wrap' },
    ...levels,
  } as const;
};

function RowDiff({ result }: { result: RunResult }) {
  const { before, after, changed } = result.row;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const { t } = useTranslation();
  return (
    <Box component="table" aria-label={t('testPanel.result.rowDiff')} sx={ROW_DIFF_STYLE}>
      <thead>
        <tr>
          <th>{t('common.field')}</th>
          <th>{t('common.before')}</th>
          <th>{t('common.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field} data-changed={changed.includes(field) || undefined}>
            <td>{field}</td>
            <td>{show(before[field])}</td>
            <td>{show(after[field])}</td>
          </tr>
        ))}
      </tbody>
    </Box>
  );
}

/** One run's outcome: whether it fired, its logs, its error (with a jump to the line) and the row. */
export const RunResultView = memo(function RunResultView({
  result,
  onGoToLine,
}: {
  result: RunResult;
  onGoToLine: (line: number) => void;
}) {
  const { t } = useTranslation();
  if (!result.fired) {
    return (
      <Alert severity="info" role="status">
        <AlertTitle>{t('testPanel.result.notFired')}</AlertTitle>
        {result.notFiredReason ?? t('testPanel.result.notFiredDefault')}
      </Alert>
    );
  }
  const { error } = result;
  return (
    <Stack spacing={1.5} role="region" aria-label={t('testPanel.result.label')}>
      {error ? (
        <Alert
          severity="error"
          action={
            error.line !== null ? (
              <Button color="inherit" onClick={() => onGoToLine(error.line as number)}>
                {t('testPanel.result.goToLine', { line: error.line })}
              </Button>
            ) : undefined
          }
        >
          <AlertTitle>
            {error.type}: {error.message}
          </AlertTitle>
          {error.line !== null && (
            <Typography variant="body2">
              {t('testPanel.result.fileLine', { file: error.file ?? 'inner.py', line: error.line })}
            </Typography>
          )}
          {error.traceback && (
            <Box component="pre" sx={{ m: 0, mt: 1, fontSize: 12, whiteSpace: 'pre-wrap' }}>
              {error.traceback}
            </Box>
          )}
        </Alert>
      ) : (
        <Alert severity="success" role="status">
          {t('testPanel.result.returned', {
            ms: Math.round(result.durationMs),
            count: result.saves,
            serviceCalls:
              result.serviceCalls.length > 0
                ? t('testPanel.result.serviceCallCount', { calls: result.serviceCalls.length })
                : '',
          })}
        </Alert>
      )}
      <Box>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {t('testPanel.result.logs')}
        </Typography>
        {result.logs.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('testPanel.result.noLogs')}
          </Typography>
        ) : (
          <Box component="ul" aria-label={t('testPanel.result.logs')} sx={LOG_LIST_STYLE}>
            {numbered(result.logs).map(({ item: log, key }) => (
              <li key={key} data-level={LEVEL_COLOR[log.level]}>
                <span>{log.level}</span>
                <code>{log.message}</code>
              </li>
            ))}
          </Box>
        )}
      </Box>
      {result.serviceCalls.length > 0 && (
        <Box>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            {t('testPanel.result.serviceCalls')}
          </Typography>
          {numbered(result.serviceCalls).map(({ item: call, key }) => (
            <Typography key={key} variant="body2" sx={{ fontFamily: 'monospace' }}>
              {call.func}({show(call.args)})
            </Typography>
          ))}
        </Box>
      )}
      {result.modelChanges && result.modelChanges.length > 0 && (
        <ModelChangesView changes={result.modelChanges} />
      )}
      <Box>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {t('common.row')}
        </Typography>
        <RowDiff result={result} />
      </Box>
    </Stack>
  );
});
