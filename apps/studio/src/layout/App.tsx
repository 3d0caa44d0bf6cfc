import { CssBaseline, ThemeProvider } from '@mui/material';
import { useEffect, useMemo } from 'react';
import { appShelf } from '../apps/app-shelf';
import { useLanguage } from '../i18n/use-language';
import { useMuiLocale } from '../i18n/use-mui-locale';
import { studioTheme } from '../theme';
import { useUndoShortcuts } from '../workspace/use-undo-shortcuts';
import { StudioLayout } from './StudioLayout';

/** The studio: theme, the workspace (the saved apps, or the sample app on a first visit), the layout. */
export function App() {
  useUndoShortcuts();
  const { language } = useLanguage();
  // MUI's component texts follow the language; the colour mode is kept by MUI (localStorage `mui-mode`).
  const locale = useMuiLocale(language);
  const theme = useMemo(() => studioTheme(locale), [locale]);
  useEffect(() => {
    // The apps saved in this browser when there are some; the built-in sample app on a first visit.
    void appShelf.start();
  }, []);
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <StudioLayout />
    </ThemeProvider>
  );
}
