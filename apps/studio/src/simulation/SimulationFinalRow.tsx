import type { PlainValue, SimulationResult } from '@event-studio/runtime';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';

function show(value: PlainValue | undefined): string {
  return value === undefined ? '—' : JSON.stringify(value);
}

/** The row as the action leaves it: the changed fields, before → after, and why it stopped if it did. */
export function SimulationFinalRow({ result }: { result: SimulationResult }) {
  const { before, after, changed } = result.row;
  const unchanged = new Set([...Object.keys(before), ...Object.keys(after)]).size - changed.length;
  return (
    <Box role="region" aria-label="Final row">
      <Typography variant="subtitle2" component="h4" gutterBottom>
        Final row
      </Typography>
      {result.stoppedBy && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {result.stoppedBy.fullName} {result.stoppedBy.timedOut ? 'ran out of time' : 'raised an error'},
          which aborts the approval action: the events after it did not run and its changes to the row are not
          kept.
        </Alert>
      )}
      {changed.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No field changed.
        </Typography>
      ) : (
        <Table size="small" aria-label="Changed fields" sx={{ maxWidth: 720 }}>
          <TableHead>
            <TableRow>
              <TableCell>Field</TableCell>
              <TableCell>Before</TableCell>
              <TableCell>After</TableCell>
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
          {unchanged} other field{unchanged === 1 ? '' : 's'} unchanged.
        </Typography>
      )}
    </Box>
  );
}
