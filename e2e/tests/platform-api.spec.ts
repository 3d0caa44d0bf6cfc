import { fileURLToPath } from 'node:url';
import { writeZip } from '../../packages/runtime/src/bundle/write-zip.js';
import { appFiles } from '../app-files';
import { expect, test } from '../fixtures';

// Issue #17 in Chromium: a handler written the way the JitAI docs teach (a model class imported by
// its path, a Q expression with orderList/page/size, a datatypes function on a field, a create, a save
// with triggerEvent) runs in the studio's worker as in Node, and the result shows the model's rows
// the run added.

const DOCS_HANDLER = `from jit.commons.utils.logger import log
from models.ContractModel import ContractModel


def handleOrderApproval(eventOutData):
    row = eventOutData.row
    page = ContractModel.query(Q(Q("id", ">", 0)), None, [["id", -1]], 1, 2)
    log.info(f"contracts {page['totalCount']}, shown {len(page['rowDatas'])}")
    log.info(f"over 100: {row.amount.gt(100)}, priority {row.priority.getDisplayValue()}")
    ContractModel.create({"contractName": "Follow-up " + row.orderNo.value})
    row.status.value = "processing"
    row.save(triggerEvent=0)
`;

const DOCS_APP = fileURLToPath(new URL('../../packages/runtime/fixtures/docs-app/', import.meta.url));

/** The docs-examples fixture app (packages/runtime/fixtures/docs-app) as a zip, as a user would open it. */
function docsAppZip(): Buffer {
  const files = appFiles(DOCS_APP);
  return Buffer.from(writeZip(files));
}

test.describe('handlers written from the platform docs', () => {
  test.describe.configure({ timeout: 180_000 });

  test('import a model class, query with Q, call field functions, create a row: all in the result', async ({
    studio,
  }) => {
    await studio.selectEvent(/Order Approval Event/);
    await studio.replaceCode(DOCS_HANDLER);
    await studio.run();

    const logs = studio.runResult.getByRole('list', { name: 'Logs' });
    // The sample's other models start with three generated rows; the page holds two of them.
    await expect(logs).toContainText('contracts 3, shown 2');
    await expect(logs).toContainText('over 100: True, priority low');
    const contracts = studio.runResult.getByRole('list', { name: 'models.ContractModel' });
    await expect(contracts.getByRole('listitem')).toHaveCount(1);
    await expect(contracts).toContainText('added');
    await expect(contracts).toContainText('Follow-up ORD-0001');
    await expect(studio.runResult).toContainText('1 added, 0 changed, 0 deleted');
    await expect(studio.runResult.getByRole('alert').or(studio.runResult.getByRole('status'))).toContainText(
      'save() called 1 time',
    );
  });

  test('every event of the docs-examples app runs green in the studio', async ({ studio }) => {
    await studio.openApp({ name: 'docs-app.zip', buffer: docsAppZip() });
    await expect(studio.appButton('docs-app')).toHaveAttribute('aria-current', 'page');
    for (const [event, logged] of [
      [/^ORM examples/, 'stats: ['],
      [/^Node watch/, 'priority low of'],
      [/^Handled at approval/, 'agree at Manager Approval (approvalNode)'],
      [/^Notify on change/, "Sending approval notification 'Approval Pass'"],
    ] as const) {
      await studio.selectEvent(event);
      await studio.run();
      await expect(studio.runResult.getByRole('list', { name: 'Logs' })).toContainText(logged);
      await expect(studio.runResult.getByText(/^Handler returned in/)).toBeVisible();
    }
  });
});
