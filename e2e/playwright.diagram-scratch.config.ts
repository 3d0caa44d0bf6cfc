import base from './playwright.config';

// Scratch: the diagram engineer's own build and server, so concurrent builds cannot pull dist away.
export default {
  ...base,
  use: { ...base.use, baseURL: 'http://localhost:4199' },
  webServer: {
    command: 'npx vite preview --configLoader runner --port 4199 --strictPort --outDir /tmp/studio-dist-diagram',
    cwd: '../apps/studio',
    url: 'http://localhost:4199',
    reuseExistingServer: false,
    timeout: 120_000,
  },
};
