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
  return (
    <Table size="small" aria-label="Row before and after">
      <TableHead>
        <TableRow>
          <TableCell>Field</TableCell>
          <TableCell>Before</TableCell>
          <TableCell>After</TableCell>
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
export function RunResultView({
  result,
  onGoToLine,
}: {
  result: RunResult;
  onGoToLine: (line: number) => void;
}) {
  if (!result.fired) {
    return (
      <Alert severity="info" role="status">
        <AlertTitle>The event did not fire</AlertTitle>
        {result.notFiredReason ?? 'Its trigger conditions were not met, so the handler was not called.'}
      </Alert>
    );
  }
  const { error } = result;
  return (
    <Stack spacing={1.5} role="region" aria-label="Run result">
      {error ? (
        <Alert
          severity="error"
          action={
            error.line !== null ? (
              <Button color="inherit" onClick={() => onGoToLine(error.line as number)}>
                Go to line {error.line}
              </Button>
            ) : undefined
          }
        >
          <AlertTitle>
            {error.type}: {error.message}
          </AlertTitle>
          {error.line !== null && (
            <Typography variant="body2">
              {error.file ?? 'inner.py'}, line {error.line}
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
          Handler returned in {Math.round(result.durationMs)} ms; save() called {result.saves} time
          {result.saves === 1 ? '' : 's'}
          {result.serviceCalls.length > 0 && `; ${result.serviceCalls.length} service call(s)`}.
        </Alert>
      )}
      <Box>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Logs
        </Typography>
        {result.logs.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No log output.
          </Typography>
        ) : (
          <Box component="ul" aria-label="Logs" sx={{ listStyle: 'none', p: 0, m: 0 }}>
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
            Service calls
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
          Row
        </Typography>
        <RowDiff result={result} />
      </Box>
    </Stack>
  );
}
