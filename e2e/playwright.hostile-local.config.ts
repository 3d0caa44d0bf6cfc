import base from './playwright.config';
// Temporary private config: my own build and port, so other engineers' rebuilds of apps/studio/dist do not race my run.
export default {
  ...base,
  use: { ...base.use, baseURL: 'http://localhost:4188' },
  webServer: { ...base.webServer, command: 'npx vite preview --configLoader runner --port 4188 --strictPort --outDir /tmp/hostile-dist', url: 'http://localhost:4188', reuseExistingServer: false },
};
