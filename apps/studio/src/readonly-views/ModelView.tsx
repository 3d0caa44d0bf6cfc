import type { ModelInfo } from '@event-studio/runtime';
import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { ElementHeading } from './ElementHeading';

/** A model, read-only: its fields (as model.py declares them) in a table. */
export function ModelView({ model }: { model: ModelInfo }) {
  return (
    <Box sx={{ p: 2 }}>
      <ElementHeading title={model.title} fullName={model.fullName} />
      {model.fields.length === 0 ? (
        <Typography color="text.secondary">No fields were found in {model.folder}/model.py.</Typography>
      ) : (
        <TableContainer sx={{ maxWidth: 760 }}>
          <Table size="small" aria-label={`Fields of ${model.fullName}`}>
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Title</TableCell>
                <TableCell>Type</TableCell>
                <TableCell>Notes</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {model.fields.map((field) => (
                <TableRow key={field.name}>
                  <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace' }}>
                    {field.name}
                  </TableCell>
                  <TableCell>{field.title ?? ''}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{field.type}</TableCell>
                  <TableCell sx={{ color: 'text.secondary' }}>{fieldNotes(field)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}

/** What else a handler author should know about a field: key, origin and choices. */
function fieldNotes(field: ModelInfo['fields'][number]): string {
  const notes: string[] = [];
  if (field.primaryKey) notes.push('primary key');
  if (field.inheritedFrom) notes.push(`from ${field.inheritedFrom}`);
  if (field.options?.length) notes.push(`options: ${field.options.join(', ')}`);
  return notes.join('; ');
}
