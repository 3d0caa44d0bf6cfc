import { CssBaseline, ThemeProvider } from '@mui/material';
import { useMemo } from 'react';
import { useLanguage } from '../i18n/use-language';
import { useMuiLocale } from '../i18n/use-mui-locale';
import { studioTheme } from '../theme';
import { useUndoShortcuts } from '../workspace/use-undo-shortcuts';
import { StudioLayout } from './StudioLayout';

/** The studio: theme and layout, around the workspace the shelf opens (see render-studio). */
export function App() {
  useUndoShortcuts();
  const { language } = useLanguage();
  // MUI's component texts follow the language; the colour mode is kept by MUI (localStorage `mui-mode`).
  const locale = useMuiLocale(language);
  const theme = useMemo(() => studioTheme(locale), [locale]);
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <StudioLayout />
    </ThemeProvider>
  );
}
