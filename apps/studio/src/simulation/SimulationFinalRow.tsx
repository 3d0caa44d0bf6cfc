import type { PlainValue, SimulationResult } from '@event-studio/runtime';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

function show(value: PlainValue | undefined): string {
  return value === undefined ? '—' : JSON.stringify(value);
}

/** The row as the action leaves it: the changed fields, before → after, and why it stopped if it did. */
export function SimulationFinalRow({ result }: { result: SimulationResult }) {
  const { t } = useTranslation();
  const { before, after, changed } = result.row;
  const unchanged = new Set([...Object.keys(before), ...Object.keys(after)]).size - changed.length;
  return (
    <Box role="region" aria-label={t('simulation.finalRow')}>
      <Typography variant="subtitle2" component="h4" gutterBottom>
        {t('simulation.finalRow')}
      </Typography>
      {result.stoppedBy && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {t(result.stoppedBy.timedOut ? 'simulation.abortedTimedOut' : 'simulation.abortedError', {
            name: result.stoppedBy.fullName,
          })}
        </Alert>
      )}
      {changed.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('simulation.noFieldChanged')}
        </Typography>
      ) : (
        <Table size="small" aria-label={t('testPanel.batch.changedFields')} sx={{ maxWidth: 720 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('common.field')}</TableCell>
              <TableCell>{t('common.before')}</TableCell>
              <TableCell>{t('common.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changed.map((field) => (
              <TableRow key={field} data-changed="true">
                <TableCell sx={{ fontFamily: 'monospace' }}>{field}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{show(before[field])}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontWeight: 700 }}>{show(after[field])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {unchanged > 0 && (
        <Typography variant="caption" color="text.secondary">
          {t('simulation.unchanged', { count: unchanged })}
        </Typography>
      )}
    </Box>
  );
}
