import type { ModelField, ModelInfo } from '@event-studio/runtime';
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
import { alpha, type SxProps, type Theme } from '@mui/material/styles';
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppText, appTextString } from '../app-text/AppText';
import { type CellDrafts, cellDraftKey } from './cell-drafts';
import { fieldColumnWidth } from './column-width';
import { RowCell } from './RowCell';
import type { SampleRowsState } from './use-sample-rows';
import { useTableWindow } from './use-table-window';

const RUN_WIDTH = 56;
const NUMBER_WIDTH = 52;
const REMOVE_WIDTH = 56;
/** The columns around the fields: Run and # on the left, remove on the right. */
const FIXED_COLUMNS = 3;

/** Where a pinned column sits: its side, its distance from that side, its width. */
interface Pin {
  side: 'left' | 'right';
  offset: number;
  width: number;
}
const RUN_PIN: Pin = { side: 'left', offset: 0, width: RUN_WIDTH };
const NUMBER_PIN: Pin = { side: 'left', offset: RUN_WIDTH, width: NUMBER_WIDTH };
const REMOVE_PIN: Pin = { side: 'right', offset: 0, width: REMOVE_WIDTH };

/** A selected row's tint, drawn over a pinned cell's opaque background as the row's other cells show it. */
function selectedTint(theme: Theme): string {
  const tint = alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity);
  return `linear-gradient(${tint}, ${tint})`;
}

/** A cell that stays in view while the fields scroll sideways: over them, so opaque. */
function pinned({ side, offset, width }: Pin, selected = false): SxProps<Theme> {
  // The columns next to the fields draw the edge the fields scroll under.
  const edge = side === 'right' ? 'borderLeft' : offset > 0 ? 'borderRight' : undefined;
  return {
    position: 'sticky',
    [side]: offset,
    width,
    px: 0.5,
    textAlign: 'center',
    zIndex: 1,
    bgcolor: 'background.paper',
    backgroundImage: selected ? selectedTint : undefined,
    ...(edge ? { [edge]: 1, [`${edge}Color`]: 'divider' } : {}),
  };
}

/** A pinned header cell: above the pinned body cells and the scrolling header cells. */
function pinnedHeader(pin: Pin): SxProps<Theme> {
  return { ...pinned(pin), zIndex: 3 };
}

/** Empty cells standing for the columns or rows not rendered, so the scrollbars are right. */
function Spacer({ width }: { width: number }) {
  return width > 0 ? <TableCell aria-hidden sx={{ width, p: 0, border: 0 }} /> : null;
}

function FieldHeader({ field, index, width }: { field: ModelField; index: number; width: number }) {
  const about = `${field.name}${field.title ? ` · ${appTextString(field.title)}` : ''} · ${field.type}`;
  return (
    <TableCell aria-colindex={index} title={about} sx={{ width, whiteSpace: 'nowrap', overflow: 'hidden' }}>
      <Typography
        variant="body2"
        noWrap
        sx={{ fontFamily: 'monospace', fontWeight: 600, textOverflow: 'ellipsis' }}
      >
        <AppText text={field.name} />
      </Typography>
      <Typography variant="caption" color="text.secondary" noWrap component="div">
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
  );
}

/**
 * The sample rows as a table, one column per model field; the radio picks the row `Run` uses.
 * Only the rows and columns near the view are in the page (a model may have thousands of fields);
 * the Run, # and remove columns stay in view while the fields scroll.
 */
export const SampleRowsTable = memo(function SampleRowsTable({
  model,
  rows,
}: {
  model: ModelInfo;
  rows: SampleRowsState;
}) {
  const { t } = useTranslation();
  const fields = model.fields;
  const columnWidth = useCallback((index: number) => fieldColumnWidth(fields[index]!), [fields]);
  const view = useTableWindow(rows.rows.length, fields.length, columnWidth);
  // Half-typed cells outlive their inputs; rows are numbered by place, so a row added or removed
  // (or another model) starts afresh rather than showing a draft in the wrong row.
  const rowCount = rows.rows.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new set of rows or fields is the reason for new drafts.
  const drafts = useMemo<CellDrafts>(() => new Map(), [rowCount, fields]);
  const cellCount = fields.length + FIXED_COLUMNS;
  const tableWidth = RUN_WIDTH + NUMBER_WIDTH + view.columnsWidth + REMOVE_WIDTH;
  // What a row holds in the page: the fixed cells, the rendered fields and the spacers beside them.
  const renderedCells =
    FIXED_COLUMNS + view.columns.length + Number(view.spaceLeft > 0) + Number(view.spaceRight > 0);

  return (
    <Box
      ref={view.scroller}
      sx={{ overflow: 'auto', maxHeight: 360, border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Table
        size="small"
        stickyHeader
        aria-label={t('testPanel.rows.label')}
        aria-rowcount={rowCount + 1}
        aria-colcount={cellCount}
        sx={{ tableLayout: 'fixed', width: tableWidth }}
      >
        <TableHead>
          <TableRow aria-rowindex={1}>
            <TableCell padding="none" aria-colindex={1} sx={pinnedHeader(RUN_PIN)}>
              {t('common.run')}
            </TableCell>
            <TableCell aria-colindex={2} sx={pinnedHeader(NUMBER_PIN)}>
              #
            </TableCell>
            <Spacer width={view.spaceLeft} />
            {view.columns.map((column) => (
              <FieldHeader
                key={column.key}
                field={fields[column.index]!}
                index={column.index + 3}
                width={column.size}
              />
            ))}
            <Spacer width={view.spaceRight} />
            <TableCell
              aria-colindex={cellCount}
              aria-label={t('testPanel.rows.remove')}
              sx={pinnedHeader(REMOVE_PIN)}
            />
          </TableRow>
        </TableHead>
        <TableBody>
          {view.spaceAbove > 0 && (
            <TableRow aria-hidden>
              <TableCell colSpan={renderedCells} sx={{ height: view.spaceAbove, p: 0, border: 0 }} />
            </TableRow>
          )}
          {view.rows.map(({ index }) => {
            const row = rows.rows[index]!;
            const number = index + 1;
            const selected = row.id === rows.selectedId;
            return (
              <TableRow key={row.id} selected={selected} aria-rowindex={number + 1}>
                <TableCell padding="none" aria-colindex={1} sx={pinned(RUN_PIN, selected)}>
                  <Radio
                    size="small"
                    checked={selected}
                    onChange={() => rows.select(row.id)}
                    slotProps={{ input: { 'aria-label': t('testPanel.rows.useRow', { number }) } }}
                  />
                </TableCell>
                <TableCell aria-colindex={2} sx={pinned(NUMBER_PIN, selected)}>
                  {number}
                </TableCell>
                <Spacer width={view.spaceLeft} />
                {view.columns.map((column) => {
                  const field = fields[column.index]!;
                  return (
                    <TableCell key={column.key} aria-colindex={column.index + 3} sx={{ py: 0.5 }}>
                      <RowCell
                        field={field}
                        value={row.values[field.name]}
                        rowNumber={number}
                        onChange={(value) => rows.setCell(row.id, field.name, value)}
                        drafts={drafts}
                        draftKey={cellDraftKey(row.id, field.name)}
                      />
                    </TableCell>
                  );
                })}
                <Spacer width={view.spaceRight} />
                <TableCell padding="none" aria-colindex={cellCount} sx={pinned(REMOVE_PIN, selected)}>
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
          {view.spaceBelow > 0 && (
            <TableRow aria-hidden>
              <TableCell colSpan={renderedCells} sx={{ height: view.spaceBelow, p: 0, border: 0 }} />
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Box>
  );
});
