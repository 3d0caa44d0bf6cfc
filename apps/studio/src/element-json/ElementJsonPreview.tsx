import { eJsonPath } from '@event-studio/runtime';
import { Box, Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileText } from '../workspace/use-workspace';
import { DiffLineRow } from './DiffLineRow';
import { type LineDiff, lineDiff } from './line-diff';
import { type BaselineText, useBaselineText } from './use-baseline-text';

function diffAgainst(baseline: BaselineText, text: string): LineDiff {
  // Without the exported text there is nothing to compare with: the file is shown as it is.
  if (baseline.kind === 'unknown') return lineDiff(text, text);
  return lineDiff(baseline.kind === 'known' ? baseline.text : undefined, text);
}

/**
 * The element's e.json as the form writes it, live, with its difference from the e.json of the last
 * export (or of when the app was opened): every edit is kept in the browser at once, so the export
 * is what "saved" means to the platform.
 */
export function ElementJsonPreview({ folder }: { folder: string }) {
  const { t } = useTranslation();
  const path = eJsonPath(folder);
  const text = useFileText(path) ?? '';
  const baseline = useBaselineText(path);
  const diff = useMemo(() => diffAgainst(baseline, text), [baseline, text]);

  const summary =
    baseline.kind === 'unknown'
      ? t('elementJson.unknown')
      : baseline.kind === 'absent'
        ? t('elementJson.new')
        : diff.added + diff.removed === 0
          ? t('elementJson.same')
          : t('elementJson.changed', { added: diff.added, removed: diff.removed });
  const addedLabel = t('elementJson.added');
  const removedLabel = t('elementJson.removed');

  return (
    <Stack sx={{ height: '100%', minHeight: 0 }}>
      <Typography variant="caption" color="text.secondary" sx={{ px: 1.5, py: 0.5 }}>
        {summary}
      </Typography>
      <Box
        role="region"
        aria-label={t('elementJson.label', { path })}
        // Focusable so the keyboard can scroll it.
        tabIndex={0}
        sx={{
          flex: 1,
          overflow: 'auto',
          py: 0.5,
          fontFamily: 'Consolas, "Courier New", monospace',
          fontSize: 13,
          lineHeight: '19px',
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
        }}
      >
        {/* As wide as the longest line when the pane is narrower: every changed line's tint then
            runs the width of the text, however far it is scrolled sideways. */}
        <Box sx={{ width: 'max-content', minWidth: '100%' }}>
          {diff.lines.map((line, index) => (
            <DiffLineRow
              // A line of the file is known by its number; a removed line has none, so by its place.
              key={line.number === undefined ? `removed:${index}` : line.number}
              line={line}
              addedLabel={addedLabel}
              removedLabel={removedLabel}
            />
          ))}
        </Box>
      </Box>
    </Stack>
  );
}
