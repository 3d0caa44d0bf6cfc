import { startEarlyReads } from './apps/early-reads';
import { preloadFonts } from './fonts/preload-fonts';
import { startSandbox } from './sandbox/sandbox-instance';

// The entry is deliberately tiny. While the UI (React, MUI, the form) downloads and starts in its
// own chunk, the entry has the sandbox set up (Python itself starts once the first screen is
// painted), the saved apps or the sample app read, and the fonts requested.
startSandbox();
startEarlyReads();
preloadFonts();
void import('./render-studio');
