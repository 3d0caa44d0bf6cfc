import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/**
 * inner.py as plain text while Monaco is not loaded yet: the code is readable at once, and a click,
 * a key or focus on it asks for the editor.
 */
export function CodePreview({ label, code, onWant }: { label: string; code: string; onWant: () => void }) {
  const { t } = useTranslation();
  return (
    <Box
      role="group"
      aria-label={label}
      sx={{ height: '100%', display: 'flex', flexDirection: 'column', minHeight: 0 }}
    >
      <LinearProgress aria-hidden sx={{ height: 2 }} />
      <Typography variant="caption" color="text.secondary" role="status" sx={{ px: 1.5, py: 0.25 }}>
        {t('editor.waitingForPython')}
      </Typography>
      <Box
        component="pre"
        // Focusable so a keyboard user can open the editor too.
        tabIndex={0}
        onClick={onWant}
        onFocus={onWant}
        sx={{
          m: 0,
          px: 2,
          py: 1,
          flex: 1,
          overflow: 'auto',
          cursor: 'text',
          fontFamily: 'Consolas, "Courier New", monospace',
          fontSize: 13,
          lineHeight: '19px',
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
        }}
      >
        {code}
      </Box>
    </Box>
  );
}
