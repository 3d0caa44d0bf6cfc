import { preloadFonts } from './fonts/preload-fonts';
import { startSandbox } from './sandbox/sandbox-instance';

// The entry is deliberately tiny: Python's seconds-long start begins the moment this file runs,
// while the UI (React, MUI, the form) is still downloading in its own chunk.
startSandbox();
preloadFonts();
void import('./render-studio');
