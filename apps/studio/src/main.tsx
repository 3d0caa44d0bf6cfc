import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './layout/App';
import { startSandbox } from './sandbox/sandbox-instance';

// Python takes seconds to load: start it before React renders anything, so it loads in
// parallel with the UI and is usually ready by the time the user presses Run.
startSandbox();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
