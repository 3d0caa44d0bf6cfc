import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UnexportedDot } from './UnexportedDot';

const DOT_IN_MARGIN = { position: 'absolute', left: 5, top: 'calc(50% - 4px)' } as const;

/**
 * Wraps a row of the element tree and, when its element changed since the last export, shows a dot
 * in the row's left margin. The dot sits beside the row's button rather than in it, so the
 * button's name stays the element's title.
 */
export function UnexportedMark({ unexported, children }: { unexported: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ position: 'relative' }} data-export-mark>
      {children}
      {unexported && <UnexportedDot label={t('apps.unexported')} sx={DOT_IN_MARGIN} />}
    </Box>
  );
}
