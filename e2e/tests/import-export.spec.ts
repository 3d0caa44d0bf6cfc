import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { craftZip } from '../../packages/runtime/src/bundle/craft-zip.testing.js';
import { appFiles } from '../app-files';
import { expect, test } from '../fixtures';
import { ImportDialog } from '../pages/import-dialog';

test.describe('import and export', () => {
  test('exports an element, imports it back and keeps both on the conflict', async ({ studio, page }) => {
    const zips = new ImportDialog(page);
    await studio.selectEvent(/Order Approval Event/);
    const download = await zips.export('This element');
    expect(download.suggestedFilename()).toBe('orderApproval.zip');

    await zips.open(download);
    await expect(zips.dialog.getByText('orderApproval.zip')).toBeVisible();
    await expect(zips.dialog.getByText('1 element folder')).toBeVisible();
    await expect(zips.dialog.getByRole('list', { name: 'Elements found' })).toContainText(
      'Order Approval Event',
    );
    await expect(zips.dialog.getByText('The runtime’s validation finds no problem.')).toBeVisible();
    // Nothing is imported until the user has decided about the existing element.
    await expect(zips.importButton()).toBeDisabled();
    await zips.choose('events.orderApproval', 'Keep both');
    await zips.confirm();

    await expect(studio.eventInTree(/events\.orderApproval2/)).toBeVisible();
    await expect(studio.eventInTree(/events\.orderApproval$/)).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'events.orderApproval kept as events.orderApproval2' }),
    ).toBeVisible();
    // The copy opens, its e.json unchanged (the title too).
    await expect(studio.field('Title')).toHaveValue('Order Approval Event');
  });

  test('"Apply to all" answers every conflict at once; Skip changes nothing', async ({ studio, page }) => {
    const zips = new ImportDialog(page);
    const download = await zips.export('All approval events');
    expect(download.suggestedFilename()).toBe('approvalDemo-approval-events.zip');
    const before = (await studio.tree.textContent()) ?? '';

    await zips.open(download);
    await expect(zips.dialog.getByText('4 element folders')).toBeVisible();
    await zips.applyToAll('Skip');
    for (const name of ['orderApproval', 'leaveHandled', 'contractNodeChange', 'invoiceNotify']) {
      await expect(zips.conflict(`events.${name}`).getByRole('radio', { name: 'Skip' })).toBeChecked();
    }
    await zips.confirm();
    await expect(studio.tree).toHaveText(before);
  });

  test('refuses a zip with a ../ entry, naming the entry and the rule, and changes nothing', async ({
    studio,
    page,
  }) => {
    const zips = new ImportDialog(page);
    const before = (await studio.tree.textContent()) ?? '';
    const hostile = craftZip([
      { name: 'events/ok/e.json', data: new TextEncoder().encode('{}') },
      { name: '../evil.py', data: new TextEncoder().encode('import os\n') },
    ]);
    await zips.pick({ name: 'evil.zip', buffer: Buffer.from(hostile) });

    await expect(zips.refusal).toBeVisible();
    await expect(zips.refusal).toContainText('evil.zip');
    await expect(zips.refusal).toContainText('../evil.py');
    await expect(zips.refusal).toContainText('path-traversal');
    await expect(zips.dialog).toHaveCount(0);
    await zips.refusal.getByRole('button', { name: 'Close' }).click();
    await expect(zips.refusal).toBeHidden();
    await expect(studio.tree).toHaveText(before);
  });

  test('exports the whole app byte for byte, and imports it back as a whole app', async ({
    studio,
    page,
  }) => {
    const zips = new ImportDialog(page);
    const download = await zips.export('Whole app');
    expect(download.suggestedFilename()).toBe('approvalDemo.zip');
    const exported = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const onDisk = appFiles();
    expect(Object.keys(exported).sort()).toEqual([...onDisk.keys()].sort());
    for (const [file, bytes] of onDisk) expect(exported[file], file).toEqual(bytes);

    const before = (await studio.tree.textContent()) ?? '';
    await zips.open(download);
    await expect(zips.dialog.getByText(/^A whole app with \d+ elements$/)).toBeVisible();
    await expect(zips.importButton()).toBeDisabled();
    await zips.dialog.getByRole('checkbox', { name: /Replace the open app/ }).check();
    await zips.confirm();
    await expect(studio.tree).toHaveText(before);
  });

  test('imports a zip dropped on the studio, with an overlay while dragging', async ({ studio, page }) => {
    const zips = new ImportDialog(page);
    const eJson = '{"title": "Dropped Event", "type": "events.WorkflowType", "operate": "Process"}';
    const zip = craftZip([{ name: 'events/droppedEvent/e.json', data: new TextEncoder().encode(eJson) }]);
    const dataTransfer = await page.evaluateHandle(
      (bytes) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], 'dropped.zip', { type: 'application/zip' }));
        return data;
      },
      [...zip],
    );
    await studio.tree.dispatchEvent('dragenter', { dataTransfer });
    await expect(page.getByRole('status').filter({ hasText: 'Drop a .zip to import it' })).toBeVisible();
    await studio.tree.dispatchEvent('drop', { dataTransfer });

    await expect(zips.dialog).toBeVisible();
    await expect(zips.dialog.getByText('dropped.zip')).toBeVisible();
    await expect(zips.dialog.getByRole('list', { name: 'Validation issues' })).toBeVisible();
    await zips.confirm();
    await expect(studio.eventInTree(/Dropped Event/)).toBeVisible();
  });
});
