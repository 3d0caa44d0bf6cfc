import { expect, test } from '../fixtures';
import { ImportDialog } from '../pages/import-dialog';

test.describe('the e.json preview beside the form', () => {
  test('shows the form’s edits live against the last export, and keeps that export across a reload', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.showFile('e.json');
    const preview = studio.elementJson();
    await expect(page.getByText('Same as in the last export')).toBeVisible();
    await expect(preview).toContainText('"title": "Order Approval Event"');
    await expect(preview.locator('ins, del')).toHaveCount(0);

    // Typed in the form: the old line is shown removed and the new one added, in place.
    await studio.field('Title').fill('Order decided');
    await expect(page.getByText('Changed since the last export: +1 −1 lines')).toBeVisible();
    await expect(preview.locator('del')).toHaveText(/"title": "Order Approval Event",/);
    await expect(preview.locator('ins')).toHaveText(/"title": "Order decided",/);

    // A picker's choice shows up the same way.
    await studio.choose('Operate', 'NodeChange');
    await expect(preview.locator('ins').filter({ hasText: '"operate": "NodeChange"' })).toBeVisible();
    await expect(preview.locator('del').filter({ hasText: '"operate": "Process"' })).toBeVisible();

    // Exported: what is shown is what the zip holds, so there is no difference left.
    await new ImportDialog(page).export('This element');
    await expect(page.getByText('Same as in the last export')).toBeVisible();
    await expect(preview.locator('ins, del')).toHaveCount(0);

    // Edited again and reloaded: the difference is still from that export, kept with the app.
    await studio.field('Title').fill('Order decided again');
    await expect(preview.locator('del')).toHaveText(/"title": "Order decided",/);
    await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
    await studio.reload();
    await studio.selectEvent(/Order decided again/);
    await studio.showFile('e.json');
    await expect(studio.elementJson().locator('del')).toHaveText(/"title": "Order decided",/);
    await expect(studio.elementJson().locator('ins')).toHaveText(/"title": "Order decided again",/);
  });

  test('calls an event created since the last export new, every line of it added', async ({
    studio,
    page,
  }) => {
    await page.getByRole('button', { name: 'New approval event' }).click();
    const dialog = page.getByRole('dialog', { name: 'New approval event' });
    await dialog.getByLabel('Element name').fill('freshEvent');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await studio.showFile('e.json');
    await expect(
      page.getByText('New since the last export: this element is not in any zip yet'),
    ).toBeVisible();
    await expect(studio.elementJson().locator('del')).toHaveCount(0);
    await expect(studio.elementJson().locator('ins').first()).toHaveText(/added: \{$/);
  });
});
