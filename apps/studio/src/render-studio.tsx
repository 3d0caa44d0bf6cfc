import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Initialised before the first render, so the studio opens in the right language.
import './i18n/i18n';
import { appShelf } from './apps/app-shelf';
import { App } from './layout/App';

// The first render waits a moment for the open app (on a first visit the sample app, otherwise the
// app this tab had open): its reads started with the entry, so it is usually there within a few
// hundred milliseconds, and one render of the studio with its app costs less than a loading screen
// first and the studio after it. An app that takes longer gets the loading screen meanwhile.
const APP_WAIT_MS = 400;

function renderStudio(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const appOpened = appShelf.start();
const waited = new Promise((resolve) => setTimeout(resolve, APP_WAIT_MS));
void Promise.race([appOpened, waited]).then(renderStudio);
