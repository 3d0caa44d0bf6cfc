import { Box } from '@mui/material';
import { alpha } from '@mui/material/styles';
import visuallyHidden from '@mui/utils/visuallyHidden';
import type { DiffLine } from './line-diff';

const SIGN = { same: ' ', added: '+', removed: '−' } as const;
// <ins> and <del> say what happened to the line in the markup itself.
const ELEMENT = { same: 'div', added: 'ins', removed: 'del' } as const;

/** One line of a file with its difference marked: a sign, a tint, and words for screen readers. */
export function DiffLineRow({
  line,
  addedLabel,
  removedLabel,
}: {
  line: DiffLine;
  addedLabel: string;
  removedLabel: string;
}) {
  const tint = line.kind === 'added' ? 'success' : line.kind === 'removed' ? 'error' : undefined;
  return (
    <Box
      component={ELEMENT[line.kind]}
      data-diff={line.kind}
      sx={(theme) => ({
        display: 'grid',
        gridTemplateColumns: '4ch 2ch 1fr',
        textDecoration: 'none',
        whiteSpace: 'pre',
        color: 'text.primary',
        bgcolor: tint
          ? alpha(theme.palette[tint].main, theme.palette.mode === 'dark' ? 0.22 : 0.13)
          : undefined,
      })}
    >
      <Box component="span" aria-hidden sx={{ color: 'text.secondary', textAlign: 'right', pr: 1 }}>
        {line.number ?? ''}
      </Box>
      <Box component="span" aria-hidden sx={{ color: tint ? `${tint}.main` : undefined, fontWeight: 700 }}>
        {SIGN[line.kind]}
      </Box>
      <span>
        {line.kind !== 'same' && (
          <Box component="span" sx={visuallyHidden}>
            {line.kind === 'added' ? addedLabel : removedLabel}:{' '}
          </Box>
        )}
        {line.text}
      </span>
    </Box>
  );
}
