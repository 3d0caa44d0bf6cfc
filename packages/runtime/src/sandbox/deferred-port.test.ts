import { describe, expect, it } from 'vitest';
import { deferredPort } from './deferred-port.js';
import type { HostToWorker } from './protocol.js';
import type { WorkerPort } from './worker-slot.js';

/** A port that records what reaches the "worker" and lets the test answer. */
function fakeWorker() {
  const posted: unknown[] = [];
  const listeners: Array<(data: unknown) => void> = [];
  const port: WorkerPort = {
    post: (message) => posted.push(message),
    onMessage: (listener) => listeners.push(listener),
    onError: () => {},
    terminate: () => {},
  };
  const answer = (data: unknown) => {
    for (const listener of listeners) listener(data);
  };
  return { port, posted, answer };
}

const init = { type: 'init', id: 1, token: 't' } as unknown as HostToWorker;
const run = { type: 'run', id: 2, token: 't' } as unknown as HostToWorker;

describe('deferredPort', () => {
  it('spawns the worker only when the gate opens, then delivers what was posted, in order', async () => {
    const worker = fakeWorker();
    let spawned = 0;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const port = deferredPort(() => {
      spawned++;
      return worker.port;
    }, gate);
    const heard: unknown[] = [];
    port.onMessage((data) => heard.push(data));
    port.post(init);
    port.post(run);
    await Promise.resolve();
    expect(spawned).toBe(0);
    open();
    await gate;
    await Promise.resolve();
    expect(spawned).toBe(1);
    expect(worker.posted).toEqual([init, run]);
    worker.answer({ type: 'ready' });
    expect(heard).toEqual([{ type: 'ready' }]);
  });

  it('never spawns a worker terminated before its gate opened', async () => {
    let spawned = 0;
    const port = deferredPort(() => {
      spawned++;
      return fakeWorker().port;
    }, Promise.resolve());
    port.terminate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(spawned).toBe(0);
  });

  it('starts the worker even when the gate fails', async () => {
    const worker = fakeWorker();
    const port = deferredPort(() => worker.port, Promise.reject(new Error('no first screen')));
    port.post(init);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(worker.posted).toEqual([init]);
  });
});
