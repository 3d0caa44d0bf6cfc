import type { ModelChanges, PlainValue, SampleRow } from '@event-studio/runtime';
import { Box, type Theme, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { numbered } from './numbered';

// One list styled from its root, like the result's log list: a run may add or change many rows.
const CHANGE_LIST_STYLE = (theme: Theme) => {
  const { palette } = theme.vars ?? theme;
  return {
    listStyle: 'none',
    p: 0,
    m: 0,
    '& li': { display: 'flex', gap: 1, alignItems: 'baseline', py: 0.25 },
    '& li > span': { flex: 'none', minWidth: 56, fontSize: theme.typography.caption.fontSize },
    '& li[data-kind="added"] > span': { color: palette.success.main },
    '& li[data-kind="deleted"] > span': { color: palette.error.main },
    '& li[data-kind="changed"] > span': { color: palette.warning.main },
    '& li > code': { fontFamily: 'monospace', fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' },
  } as const;
};

function show(value: PlainValue | undefined): string {
  return value === undefined ? '—' : JSON.stringify(value);
}

/** `amount: 100 → 0, status: "new" → "paid"` for the fields that differ. */
function changedText(fields: string[], before: SampleRow, after: SampleRow): string {
  return fields.map((f) => `${f}: ${show(before[f])} → ${show(after[f])}`).join(', ');
}

/** The rows a run added, changed and deleted in each model, as the database would hold them after it. */
export function ModelChangesView({ changes }: { changes: ModelChanges[] }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {t('testPanel.result.modelChanges')}
      </Typography>
      {changes.map((model) => (
        <Box key={model.model} sx={{ mb: 1 }}>
          <Typography variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
            {model.model}
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
              {t('testPanel.result.modelChangeCounts', {
                added: model.added.length,
                changed: model.changed.length,
                deleted: model.deleted.length,
              })}
            </Typography>
          </Typography>
          <Box component="ul" aria-label={model.model} sx={CHANGE_LIST_STYLE}>
            {numbered(model.added, 'added').map(({ item: row, key }) => (
              <li key={key} data-kind="added">
                <span>{t('testPanel.result.modelRowAdded')}</span>
                <code>{show(row)}</code>
              </li>
            ))}
            {numbered(model.changed, 'changed').map(({ item: row, key }) => (
              <li key={key} data-kind="changed">
                <span>{t('testPanel.result.modelRowChanged')}</span>
                <code>
                  id {show(row.id)}: {changedText(row.fields, row.before, row.after)}
                </code>
              </li>
            ))}
            {numbered(model.deleted, 'deleted').map(({ item: row, key }) => (
              <li key={key} data-kind="deleted">
                <span>{t('testPanel.result.modelRowDeleted')}</span>
                <code>{show(row)}</code>
              </li>
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
