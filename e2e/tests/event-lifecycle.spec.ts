import { expect, test } from '../fixtures';

test.describe('approval events are duplicated, renamed and deleted from the tree', () => {
  test('Duplicate opens a copy with the same handler; Rename checks the name as it is typed', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Order Approval Event/);
    await expect(await studio.openEditor()).toContainText('def handleOrderApproval(eventOutData):');
    const originalCode = await studio.editorText();

    // Duplicate: the copy appears, opens, and carries the same handler.
    await studio.eventAction('orderApproval', 'Duplicate');
    const copyRow = studio.eventInTree(/events\.orderApprovalCopy$/);
    await expect(copyRow).toHaveAttribute('aria-current', 'page');
    await expect(copyRow).toBeFocused();
    await expect(studio.openElement('events.orderApprovalCopy')).toBeVisible();
    // The copy's workbench is new: Monaco may wait for Python again, so the test asks for it.
    await expect(await studio.openEditor()).toContainText('def handleOrderApproval(eventOutData):');
    expect(await studio.editorText()).toBe(originalCode);

    // Rename from the menu; Escape leaves everything as it was.
    await studio.eventAction('orderApprovalCopy', 'Rename…');
    const dialog = page.getByRole('dialog', { name: 'Rename events.orderApprovalCopy' });
    const name = dialog.getByRole('textbox', { name: 'New name' });
    await expect(name).toBeFocused();
    await expect(name).toHaveValue('orderApprovalCopy');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(copyRow).toBeFocused();

    // F2 on the focused row renames too. A clash shows the runtime's message and keeps the dialog.
    await page.keyboard.press('F2');
    await name.fill('orderApproval');
    await expect(dialog.getByText('events/orderApproval already exists; choose another name.')).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.press('Enter');
    await expect(dialog).toBeVisible();
    await name.fill('order decided');
    await expect(dialog.getByText(/'order decided' is not a Python identifier/)).toBeVisible();

    await name.fill('orderDecided');
    await expect(name).toHaveAttribute('aria-invalid', 'false');
    await name.press('Enter');
    await expect(dialog).toBeHidden();
    const renamedRow = studio.eventInTree(/events\.orderDecided$/);
    await expect(renamedRow).toBeFocused();
    await expect(copyRow).toHaveCount(0);
    await expect(studio.openElement('events.orderDecided')).toBeVisible();
    await expect(studio.form).toBeVisible();
    await expect(await studio.openEditor()).toContainText('def handleOrderApproval(eventOutData):');
    expect(await studio.editorText()).toBe(originalCode);
  });

  test('Delete asks first and Ctrl+Z brings the event back; a reload finds the workspace as left', async ({
    studio,
    page,
  }) => {
    await studio.eventAction('orderApproval', 'Duplicate');
    const copyRow = studio.eventInTree(/events\.orderApprovalCopy$/);
    await expect(copyRow).toBeFocused();

    // Delete on the focused row asks first, naming the event and how to undo.
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('alertdialog', { name: 'Delete Order Approval Event?' });
    await expect(confirm).toContainText('events.orderApprovalCopy will be removed');
    await expect(confirm).toContainText('undo this with Ctrl+Z');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    await expect(copyRow).toHaveCount(0);
    await expect(studio.eventInTree(/events\.orderApproval$/)).toBeFocused();

    await page.keyboard.press('ControlOrMeta+z');
    await expect(copyRow).toBeVisible();

    await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
    await page.reload();
    await expect(copyRow).toBeVisible({ timeout: 60_000 });
    await expect(studio.eventInTree(/events\.orderApproval$/)).toBeVisible();
  });

  test('Delete… from the menu can be cancelled, and a delete leaves the neighbour open', async ({
    studio,
    page,
  }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.eventAction('orderApproval', 'Delete…');
    const confirm = page.getByRole('alertdialog', { name: 'Delete Order Approval Event?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(studio.eventInTree(/events\.orderApproval$/)).toBeVisible();

    await studio.eventAction('orderApproval', 'Delete…');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(studio.eventInTree(/events\.orderApproval$/)).toHaveCount(0);
    // orderApproval is the sample app's last event, so its neighbour is the one before it.
    await expect(studio.eventInTree(/events\.leaveHandled$/)).toHaveAttribute('aria-current', 'page');
    await expect(studio.openElement('events.leaveHandled')).toBeVisible();
  });
});
