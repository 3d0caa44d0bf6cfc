import type { LogLevel, PlainValue, RunResult } from '@event-studio/runtime';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

const LEVEL_COLOR: Record<LogLevel, 'default' | 'info' | 'warning' | 'error' | 'success'> = {
  debug: 'default',
  info: 'info',
  warning: 'warning',
  error: 'error',
  exception: 'error',
  print: 'default',
};

/** Logs and calls have no identity beyond their place in one immutable result. */
function numbered<T>(items: readonly T[]): { item: T; key: string }[] {
  return items.map((item, position) => ({ item, key: `#${position}` }));
}

function show(value: PlainValue | undefined): string {
  return value === undefined ? '—' : JSON.stringify(value);
}

function RowDiff({ result }: { result: RunResult }) {
  const { before, after, changed } = result.row;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const { t } = useTranslation();
  return (
    <Table size="small" aria-label={t('testPanel.result.rowDiff')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('common.field')}</TableCell>
          <TableCell>{t('common.before')}</TableCell>
          <TableCell>{t('common.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((field) => {
          const isChanged = changed.includes(field);
          return (
            <TableRow key={field} selected={isChanged} data-changed={isChanged || undefined}>
              <TableCell sx={{ fontFamily: 'monospace' }}>{field}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{show(before[field])}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontWeight: isChanged ? 700 : undefined }}>
                {show(after[field])}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
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
          <Box component="ul" aria-label={t('testPanel.result.logs')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {numbered(result.logs).map(({ item: log, key }) => (
              <Box
                component="li"
                key={key}
                sx={{ display: 'flex', gap: 1, alignItems: 'baseline', py: 0.25 }}
              >
                <Chip label={log.level} size="small" color={LEVEL_COLOR[log.level]} variant="outlined" />
                <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 12, whiteSpace: 'pre-wrap' }}>
                  {log.message}
                </Box>
              </Box>
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
      <Box>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {t('common.row')}
        </Typography>
        <RowDiff result={result} />
      </Box>
    </Stack>
  );
});
