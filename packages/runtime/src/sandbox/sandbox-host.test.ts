import { describe, expect, it } from 'vitest';
import type { HostToWorker, WorkerToHost } from './protocol.js';
import type { RunRequest, RunResult } from './run.types.js';
import { SandboxHost, type SandboxState, type WorkerPort } from './sandbox-host.js';

// The host logic against a scripted worker (the real worker is covered by node-sandbox.test.ts).

type Reply = (message: HostToWorker, send: (data: unknown) => void) => void;

interface FakeWorker {
  port: WorkerPort;
  terminated: boolean;
}

function fakeSpawner(onRun: Reply): { spawn: () => WorkerPort; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const spawn = (): WorkerPort => {
    let listener: (data: unknown) => void = () => {};
    const worker: FakeWorker = {
      terminated: false,
      port: {
        post: (message) => {
          const send = (data: unknown) => setTimeout(() => !worker.terminated && listener(data), 1);
          if (message.type === 'init') {
            const ready: WorkerToHost = {
              type: 'ready',
              id: message.id,
              token: message.token,
              pythonVersion: '3.14.2',
              timings: { loadMs: 1, shimMs: 1, totalMs: 2 },
            };
            send(ready);
          } else onRun(message, send);
        },
        onMessage: (l) => {
          listener = l;
        },
        onError: () => {},
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
