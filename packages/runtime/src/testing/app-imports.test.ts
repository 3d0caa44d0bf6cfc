import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppContext } from '../app/app-context.js';
import { readAppFolder, sampleAppDir } from '../app/app-folder.node.js';
import { encodeText } from '../app/app-tree.js';
import { NodeSandbox } from '../sandbox/node-sandbox.js';
import { buildRunRequest } from './build-run-request.js';

// Issue #17, app imports: a handler written from the docs imports the app's model classes by their
// path and calls their class functions, which reach the same tables as app.getElement. The request
// is built the way the studio and the CLI build it, from the sample app.

let sandbox: NodeSandbox;
beforeAll(async () => {
  sandbox = await NodeSandbox.start();
}, 120_000);
afterAll(() => sandbox?.dispose());

async function runWith(handler: string) {
  const tree = new Map(await readAppFolder(sampleAppDir()));
  tree.set('events/orderApproval/inner.py', encodeText(handler));
  const built = buildRunRequest(tree, buildAppContext(tree), { fullName: 'events.orderApproval' });
  if (!built.ok) throw new Error(built.message);
  return sandbox.run(built.request);
}

describe('app imports', () => {
  it('imports a model class by its path; its class functions read and write the run’s table', async () => {
    const result = await runWith(
      [
        'from models.ContractModel import ContractModel',
        '',
        'def handleOrderApproval(eventOutData):',
        '    before = ContractModel.query()["totalCount"]',
        '    ContractModel.create({"title": "From the handler"})',
        '    same = app.getElement("models.ContractModel").query()["totalCount"]',
        '    return [before, same, ContractModel.__name__]',
      ].join('\n'),
    );
    expect(result.error).toBeNull();
    // Another model starts from three generated sample rows; the class and the element share them.
    expect(result.returnValue).toEqual([3, 4, 'ContractModel']);
    expect(result.modelChanges?.map((m) => [m.model, m.added.length])).toEqual([['models.ContractModel', 1]]);
  });

  it('builds a row from the class and saves it, as data-models.md writes Model(**row).save()', async () => {
    const result = await runWith(
      [
        'from models.OrderModel import OrderModel',
        '',
        'def handleOrderApproval(eventOutData):',
        '    OrderModel(customerName="Zed", amount=5).save()',
        '    return OrderModel.get(Q(Q("customerName", "=", "Zed"))).amount.value',
      ].join('\n'),
    );
    expect(result.error).toBeNull();
    expect(result.returnValue).toBe(5);
  });

  it('types another model’s rows from its model.py (a Money field reads as a number with its unit)', async () => {
    const result = await runWith(
      [
        'from models.InvoiceModel import InvoiceModel',
        '',
        'def handleOrderApproval(eventOutData):',
        '    first = InvoiceModel.query(None, None, [["id", 1]], 1, 1)["rowDatas"][0]',
        '    return [type(first.amount.value).__name__ in ("int", "float"), first.amount.gt(-1)]',
      ].join('\n'),
    );
    expect(result.error).toBeNull();
    expect(result.returnValue).toEqual([true, true]);
  });
});
