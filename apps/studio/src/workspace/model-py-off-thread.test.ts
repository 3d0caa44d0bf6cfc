import { parseModelPyBytes, treeFromTexts } from '@event-studio/runtime';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PAGE_PARSE_BUDGET_BYTES } from './model-py-off-thread';
import type { ModelPyWorkerReply, ParseModelPyRequest } from './model-py-worker-protocol';
import { type WorkspaceSnapshot, WorkspaceStore } from './workspace-store';

/** Stands in for the module worker: answers as model-py.worker.ts does, a task later, with cloned data. */
class FakeModelPyWorker extends EventTarget {
  static requests: ParseModelPyRequest[] = [];
  static answered: number[] = [];
  postMessage(data: ParseModelPyRequest): void {
    const request = structuredClone(data);
    FakeModelPyWorker.requests.push(request);
    setTimeout(() => {
      const parses = request.files.map(({ file, bytes }) => parseModelPyBytes(file, bytes));
      const reply: ModelPyWorkerReply = { type: 'parsed', id: request.id, parses };
      FakeModelPyWorker.answered.push(request.id);
      this.dispatchEvent(new MessageEvent('message', { data: structuredClone(reply) }));
    });
  }
  terminate(): void {}
}

beforeAll(() => vi.stubGlobal('Worker', FakeModelPyWorker));
afterAll(() => vi.unstubAllGlobals());

/** An app whose model.py holds `fields` fields. */
function appWithModel(fields: number): Map<string, Uint8Array> {
  const lines = ['class OrderModel(NormalModel):'];
  for (let i = 0; i < fields; i++)
    lines.push(`    f${i} = datatypes.Stext(name="f${i}", title="Field ${i}")`);
  return treeFromTexts({
    'models/OrderModel/e.json': '{"type": "models.NormalType"}',
    'models/OrderModel/model.py': `${lines.join('\n')}\n`,
    'events/a/e.json': '{"type": "events.WorkflowType", "model": "models.OrderModel", "operate": "Process"}',
  });
}

function nextReady(store: WorkspaceStore): Promise<WorkspaceSnapshot> {
  return new Promise((resolve) => {
    const stop = store.subscribe(() => {
      if (store.getSnapshot().status !== 'ready') return;
      stop();
      resolve(store.getSnapshot());
    });
  });
}

describe('opening an app with large model.py files', () => {
  it('opens a small app at once, on the page, as before', () => {
    const store = new WorkspaceStore();
    const before = FakeModelPyWorker.requests.length;
    store.load(appWithModel(10));
    expect(store.getSnapshot().status).toBe('ready');
    expect(store.getSnapshot().context.models.get('models.OrderModel')?.fields).toHaveLength(10);
    expect(FakeModelPyWorker.requests.length).toBe(before);
  });

  it('shows "Opening…" while a worker parses a large one, then its context', async () => {
    const tree = appWithModel(1_000);
    expect(tree.get('models/OrderModel/model.py')?.byteLength).toBeGreaterThan(PAGE_PARSE_BUDGET_BYTES);
    const store = new WorkspaceStore();
    store.load(tree);
    expect(store.getSnapshot()).toMatchObject({ status: 'loading', tree, selected: 'events/a' });
    expect(store.getSnapshot().context.models.size).toBe(0);
    const ready = await nextReady(store);
    expect(ready.context.models.get('models.OrderModel')?.fields).toHaveLength(1_000);
    expect(FakeModelPyWorker.requests.at(-1)?.files.map((f) => f.file)).toEqual([
      'models/OrderModel/model.py',
    ]);
    // The parse is remembered: showing the tree again (an undo, a rename) parses nothing.
    const requests = FakeModelPyWorker.requests.length;
    store.replaceTree(new Map(tree));
    expect(store.getSnapshot().status).toBe('ready');
    expect(FakeModelPyWorker.requests.length).toBe(requests);
  });

  it('applies only the last of two loads', async () => {
    const store = new WorkspaceStore();
    store.load(appWithModel(1_001));
    const second = appWithModel(1_002);
    store.load(second);
    const secondRequest = FakeModelPyWorker.requests.at(-1)?.id;
    const ready = await nextReady(store);
    // The first load's parse was answered first and dropped: ready came with the second's.
    expect(FakeModelPyWorker.answered.at(-1)).toBe(secondRequest);
    expect(FakeModelPyWorker.answered.at(-2)).toBe((secondRequest ?? 0) - 1);
    expect(ready.tree).toBe(second);
    expect(ready.context.models.get('models.OrderModel')?.fields).toHaveLength(1_002);
  });
});
