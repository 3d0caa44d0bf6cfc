import type { RunResult } from '@event-studio/runtime';
import { Button, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowRun } from './use-test-runner';

function outcomeChip(t: TFunction, result: RunResult) {
  if (!result.fired) return <Chip size="small" label={t('testPanel.batch.notFired')} variant="outlined" />;
  if (result.timedOut) return <Chip size="small" color="warning" label={t('testPanel.batch.stopped')} />;
  if (result.error)
    return (
      <Chip size="small" color="error" label={t('testPanel.batch.error', { type: result.error.type })} />
    );
  return <Chip size="small" color="success" label={t('common.ok')} variant="outlined" />;
}

/** One line per row of a Run all rows: outcome, changed fields, saves; a click shows that row in full. */
export const BatchSummary = memo(function BatchSummary({
  runs,
  shown,
  onShow,
}: {
  runs: RowRun[];
  shown: number;
  onShow: (index: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-label={t('testPanel.batch.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('common.row')}</TableCell>
          <TableCell>{t('testPanel.batch.outcome')}</TableCell>
          <TableCell>{t('testPanel.batch.changedFields')}</TableCell>
          <TableCell align="right">{t('testPanel.batch.saves')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {runs.map(({ rowNumber, result }, index) => (
          <TableRow
            key={rowNumber}
            hover
            selected={index === shown}
            onClick={() => onShow(index)}
            sx={{ cursor: 'pointer' }}
          >
            <TableCell>
              <Button
                size="small"
                aria-pressed={index === shown}
                aria-label={t('testPanel.batch.showRow', { number: rowNumber })}
                onClick={(e) => {
                  e.stopPropagation();
                  onShow(index);
                }}
              >
                {t('testPanel.batch.rowNumber', { number: rowNumber })}
              </Button>
            </TableCell>
            <TableCell>{outcomeChip(t, result)}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace' }}>
              {result.row.changed.length > 0 ? result.row.changed.join(', ') : '—'}
            </TableCell>
            <TableCell align="right">{result.saves}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
});
