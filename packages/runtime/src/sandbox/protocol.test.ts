import { describe, expect, it } from 'vitest';
import { isHostToWorker, isRunResult, isWorkerToHost } from './protocol.js';

describe('protocol guards', () => {
  it('accept well-formed messages and refuse anything else', () => {
    expect(isHostToWorker({ type: 'init', id: 1, token: 't' })).toBe(true);
    expect(isHostToWorker({ type: 'run', id: 1, token: 't', request: {} })).toBe(true);
    expect(isHostToWorker({ type: 'run', id: 1, request: {} })).toBe(false);
    expect(isHostToWorker({ type: 'eval', id: 1, token: 't' })).toBe(false);
    expect(isWorkerToHost({ type: 'error', id: 1, token: 't', message: 'x', fatal: false })).toBe(true);
    expect(isWorkerToHost({ type: 'ready', id: 1, token: 't' })).toBe(false);
    expect(isWorkerToHost('{"type":"result"}')).toBe(false);
    expect(isWorkerToHost(null)).toBe(false);
  });

  it('check the snapshot fields of init and the snapshot message', () => {
    const bytes = new ArrayBuffer(8);
    expect(isHostToWorker({ type: 'init', id: 1, token: 't', restore: 'k' })).toBe(true);
    expect(isHostToWorker({ type: 'init', id: 1, token: 't', makeSnapshot: true })).toBe(true);
    expect(isHostToWorker({ type: 'init', id: 1, token: 't', restore: 1 })).toBe(false);
    expect(isHostToWorker({ type: 'init', id: 1, token: 't', makeSnapshot: 'yes' })).toBe(false);
    expect(isHostToWorker({ type: 'snapshotBytes', id: 1, token: 't', bytes })).toBe(true);
    expect(isHostToWorker({ type: 'snapshotBytes', id: 1, token: 't', bytes: null })).toBe(true);
    expect(isHostToWorker({ type: 'snapshotBytes', id: 1, token: 't', bytes: new Uint8Array(8) })).toBe(
      false,
    );
    expect(isHostToWorker({ type: 'snapshotBytes', id: 1, bytes })).toBe(false);

    const snapshot = { type: 'snapshot', id: 1, token: 't', key: 'k', bytes, makeMs: 120 };
    expect(isWorkerToHost(snapshot)).toBe(true);
    expect(isWorkerToHost({ ...snapshot, token: undefined })).toBe(false);
    expect(isWorkerToHost({ ...snapshot, bytes: new Uint8Array(8) })).toBe(false);
    expect(isWorkerToHost({ ...snapshot, key: 3 })).toBe(false);
    expect(isWorkerToHost({ ...snapshot, makeMs: undefined })).toBe(false);

    const ready = {
      type: 'ready',
      id: 1,
      token: 't',
      timings: {},
      pythonVersion: '3.14.2',
      start: 'snapshot',
    };
    expect(isWorkerToHost(ready)).toBe(true);
    expect(isWorkerToHost({ ...ready, start: 'warm' })).toBe(false);
  });

  it('check a run result shape', () => {
    const result = {
      ok: false,
      fired: true,
      logs: [{ level: 'print', message: 'x' }],
      error: { type: 'ValueError', message: 'm', line: 3, file: 'a.py', traceback: '' },
      row: { before: {}, after: {}, changed: [] },
      saves: 0,
      serviceCalls: [],
      modelWrites: [],
      durationMs: 1,
    };
    expect(isRunResult(result)).toBe(true);
    expect(isRunResult({ ...result, logs: [{ level: 'info' }] })).toBe(false);
    expect(isRunResult({ ...result, row: null })).toBe(false);
  });
});
