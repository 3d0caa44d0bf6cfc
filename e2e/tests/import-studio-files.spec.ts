import { craftZip } from '../../packages/runtime/src/bundle/craft-zip.testing.js';
import { appFiles } from '../app-files';
import { expect, test } from '../fixtures';
import { ImportDialog } from '../pages/import-dialog';

const PLANTED = '.event-studio/tests/events/orderApproval.json';
const MALFORMED = '.event-studio/tests/events/leaveHandled.json';
const encode = (text: string) => new TextEncoder().encode(text);

/**
 * The sample app as a whole-app zip, with the studio's files someone put in it: a test case for
 * the order event that passes whatever the handler does, and a malformed one for the leave event.
 */
function appZipWithStudioFiles(): Buffer {
  const entries = [...appFiles()].map(([name, data]) => ({ name, data }));
  const planted = { name: 'planted: always passes', input: {}, row: {}, expect: {} };
  const typo = { name: 'typo', input: {}, row: {}, expect: { fired: 'yes' } };
  entries.push(
    {
      name: PLANTED,
      data: encode(JSON.stringify({ version: 1, element: 'events.orderApproval', cases: [planted] })),
    },
    {
      name: MALFORMED,
      data: encode(JSON.stringify({ version: 1, element: 'events.leaveHandled', cases: [typo] })),
    },
  );
  return Buffer.from(craftZip(entries));
}

test.describe("import: the studio's own files in a whole-app zip", () => {
  test('lists a planted test case in the plan and reports a malformed one; the kept one arrives', async ({
    studio,
    page,
  }) => {
    const zips = new ImportDialog(page);
    await zips.open({ name: 'with-tests.zip', buffer: appZipWithStudioFiles() });
    const group = zips.studioFiles();
    await expect(group).toContainText('Saved test cases and sample rows: 1 file — will be imported');
    await expect(group.getByRole('checkbox', { name: PLANTED })).toBeChecked();
    await expect(group).toContainText('1 test case for events.orderApproval');
    // The malformed file is reported, by file, field and what would be right, and offered no tick.
    const problems = group.getByRole('list', { name: 'Not imported: 1 file has problems' });
    await expect(problems).toContainText(`Test case 1 'typo' in ${MALFORMED} is not valid (expect.fired:`);
    await expect(problems).toContainText('boolean');
    await expect(problems).toContainText('the file is not imported.');
    await expect(group.getByRole('checkbox', { name: MALFORMED })).toHaveCount(0);

    await zips.dialog.getByRole('checkbox', { name: /Replace the open app/ }).check();
    await zips.confirm();

    await studio.selectEvent(/Order Approval Event/);
    await studio.testPanel.getByRole('tab', { name: 'Test cases (1)' }).click();
    await expect(
      studio.testPanel.getByRole('list', { name: 'Test cases' }).getByRole('listitem', {
        name: 'planted: always passes',
      }),
    ).toBeVisible();
    // The malformed file did not come in: the leave event has no test-case file to complain about.
    await studio.selectEvent(/Multi-Handle Type Event/);
    await studio.testPanel.getByRole('tab', { name: 'Test cases', exact: true }).click();
    await expect(studio.testPanel.getByText(/^No test cases yet/)).toBeVisible();
    await expect(studio.testPanel.getByRole('alert').filter({ hasText: 'typo' })).toHaveCount(0);
  });

  test('leaves a studio file out when the user unticks it', async ({ studio, page }) => {
    const zips = new ImportDialog(page);
    await zips.open({ name: 'with-tests.zip', buffer: appZipWithStudioFiles() });
    const group = zips.studioFiles();
    await group.getByRole('checkbox', { name: PLANTED }).uncheck();
    await expect(group).toContainText('Saved test cases and sample rows: none will be imported');

    await zips.dialog.getByRole('checkbox', { name: /Replace the open app/ }).check();
    await zips.confirm();

    await studio.selectEvent(/Order Approval Event/);
    await studio.testPanel.getByRole('tab', { name: 'Test cases', exact: true }).click();
    await expect(studio.testPanel.getByText(/^No test cases yet/)).toBeVisible();
    await expect(studio.testPanel.getByRole('tab', { name: /^Test cases \(/ })).toHaveCount(0);
  });
});
