import { expect, test } from '@playwright/test';

test('scratch screenshots', async ({ page }) => {
  test.setTimeout(300_000);
  const t0 = Date.now();
  await page.goto('/');
  const tree = page.getByRole('navigation', { name: 'Elements' });
  await expect(tree.getByRole('button').first()).toBeVisible({ timeout: 200_000 });
  console.log('tree after', Date.now() - t0);
  await tree.getByRole('button', { name: /Multi-Node Trigger Event/ }).click();
  await expect(page.getByRole('group', { name: 'Workflow', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Submit (StartNode)' }).focus();
  await page.keyboard.press('Tab');
  await page.screenshot({ path: '/tmp/diagram.png' });
  await tree.getByRole('button', { name: /Multi-Handle Type Event/ }).click();
  await page.getByRole('group', { name: 'Workflow', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/diagram-handled.png' });
  await tree.getByRole('button', { name: /^Contract Approval/ }).click();
  await page.screenshot({ path: '/tmp/diagram-workflow.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await tree.getByRole('button', { name: /Multi-Node Trigger Event/ }).click();
  await page.screenshot({ path: '/tmp/diagram-dark.png' });
  await tree.getByRole('button', { name: /models\.OrderModel · / }).click();
  await page.screenshot({ path: '/tmp/diagram-model.png' });
  await tree.getByRole('button', { name: /^Notification Service/ }).click();
  await page.screenshot({ path: '/tmp/diagram-service.png' });
});
