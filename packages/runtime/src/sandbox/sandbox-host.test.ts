import { describe, expect, it } from 'vitest';
import type { HostToWorker, InitMessage, WorkerToHost } from './protocol.js';
import type { RunRequest, RunResult } from './run.types.js';
import { SandboxHost, type SandboxState, type WorkerPort } from './sandbox-host.js';
import { memorySnapshotStore } from './snapshot-store.js';
import { SnapshotVault } from './snapshot-vault.js';

// The host logic against a scripted worker (the real worker is covered by node-sandbox.test.ts).

type Reply = (message: HostToWorker, send: (data: unknown) => void) => void;
type InitReply = (message: InitMessage, send: (data: unknown) => void, crash: (error: Error) => void) => void;

interface FakeWorker {
  port: WorkerPort;
  terminated: boolean;
  init?: InitMessage;
  /** The snapshot bytes the host sent after an init that restores. */
  bytes?: ArrayBuffer | null;
}

function readyFor(message: InitMessage): WorkerToHost {
  return {
    type: 'ready',
    id: message.id,
    token: message.token,
    pythonVersion: '3.14.2',
    start: message.restore ? 'snapshot' : 'cold',
    timings: { loadMs: 1, shimMs: 1, totalMs: 2 },
  };
}

const answerReady: InitReply = (message, send) => send(readyFor(message));

function fakeSpawner(
  onRun: Reply,
  onInit: InitReply = answerReady,
): { spawn: () => WorkerPort; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const spawn = (): WorkerPort => {
    let listener: (data: unknown) => void = () => {};
    let errorListener: (error: Error) => void = () => {};
    const worker: FakeWorker = {
      terminated: false,
      port: {
        post: (message) => {
          const send = (data: unknown) => setTimeout(() => !worker.terminated && listener(data), 1);
          const crash = (error: Error) => setTimeout(() => !worker.terminated && errorListener(error), 1);
          if (message.type === 'init') {
            worker.init = message;
            if (!message.restore) onInit(message, send, crash);
          } else if (message.type === 'snapshotBytes') {
            // A restoring worker goes on once the bytes are there, as the engine does.
            worker.bytes = message.bytes;
            if (worker.init) onInit(worker.init, send, crash);
          } else onRun(message, send);
        },
        onMessage: (l) => {
          listener = l;
        },
        onError: (l) => {
          errorListener = l;
        },
        terminate: () => {
          worker.terminated = true;
        },
      },
    };
    workers.push(worker);
    return worker.port;
  };
  return { spawn, workers };
}

const KEY = 'format-1/pyodide-test/shim-test';

/** A worker that makes a 4-byte snapshot when asked, and restores from any it is given. */
const makesSnapshots: InitReply = (message, send) => {
  if (message.makeSnapshot) {
    const bytes = new Uint8Array([1, 2, 3, 4]).buffer;
    send({ type: 'snapshot', id: message.id, token: message.token, key: KEY, bytes, makeMs: 1 });
  }
  send(readyFor(message));
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const request = { row: { a: 1 } } as unknown as RunRequest;

function okResult(marker: string): RunResult {
  return {
    ok: true,
    fired: true,
    logs: [{ level: 'info', message: marker }],
    error: null,
    row: { before: {}, after: {}, changed: [] },
    saves: 0,
    serviceCalls: [],
    modelWrites: [],
    durationMs: 1,
  };
}

describe('SandboxHost', () => {
  it('ignores replies with a wrong token, a wrong id or a malformed result', async () => {
    const { spawn } = fakeSpawner((message, send) => {
      send({ type: 'result', id: message.id, token: 'forged', result: okResult('forged') });
      send({ type: 'result', id: message.id + 1000, token: message.token, result: okResult('other id') });
      send({ type: 'result', id: message.id, token: message.token, result: { ok: true } });
      send({ type: 'result', id: message.id, token: message.token, result: okResult('genuine') });
    });
    const host = new SandboxHost({ spawn, interruptible: false });
    const result = await host.run(request);
    expect(result.logs[0]?.message).toBe('genuine');
    host.dispose();
  });

  it('sends a started worker the request in the caller’s task, before any other microtask', async () => {
    const sent: string[] = [];
    const { spawn } = fakeSpawner((message, send) => {
      sent.push(message.type);
      send({ type: 'result', id: message.id, token: message.token, result: okResult('done') });
    });
    const host = new SandboxHost({ spawn, interruptible: false });
    await host.ready();
    await settle();
    const result = host.run(request);
    // A UI's re-render queued now must not delay the request: it is posted already.
    expect(sent).toEqual(['run']);
    expect((await result).logs[0]?.message).toBe('done');
    host.dispose();
  });

  it('terminates a worker that does not answer in time and runs the next request on a fresh one', async () => {
    let calls = 0;
    const { spawn, workers } = fakeSpawner((message, send) => {
      calls += 1;
      if (calls > 1)
        send({ type: 'result', id: message.id, token: message.token, result: okResult('after') });
    });
    const states: SandboxState[] = [];
    const host = new SandboxHost({ spawn, interruptible: false, onStateChange: (s) => states.push(s) });
    const stopped = await host.run({ ...request, timeoutMs: 50 });
    expect(stopped.timedOut).toBe(true);
    expect(stopped.error).toMatchObject({ type: 'Timeout', message: 'stopped after 0.1 s' });
    expect(stopped.row.before).toEqual({ a: 1 });
    expect(workers[0]?.terminated).toBe(true);
    const next = await host.run(request);
    expect(next.logs[0]?.message).toBe('after');
    expect(workers).toHaveLength(2);
    expect(states).toEqual(['ready', 'running', 'restarting', 'ready', 'running', 'ready']);
    host.dispose();
  });

  it('promotes a warm standby on restart', async () => {
    const { spawn, workers } = fakeSpawner(() => {});
    const host = new SandboxHost({ spawn, interruptible: false, standby: true });
    await host.ready();
    await new Promise((r) => setTimeout(r, 5));
    expect(workers).toHaveLength(2);
    await host.run({ ...request, timeoutMs: 10 });
    // the standby became current and a new standby is warming
    expect(workers).toHaveLength(3);
    expect(host.state).toBe('ready');
    host.dispose();
  });

  it('queues runs one at a time', async () => {
    const order: number[] = [];
    const { spawn } = fakeSpawner((message, send) => {
      order.push(message.id);
      send({ type: 'result', id: message.id, token: message.token, result: okResult(String(message.id)) });
    });
    const host = new SandboxHost({ spawn, interruptible: false });
    const results = await Promise.all([host.run(request), host.run(request), host.run(request)]);
    expect(results.map((r) => Number(r.logs[0]?.message))).toEqual(order);
    host.dispose();
    await expect(host.run(request)).rejects.toThrow('disposed');
  });
});

describe('SandboxHost with a memory snapshot', () => {
  it('stores the snapshot the first worker makes, and starts the next worker from it', async () => {
    const store = memorySnapshotStore();
    const { spawn, workers } = fakeSpawner(() => {}, makesSnapshots);
    const host = new SandboxHost({
      spawn,
      interruptible: false,
      standby: true,
      snapshot: new SnapshotVault(store, KEY),
    });
    expect((await host.ready()).start).toBe('cold');
    await host.settled();
    expect(workers[0]?.init?.makeSnapshot).toBe(true);
    expect(workers[1]?.init?.makeSnapshot).toBeUndefined();
    expect(workers[1]?.init?.restore).toBe(KEY);
    expect([...new Uint8Array(workers[1]?.bytes ?? new ArrayBuffer(0))]).toEqual([1, 2, 3, 4]);
    host.dispose();
    // A later visit: the first worker restores at once.
    const again = fakeSpawner(() => {}, makesSnapshots);
    const next = new SandboxHost({
      spawn: again.spawn,
      interruptible: false,
      snapshot: new SnapshotVault(store, KEY),
    });
    expect((await next.ready()).start).toBe('snapshot');
    next.dispose();
  });

  it('falls back to a cold start and deletes the snapshot when the restore fails', async () => {
    const store = memorySnapshotStore();
    await new SnapshotVault(store, KEY).keep(KEY, new Uint8Array([9]).buffer);
    const { spawn, workers } = fakeSpawner(
      () => {},
      (message, send) => {
        if (message.restore)
          send({ type: 'error', id: message.id, token: message.token, message: 'bad snapshot', fatal: true });
        else send(readyFor(message));
      },
    );
    const states: SandboxState[] = [];
    const host = new SandboxHost({
      spawn,
      interruptible: false,
      snapshot: new SnapshotVault(store, KEY),
      onStateChange: (state) => states.push(state),
    });
    expect((await host.ready()).start).toBe('cold');
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.init?.makeSnapshot).toBe(true);
    expect(await store.read()).toBeUndefined();
    // The user saw Python load, never fail.
    expect(states).toEqual(['ready']);
    host.dispose();
  });

  it('falls back when a worker dies while restoring, without restoring the same bytes again', async () => {
    const store = memorySnapshotStore();
    await new SnapshotVault(store, KEY).keep(KEY, new Uint8Array([9]).buffer);
    const { spawn, workers } = fakeSpawner(
      () => {},
      (message, send, crash) => {
        if (message.restore) crash(new Error('out of memory'));
        else send(readyFor(message));
      },
    );
    const host = new SandboxHost({ spawn, interruptible: false, snapshot: new SnapshotVault(store, KEY) });
    expect((await host.ready()).start).toBe('cold');
    expect(workers).toHaveLength(2);
    expect(await store.read()).toBeUndefined();
    host.dispose();
  });

  it('replaces a standby whose restore failed with a cold one', async () => {
    const store = memorySnapshotStore();
    let restores = 0;
    const { spawn, workers } = fakeSpawner(
      () => {},
      (message, send) => {
        if (message.restore) {
          restores += 1;
          send({ type: 'error', id: message.id, token: message.token, message: 'bad snapshot', fatal: true });
        } else makesSnapshots(message, send, () => {});
      },
    );
    const host = new SandboxHost({
      spawn,
      interruptible: false,
      standby: true,
      snapshot: new SnapshotVault(store, KEY),
    });
    await host.settled();
    expect(restores).toBe(1);
    expect(workers).toHaveLength(3);
    expect(workers[2]?.init?.restore).toBeUndefined();
    host.dispose();
  });

  it('stores nothing it did not ask for: a forged token, another key, a late or unasked snapshot', async () => {
    const bytesOf = async (store: ReturnType<typeof memorySnapshotStore>) => {
      const stored = await store.read();
      return stored ? [...new Uint8Array(await stored.bytes())] : undefined;
    };
    const bytes = () => new Uint8Array([6, 6, 6]).buffer;
    const forging: InitReply = (message, send) => {
      send({ type: 'snapshot', id: message.id, token: 'forged', key: KEY, bytes: bytes(), makeMs: 1 });
      send({
        type: 'snapshot',
        id: message.id,
        token: message.token,
        key: 'format-1/other',
        bytes: bytes(),
        makeMs: 1,
      });
      // Unasked when the worker was given a snapshot to restore.
      if (message.restore)
        send({ type: 'snapshot', id: message.id, token: message.token, key: KEY, bytes: bytes(), makeMs: 1 });
      send(readyFor(message));
      // After ready the init request is answered: a late snapshot has no request to match.
      send({ type: 'snapshot', id: message.id, token: message.token, key: KEY, bytes: bytes(), makeMs: 1 });
    };
    const empty = memorySnapshotStore();
    const first = new SandboxHost({
      spawn: fakeSpawner(() => {}, forging).spawn,
      interruptible: false,
      snapshot: new SnapshotVault(empty, KEY),
    });
    await first.ready();
    await settle();
    expect(await bytesOf(empty)).toBeUndefined();
    first.dispose();

    const kept = memorySnapshotStore();
    await new SnapshotVault(kept, KEY).keep(KEY, new Uint8Array([1]).buffer);
    const second = new SandboxHost({
      spawn: fakeSpawner(() => {}, forging).spawn,
      interruptible: false,
      snapshot: new SnapshotVault(kept, KEY),
    });
    expect((await second.ready()).start).toBe('snapshot');
    await settle();
    expect(await bytesOf(kept)).toEqual([1]);
    second.dispose();
  });
});
