import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// Not part of `npm test`: `npm run screenshots` refreshes the README's pictures from the real
// studio, in light and dark, after a test run of the sample app's order approval event.
const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** A fresh studio at the README's size, in the given colour scheme and language, showing `event`. */
async function openStudio(
  browser: Browser,
  baseURL: string | undefined,
  { scheme = 'light', locale, event }: { scheme?: 'light' | 'dark'; locale?: string; event: RegExp },
): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: scheme,
    viewport: { width: 1440, height: 900 },
    baseURL,
    ...(locale ? { locale } : {}),
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: event }).click();
  return page;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`studio in ${scheme} mode`, async ({ browser, baseURL }) => {
    const page = await openStudio(browser, baseURL, { scheme, event: /Order Approval Event/ });
    await expect(page.getByRole('status', { name: 'Python ready' })).toBeVisible({ timeout: 120_000 });
    await expect(page.locator('.monaco-editor').first()).toBeVisible();
    const panel = page.getByRole('region', { name: 'Test run' });
    await panel.getByLabel('Status').fill('approved');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Run result' })).toBeVisible();
    await page.screenshot({ path: `${outDir}studio-${scheme}.png` });
    await page.context().close();
  });
}

// The simulation timeline, in Chinese: what JitAI's largely Chinese-speaking users see.
test('simulation timeline in Chinese', async ({ browser, baseURL }) => {
  const page = await openStudio(browser, baseURL, { locale: 'zh-CN', event: /Multi-Node Trigger Event/ });
  const panel = page.getByRole('region', { name: '测试运行' });
  await panel.getByRole('tab', { name: '模拟' }).click();
  const simulation = page.getByRole('region', { name: '模拟' });
  await simulation.getByRole('combobox', { name: '节点' }).click();
  await page.getByRole('option', { name: /\(deptApproval\)$/ }).click();
  await simulation.getByRole('combobox', { name: '操作' }).click();
  await page.getByRole('option', { name: /\bagree\b/ }).click();
  await simulation.getByRole('button', { name: '模拟' }).click();
  await expect(simulation.getByText('成功', { exact: true }).first()).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  await page.screenshot({ path: `${outDir}studio-simulation-zh.png` });
  await page.context().close();
});

// The e.json preview beside the form, after two edits: the lines changed since the last export.
test('e.json preview with its changes', async ({ browser, baseURL }) => {
  const page = await openStudio(browser, baseURL, { event: /Order Approval Event/ });
  const form = page.getByRole('form', { name: 'Approval event' });
  await form.getByLabel('Title', { exact: true }).fill('Order approved or rejected');
  await form.getByRole('combobox', { name: 'Function type' }).click();
  await page.getByRole('option', { name: /^Global/ }).click();
  await page.getByRole('group', { name: 'File shown' }).getByRole('button', { name: 'e.json' }).click();
  await expect(page.getByText(/^Changed since the last export/)).toBeVisible();
  await expect(page.getByRole('status', { name: 'Python ready' })).toBeVisible({ timeout: 120_000 });
  await page.screenshot({ path: `${outDir}studio-element-json.png` });
  await page.context().close();
});
