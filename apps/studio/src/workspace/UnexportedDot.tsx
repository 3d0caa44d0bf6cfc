import { Box, type SxProps, type Theme, Tooltip } from '@mui/material';
import { memo } from 'react';

/**
 * A small dot saying "changed since the last export", with the same words as its tooltip and its
 * accessible name (it is an image to screen readers, so it is not read as part of a row's text).
 * Memoised: a tree row re-renders as its title is typed, its dot need not.
 */
export const UnexportedDot = memo(function UnexportedDot({
  label,
  sx,
}: {
  label: string;
  sx?: SxProps<Theme>;
}) {
  return (
    <Tooltip title={label}>
      <Box
        component="span"
        role="img"
        aria-label={label}
        sx={[
          { display: 'block', width: 8, height: 8, borderRadius: '50%', bgcolor: 'info.main', flexShrink: 0 },
          ...(Array.isArray(sx) ? sx : [sx]),
        ]}
      />
    </Tooltip>
  );
});
