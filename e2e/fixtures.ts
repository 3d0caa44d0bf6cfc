import { test as base, expect } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

/**
 * Every test gets a studio page object, and fails if the page asked anything of another origin:
 * the studio must serve Pyodide, Monaco and fonts itself.
 */
export const test = base.extend<{ studio: StudioPage; foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests outside the studio’s own origin').toEqual([]);
    },
    { auto: true },
  ],
  studio: async ({ page }, use) => {
    const studio = new StudioPage(page);
    await studio.open();
    await use(studio);
  },
});

export { expect };
