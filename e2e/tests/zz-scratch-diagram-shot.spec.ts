import { expect, test } from '../fixtures';

test('scratch screenshots', async ({ studio, page }) => {
  await studio.selectEvent(/Multi-Node Trigger Event/);
  await expect(page.getByRole('group', { name: 'Workflow', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Submit (StartNode)' }).focus();
  await page.keyboard.press('Tab');
  await page.screenshot({ path: '/tmp/diagram.png' });
  await studio.selectEvent(/Multi-Handle Type Event/);
  await page.getByRole('group', { name: 'Workflow', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/diagram-handled.png' });
  await studio.tree.getByRole('button', { name: /^Contract Approval/ }).click();
  await page.screenshot({ path: '/tmp/diagram-workflow.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await studio.selectEvent(/Multi-Node Trigger Event/);
  await page.screenshot({ path: '/tmp/diagram-dark.png' });
  await studio.tree.getByRole('button', { name: /models\.OrderModel · / }).click();
  await page.screenshot({ path: '/tmp/diagram-model.png' });
  await studio.tree.getByRole('button', { name: /^Notification Service/ }).click();
  await page.screenshot({ path: '/tmp/diagram-service.png' });
});
