import { CssBaseline, ThemeProvider } from '@mui/material';
import { useEffect } from 'react';
import { studioTheme } from '../theme';
import { loadSampleApp } from '../workspace/load-sample-app';
import { useUndoShortcuts } from '../workspace/use-undo-shortcuts';
import { autosave } from '../workspace/workspace-autosave';
import { StudioLayout } from './StudioLayout';

/** The studio: theme, the workspace (saved, or the sample app on a first visit), the layout. */
export function App() {
  useUndoShortcuts();
  useEffect(() => {
    // The saved workspace when there is one; the built-in sample app on a first visit.
    void autosave.start(loadSampleApp);
  }, []);
  return (
    <ThemeProvider theme={studioTheme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <StudioLayout />
    </ThemeProvider>
  );
}
