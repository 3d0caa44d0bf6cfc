import type { ModelInfo } from '@event-studio/runtime';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import {
  Box,
  IconButton,
  Radio,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppText } from '../app-text/AppText';
import { RowCell } from './RowCell';
import type { SampleRowsState } from './use-sample-rows';

/** The sample rows as a table, one column per model field; the radio picks the row `Run` uses. */
export const SampleRowsTable = memo(function SampleRowsTable({
  model,
  rows,
}: {
  model: ModelInfo;
  rows: SampleRowsState;
}) {
  const { t } = useTranslation();
  return (
    <Box sx={{ overflowX: 'auto', maxHeight: 360, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label={t('testPanel.rows.label')}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" sx={{ whiteSpace: 'nowrap' }}>
              {t('common.run')}
            </TableCell>
            <TableCell>#</TableCell>
            {model.fields.map((field) => (
              <TableCell key={field.name} sx={{ whiteSpace: 'nowrap' }}>
                <Typography variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                  <AppText text={field.name} />
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {field.title ? (
                    <>
                      <AppText text={field.title} />
                      {' · '}
                    </>
                  ) : (
                    ''
                  )}
                  {field.type}
                </Typography>
              </TableCell>
            ))}
            <TableCell aria-label={t('testPanel.rows.remove')} />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.rows.map((row, index) => {
            const number = index + 1;
            return (
              <TableRow key={row.id} selected={row.id === rows.selectedId}>
                <TableCell padding="checkbox">
                  <Radio
                    size="small"
                    checked={row.id === rows.selectedId}
                    onChange={() => rows.select(row.id)}
                    slotProps={{ input: { 'aria-label': t('testPanel.rows.useRow', { number }) } }}
                  />
                </TableCell>
                <TableCell>{number}</TableCell>
                {model.fields.map((field) => (
                  <TableCell key={field.name} sx={{ py: 0.5 }}>
                    <RowCell
                      field={field}
                      value={row.values[field.name]}
                      rowNumber={number}
                      onChange={(value) => rows.setCell(row.id, field.name, value)}
                    />
                  </TableCell>
                ))}
                <TableCell padding="checkbox">
                  <Tooltip title={t('testPanel.rows.removeThisRow')}>
                    <IconButton
                      aria-label={t('testPanel.rows.removeRow', { number })}
                      size="small"
                      onClick={() => rows.remove(row.id)}
                    >
                      <DeleteOutlineIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
});
