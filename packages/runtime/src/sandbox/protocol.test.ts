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
