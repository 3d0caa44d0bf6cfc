import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Initialised before the first render, so the studio opens in the right language.
import './i18n/i18n';
import { appShelf } from './apps/app-shelf';
import { App } from './layout/App';

// The apps saved in this browser (or the built-in sample app on a first visit) start loading now,
// so reading IndexedDB and the sample's zip overlaps the first render of the studio's frame.
void appShelf.start();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
