import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '../fixtures';

test.describe('the first slice: author → run → export', () => {
  test('opens on the sample app with its four approval events', async ({ studio }) => {
    for (const title of [
      'Order Approval Event',
      'Multi-Node Trigger Event',
      'Multi-Handle Type Event',
      'Global Function Event',
    ]) {
      await expect(studio.eventInTree(new RegExp(title))).toBeVisible();
    }
  });

  test('shows the form with the fields its operate uses, and inner.py in Monaco', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Order Approval Event/);
    await expect(studio.field('Title')).toHaveValue('Order Approval Event');
    await expect(studio.form.getByRole('combobox', { name: 'Operate' })).toHaveText('Process');
    await expect(studio.form.getByRole('combobox', { name: 'Model' })).toContainText('models.OrderModel');
    await expect(studio.form.getByRole('combobox', { name: 'Function type' })).toContainText('Inner');
    await expect(studio.field('Function')).toHaveValue('inner.handleOrderApproval');
    // Process events have no trigger nodes or handle settings.
    await expect(studio.form.getByLabel('Trigger nodes')).toHaveCount(0);
    await expect(studio.form.getByLabel('Handle node')).toHaveCount(0);
    await expect(studio.form.getByLabel('Handle types')).toHaveCount(0);
    // Monaco, with Python highlighting, served by the studio itself.
    await expect(studio.code()).toContainText('def handleOrderApproval(eventOutData):');
    await expect(page.locator('.monaco-editor .mtk1').first()).toBeVisible();

    await studio.selectEvent(/Multi-Node Trigger Event/);
    await expect(studio.form.getByLabel('Trigger nodes')).toBeVisible();
    await expect(studio.form.getByRole('button', { name: 'deptApproval', exact: true })).toBeVisible();

    await studio.selectEvent(/Multi-Handle Type Event/);
    await expect(studio.form.getByRole('combobox', { name: 'Handle node' })).toContainText('hrApproval');
    await expect(studio.form.getByLabel('Handle types')).toBeVisible();
  });

  test('runs the seed handler in Pyodide and shows the row change', async ({ studio }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.testPanel.getByLabel('Status').fill('approved');
    await studio.run();
    await expect(studio.runResult.getByText(/save\(\) called 1 time/)).toBeVisible();
    const statusRow = studio.runResult.getByRole('row', { name: /^status/ });
    await expect(statusRow).toHaveAttribute('data-changed', 'true');
    await expect(statusRow).toContainText('"processing"');
    await expect(studio.runResult.getByRole('list', { name: 'Logs' })).toContainText(
      'approval status changed to: approved',
    );
  });

  test('shows a handler error on its line in inner.py', async ({ studio, page }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.replaceCode(
      'from jit.commons.utils.logger import log\n\ndef handleOrderApproval(eventOutData):\n    log.info("checking")\n    raise ValueError("amount too high")\n',
    );
    await studio.run();
    await expect(studio.runResult.getByText('ValueError: amount too high', { exact: true })).toBeVisible();
    await expect(studio.runResult.getByText(/inner\.py, line 5/)).toBeVisible();
    // The jump shows inner.py again when e.json was shown beside the form.
    await studio.showFile('e.json');
    await studio.runResult.getByRole('button', { name: 'Go to line 5' }).click();
    await expect(page.getByRole('button', { name: 'inner.py' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.monaco-editor .active-line-number')).toHaveText('5');
  });

  test('creates a new NodeHandled event with a handler of the right signature', async ({ studio, page }) => {
    await page.getByRole('button', { name: 'New approval event' }).click();
    const dialog = page.getByRole('dialog', { name: 'New approval event' });
    await dialog.getByLabel('Element name').fill('leaveHrAgreed');
    await dialog.getByRole('combobox', { name: 'Operate' }).click();
    await page.getByRole('option', { name: 'NodeHandled' }).click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(studio.eventInTree(/events\.leaveHrAgreed/)).toBeVisible();
    await expect(studio.code()).toContainText('(eventOutData, handleType, nodeId, nodeTitle)');
    await expect(studio.form.getByLabel('Handle node')).toBeVisible();
  });

  test('refuses an element name that is not a Python identifier', async ({ studio, page }) => {
    await expect(studio.tree).toBeVisible();
    await page.getByRole('button', { name: 'New approval event' }).click();
    const dialog = page.getByRole('dialog', { name: 'New approval event' });
    await dialog.getByLabel('Element name').fill('2-bad name');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByText(/Python identifier/)).toBeVisible();
    await expect(dialog).toBeVisible();
  });

  test('exports the element folder as a zip', async ({ studio, page }) => {
    await studio.selectEvent(/Order Approval Event/);
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'This element' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('orderApproval.zip');
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(Object.keys(files).sort()).toEqual([
      'events/orderApproval/__init__.py',
      'events/orderApproval/e.json',
      'events/orderApproval/inner.py',
    ]);
    const eJson = JSON.parse(strFromU8(files['events/orderApproval/e.json'] as Uint8Array));
    expect(eJson).toMatchObject({
      type: 'events.WorkflowType',
      operate: 'Process',
      func: 'inner.handleOrderApproval',
    });
  });
});
