import { defineConfig, devices } from '@playwright/test';

// E2E_PORT (and E2E_DIST, a build folder of its own) let a second checkout or a second
// developer run specs beside another one's server without sharing its build.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const distArgument = process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : '';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests',
  // Two cores: one browser at a time keeps Pyodide's start-up from starving the other test.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    acceptDownloads: true,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    // The production build, served with the same headers (COOP/COEP) as `npm start`.
    command: `npx vite preview --configLoader runner --port ${PORT} --strictPort${distArgument}`,
    cwd: '../apps/studio',
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
