import { CssBaseline, ThemeProvider } from '@mui/material';
import { useEffect } from 'react';
import { studioTheme } from '../theme';
import { loadSampleApp } from '../workspace/load-sample-app';
import { StudioLayout } from './StudioLayout';

/** The studio: theme, the sample app on first open, the layout. */
export function App() {
  useEffect(() => {
    void loadSampleApp();
  }, []);
  return (
    <ThemeProvider theme={studioTheme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <StudioLayout />
    </ThemeProvider>
  );
}
