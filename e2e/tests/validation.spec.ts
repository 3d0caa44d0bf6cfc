import { expect, test } from '../fixtures';

test.describe('the form shows the runtime’s validation inline', () => {
  test('a NodeChange without trigger nodes is an error on Trigger nodes until a node is picked', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.choose('Operate', 'NodeChange');
    const triggerNodes = studio.form.getByLabel('Trigger nodes');
    await expect(triggerNodes).toBeVisible();
    await expect(triggerNodes).toHaveAttribute('aria-invalid', 'true');
    await expect(studio.form.getByText(/trigger node/i).first()).toBeVisible();

    await triggerNodes.click();
    await page.getByRole('option', { name: /approvalNode/ }).click();
    await expect(triggerNodes).toHaveAttribute('aria-invalid', 'false');
  });

  test('a function that inner.py does not define is an error on Function', async ({ studio }) => {
    await studio.selectEvent(/Order Approval Event/);
    const fn = studio.field('Function');
    await fn.fill('inner.handleMissing');
    await expect(fn).toHaveAttribute('aria-invalid', 'true');
    await expect(studio.form.getByText(/handleMissing/).first()).toBeVisible();
  });

  test('a Title edit is written to e.json and shown in the element tree', async ({ studio }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.field('Title').fill('Order approved or rejected');
    await expect(studio.eventInTree(/Order approved or rejected/)).toBeVisible();
  });

  test('an emptied Title is an error on the field until a title is typed again', async ({ studio, page }) => {
    await studio.selectEvent(/Order Approval Event/);
    const title = studio.field('Title');
    await title.fill('');
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(studio.form.getByText(/title is required/)).toBeVisible();
    await title.click();
    await page.keyboard.type('Orders');
    await expect(title).toHaveAttribute('aria-invalid', 'false');
    await expect(studio.form.getByText(/title is required/)).toHaveCount(0);
    await expect(studio.eventInTree(/Orders/)).toBeVisible();
  });

  test('converts an element to the newer spelling and back from the actions menu', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Order Approval Event/);
    await page.getByRole('button', { name: 'Element actions' }).click();
    await page.getByRole('menuitem', { name: /Convert to the newer spelling/ }).click();
    await expect(studio.form.getByText(/Newer spelling/)).toBeVisible();
    await expect(studio.code()).toContainText('def customFunc(eventOutData)');
    await expect(studio.field('Function')).toHaveValue('inner.customFunc');
    await expect(studio.field('Function')).toBeDisabled();
    await expect(studio.form.getByLabel('Enabled')).toBeChecked();

    await page.getByRole('button', { name: 'Element actions' }).click();
    await page.getByRole('menuitem', { name: /Convert to the seed spelling/ }).click();
    await expect(studio.form.getByText(/Seed spelling/)).toBeVisible();
    await expect(studio.field('Function')).toBeEnabled();
  });
});

test.describe('the workspace is kept in the browser', () => {
  test('a reload finds an edit as it was', async ({ studio, page }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.field('Title').fill('Order decided');
    await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
    await page.reload();
    await expect(studio.eventInTree(/Order decided/)).toBeVisible();
    await studio.selectEvent(/Order decided/);
    await expect(studio.field('Title')).toHaveValue('Order decided');
  });
});

test.describe('undo and redo', () => {
  test('Ctrl+Z undoes a form change and Ctrl+Shift+Z redoes it', async ({ studio, page }) => {
    await studio.selectEvent(/Order Approval Event/);
    const operate = studio.form.getByRole('combobox', { name: 'Operate' });
    await studio.choose('Operate', 'NodeChange');
    await expect(operate).toHaveText('NodeChange');
    await operate.focus();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(studio.form.getByRole('combobox', { name: 'Operate' })).toHaveText('Process');
    await studio.form.getByRole('combobox', { name: 'Operate' }).focus();
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect(studio.form.getByRole('combobox', { name: 'Operate' })).toHaveText('NodeChange');
  });
});
