import { fileURLToPath } from 'node:url';
import { expect, test } from '../fixtures';

// Not part of `npm test`: `npm run screenshots` refreshes the README's pictures from the real
// studio, in light and dark, after a test run of the sample app's order approval event.
const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

for (const scheme of ['light', 'dark'] as const) {
  test(`studio in ${scheme} mode`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      colorScheme: scheme,
      viewport: { width: 1440, height: 900 },
      baseURL,
    });
    const page = await context.newPage();
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Elements' })
      .getByRole('button', { name: /Order Approval Event/ })
      .click();
    await expect(page.getByRole('status', { name: 'Python ready' })).toBeVisible({ timeout: 120_000 });
    await expect(page.locator('.monaco-editor').first()).toBeVisible();
    const panel = page.getByRole('region', { name: 'Test run' });
    await panel.getByLabel('Status').fill('approved');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Run result' })).toBeVisible();
    await page.screenshot({ path: `${outDir}studio-${scheme}.png` });
    await context.close();
  });
}
