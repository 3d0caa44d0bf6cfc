import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalEvent } from '../element/approval-event.types.js';
import { NodeSandbox } from './node-sandbox.js';
import type { RunRequest } from './run.types.js';
import { memorySnapshotStore, observedSnapshotStore, type SnapshotStore } from './snapshot-store.js';

// The memory snapshot with real Pyodide in Node worker threads: a restored worker behaves as a
// cold one, and a damaged snapshot costs a cold start, never Python. (The restored workers' lock-down
// is checked by hostile.test.ts; Cache Storage by e2e/tests/sandbox-warm-start.spec.ts.)

const ELEMENT: ApprovalEvent = {
  fullName: 'events.order',
  folder: 'events/order',
  spelling: 'seed',
  title: 'Order',
  model: 'models.OrderModel',
  operate: 'Process',
  funcType: 'inner',
  func: 'inner.handle',
  triggerNode: [],
  handleType: [],
  enable: 1,
  config: {},
};

const HANDLER = `import random, sys
from jit.commons.utils.logger import log

def handle(eventOutData):
    if eventOutData.status.value == "approved":
        eventOutData.row.status = "processing"
        eventOutData.row.save()
    log.info("handled")
    return [random.random(), sys.path[:2]]
`;

const REQUEST: RunRequest = {
  element: ELEMENT,
  files: { 'events/order/inner.py': HANDLER },
  model: { fullName: 'models.OrderModel', fields: [{ name: 'status', type: 'Stext' }] },
  row: { status: 'pending' },
  input: { status: 'approved' },
};

/** A memory store, and a promise of its next write. */
function watchedStore(inner: SnapshotStore = memorySnapshotStore()): {
  store: SnapshotStore;
  written: Promise<void>;
} {
  let wrote = () => {};
  const written = new Promise<void>((resolve) => {
    wrote = resolve;
  });
  return { store: observedSnapshotStore(inner, () => wrote()), written };
}

const sandboxes: NodeSandbox[] = [];
async function start(store: SnapshotStore): Promise<NodeSandbox> {
  const sandbox = await NodeSandbox.start({ snapshot: { store } });
  sandboxes.push(sandbox);
  return sandbox;
}

const made = watchedStore();

beforeAll(async () => {
  const maker = await start(made.store);
  expect(maker.startup.start).toBe('cold');
  expect(maker.startup.timings.snapshotMs).toBeGreaterThan(0);
  await made.written;
  maker.dispose();
});

afterAll(() => {
  for (const sandbox of sandboxes) sandbox.dispose();
});

describe('a worker restored from the memory snapshot', () => {
  it('runs a handler as a cold worker does, with random numbers of its own', async () => {
    const first = await start(made.store);
    const second = await start(made.store);
    expect([first.startup.start, second.startup.start]).toEqual(['snapshot', 'snapshot']);
    const a = await first.run(REQUEST);
    const b = await second.run(REQUEST);
    expect(a.error).toBeNull();
    expect(a.row.after.status).toBe('processing');
    expect(a.saves).toBe(1);
    expect(a.logs).toEqual([{ level: 'info', message: 'handled' }]);
    const [randomA, pathA] = a.returnValue as [number, string[]];
    const [randomB] = b.returnValue as [number, string[]];
    // The shim's folder first, as in a cold worker (Pyodide puts "" in front again on restore).
    expect(pathA).toEqual(['/event_studio_lib', '']);
    // Reseeded after the restore: two workers from one snapshot do not share a random sequence.
    expect(randomA).not.toBe(randomB);
  });

  it('falls back to a cold start when the stored snapshot is damaged, and stores a good one', async () => {
    const stored = await made.store.read();
    if (!stored) throw new Error('no snapshot was stored');
    const bytes = new Uint8Array(await stored.bytes());
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] as number) ^ 0xff;
    const inner = memorySnapshotStore();
    await inner.write(stored.key, bytes.buffer);
    const damaged = watchedStore(inner);
    const sandbox = await start(damaged.store);
    expect(sandbox.startup.start).toBe('cold');
    expect((await sandbox.run(REQUEST)).row.after.status).toBe('processing');
    await damaged.written;
    const replaced = await start(damaged.store);
    expect(replaced.startup.start).toBe('snapshot');
  });
});
