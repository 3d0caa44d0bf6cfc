import type { RunResult } from '@event-studio/runtime';
import { Button, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { RowRun } from './use-test-runner';

function outcomeChip(result: RunResult) {
  if (!result.fired) return <Chip size="small" label="not fired" variant="outlined" />;
  if (result.timedOut) return <Chip size="small" color="warning" label="stopped" />;
  if (result.error) return <Chip size="small" color="error" label={`error: ${result.error.type}`} />;
  return <Chip size="small" color="success" label="ok" variant="outlined" />;
}

/** One line per row of a Run all rows: outcome, changed fields, saves; a click shows that row in full. */
export function BatchSummary({
  runs,
  shown,
  onShow,
}: {
  runs: RowRun[];
  shown: number;
  onShow: (index: number) => void;
}) {
  return (
    <Table size="small" aria-label="Results by row">
      <TableHead>
        <TableRow>
          <TableCell>Row</TableCell>
          <TableCell>Outcome</TableCell>
          <TableCell>Changed fields</TableCell>
          <TableCell align="right">Saves</TableCell>
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
                aria-label={`Show row ${rowNumber}'s result`}
                onClick={(e) => {
                  e.stopPropagation();
                  onShow(index);
                }}
              >
                Row {rowNumber}
              </Button>
            </TableCell>
            <TableCell>{outcomeChip(result)}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace' }}>
              {result.row.changed.length > 0 ? result.row.changed.join(', ') : '—'}
            </TableCell>
            <TableCell align="right">{result.saves}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
