import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { craftZip } from '../../packages/runtime/src/bundle/craft-zip.testing.js';
import { writeZip } from '../../packages/runtime/src/bundle/write-zip.js';
import { expect, test } from '../fixtures';
import { ImportDialog } from '../pages/import-dialog';

const SAMPLE_APP = fileURLToPath(new URL('../../packages/runtime/sample-app/', import.meta.url));

/** The sample app on disk with Order Approval's title changed: a second app told apart from the first. */
function secondAppZip(): Buffer {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(SAMPLE_APP, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const relative = path.slice(SAMPLE_APP.length).split(/[\\/]/).filter(Boolean).join('/');
    files.set(relative, new Uint8Array(readFileSync(path)));
  }
  const eJson = new TextDecoder().decode(files.get('events/orderApproval/e.json'));
  const renamed = eJson.replace('"Order Approval Event"', '"Order Approval From The Zip"');
  expect(renamed).not.toBe(eJson);
  files.set('events/orderApproval/e.json', new TextEncoder().encode(renamed));
  return Buffer.from(writeZip(files));
}

test.describe('several apps side by side, with markers for what was not exported', () => {
  test('an edit marks its element and the app until the whole app is exported', async ({ studio, page }) => {
    await expect(studio.appButton('Sample app')).toHaveAttribute('aria-current', 'page');
    await expect(studio.tree.getByRole('img', { name: /^Not exported/ })).toHaveCount(0);

    await studio.selectEvent(/Order Approval Event/);
    await studio.field('Title').fill('Order approved or rejected');
    await expect(studio.unexportedMarker(/Order approved or rejected/)).toBeVisible();
    await expect(studio.unexportedMarker(/Global Function Event/)).toHaveCount(0);
    await expect(studio.appUnexportedMarker('Sample app')).toBeVisible();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByText('1 element not exported')).toBeVisible();
    await page.keyboard.press('Escape');

    await new ImportDialog(page).export('Whole app');
    await expect(studio.unexportedMarker(/Order approved or rejected/)).toHaveCount(0);
    await expect(studio.appUnexportedMarker('Sample app')).toHaveCount(0);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByText('No changes since the last export')).toBeVisible();
  });

  test('apps open side by side, each keeps its work through a switch and a reload, and close', async ({
    studio,
  }) => {
    // Two reloads, each starting the studio (and Python) afresh: more time than a one-page test.
    test.slow();
    await studio.selectEvent(/Order Approval Event/);
    await studio.field('Title').fill('Order approved or rejected');
    await expect(studio.unexportedMarker(/Order approved or rejected/)).toBeVisible();

    // A second app, from a zip: listed beside the first, open, showing its own events.
    await studio.openApp({ name: 'second-app.zip', buffer: secondAppZip() });
    await expect(studio.appButton('second-app')).toHaveAttribute('aria-current', 'page');
    await expect(studio.appButton('Sample app')).not.toHaveAttribute('aria-current', 'page');
    await expect(studio.eventInTree(/Order Approval From The Zip/)).toBeVisible();
    await expect(studio.eventInTree(/Order approved or rejected/)).toHaveCount(0);
    await expect(studio.tree.getByRole('img', { name: /^Not exported/ })).toHaveCount(0);
    // The app left behind still says it has work not in a zip.
    await expect(studio.appUnexportedMarker('Sample app')).toBeVisible();

    // Back to the first app: its edit, its marker, the element it had open.
    await studio.switchApp('Sample app');
    await expect(studio.field('Title')).toHaveValue('Order approved or rejected');
    await expect(studio.unexportedMarker(/Order approved or rejected/)).toBeVisible();

    // A reload reopens the app that was open, the other still listed, each with its work.
    await studio.reload();
    await expect(studio.appButton('Sample app')).toHaveAttribute('aria-current', 'page');
    await expect(studio.appButton('second-app')).toBeVisible();
    await expect(studio.unexportedMarker(/Order approved or rejected/)).toBeVisible();
    await studio.switchApp('second-app');
    await expect(studio.eventInTree(/Order Approval From The Zip/)).toBeVisible();

    // Closing an app with changes not exported asks first; then it is gone, after a reload too.
    await studio.selectEvent(/Order Approval From The Zip/);
    await studio.field('Title').fill('Edited in the second app');
    await expect(studio.appUnexportedMarker('second-app')).toBeVisible();
    await studio.closeApp('second-app', true);
    await expect(studio.appButton('Sample app')).toHaveAttribute('aria-current', 'page');
    await expect(studio.eventInTree(/Order approved or rejected/)).toBeVisible();
    // The last app cannot be closed.
    await expect(studio.appTab('Sample app').getByRole('button', { name: /^Close/ })).toHaveCount(0);
    await studio.reload();
    await expect(studio.appTab('second-app')).toHaveCount(0);
    await expect(studio.appButton('Sample app')).toBeVisible();
  });

  test('opens another copy of the sample app, and closes an unchanged app without asking', async ({
    studio,
  }) => {
    await studio.openApp();
    await expect(studio.appButton('Sample app (2)')).toHaveAttribute('aria-current', 'page');
    await expect(studio.eventInTree(/Order Approval Event/)).toBeVisible();
    await studio.closeApp('Sample app (2)');
    await expect(studio.appButton('Sample app')).toHaveAttribute('aria-current', 'page');
  });

  test('a refused zip says why and opens nothing', async ({ studio, page }) => {
    const hostile = craftZip([
      { name: 'events/ok/e.json', data: new TextEncoder().encode('{}') },
      { name: '../evil.py', data: new TextEncoder().encode('import os\n') },
    ]);
    await studio.openApp({ name: 'evil.zip', buffer: Buffer.from(hostile) });
    const refusal = page.getByRole('alertdialog', { name: 'Import refused' });
    await expect(refusal).toContainText('../evil.py');
    await refusal.getByRole('button', { name: 'Close' }).click();
    await expect(studio.appTabs().getByRole('group')).toHaveCount(1);
    await expect(studio.appButton('Sample app')).toHaveAttribute('aria-current', 'page');
  });
});
