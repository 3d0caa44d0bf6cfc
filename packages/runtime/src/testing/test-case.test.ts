import { describe, expect, it } from 'vitest';
import type { RunResult } from '../sandbox/run.types.js';
import { evaluateTestCase, expectationsFromResult, plainEqual, testCaseFromRun } from './test-case.js';
import type { TestExpect } from './test-case-schema.js';

function result(patch: Partial<RunResult> = {}): RunResult {
  return {
    ok: true,
    fired: true,
    logs: [{ level: 'info', message: 'Order ORD-0001 approval status changed to: approved' }],
    error: null,
    row: {
      before: { status: 'pending', amount: 10, rep: { id: 'u1' } },
      after: { status: 'processing', amount: 10, rep: { id: 'u1' } },
      changed: ['status'],
    },
    saves: 1,
    serviceCalls: [],
    modelWrites: [],
    durationMs: 3,
    ...patch,
  };
}
const raised = result({
  ok: false,
  error: { type: 'ValueError', message: 'amount too high', line: 5, traceback: '' },
  saves: 0,
});
const verdict = (expect: TestExpect, run: RunResult = result()) => evaluateTestCase({ expect }, run);

describe('evaluateTestCase', () => {
  it('passes when every expectation holds, and when there are none', () => {
    expect(
      verdict({
        changed: { status: 'processing', rep: { id: 'u1' } },
        error: null,
        logIncludes: ['changed to: approved'],
        saves: 1,
      }),
    ).toEqual({ passed: true, failures: [] });
    expect(verdict({})).toEqual({ passed: true, failures: [] });
  });

  it('says which value differs, for each field', () => {
    expect(verdict({ changed: { status: 'cancelled', missing: 1 } })).toEqual({
      passed: false,
      failures: [
        'expected status to be "cancelled"; got "processing"',
        'expected missing to be 1; got nothing (no such field)',
      ],
    });
  });

  it('fails on an unexpected error with its type, message and line', () => {
    expect(verdict({ error: null }, raised).failures).toEqual([
      'expected no error; the handler raised ValueError: amount too high (line 5)',
    ]);
  });

  it('checks an expected error by type and message text', () => {
    expect(verdict({ error: { type: 'ValueError', messageIncludes: 'too high' } }, raised).passed).toBe(true);
    expect(verdict({ error: {} }, raised).passed).toBe(true);
    expect(verdict({ error: { type: 'KeyError', messageIncludes: 'missing' } }, raised).failures).toEqual([
      'expected KeyError to be raised; got ValueError: amount too high',
      "expected the error message to include 'missing'; got 'amount too high'",
    ]);
    expect(verdict({ error: { type: 'KeyError' } }).failures).toEqual([
      'expected KeyError to be raised; the handler returned normally',
    ]);
  });

  it('checks log lines and the number of saves', () => {
    expect(verdict({ logIncludes: ['x'] }, result({ logs: [] })).failures).toEqual([
      "expected a log line including 'x'; the run logged nothing",
    ]);
    expect(verdict({ logIncludes: ['rejected'], saves: 2 }).failures).toEqual([
      "expected a log line including 'rejected'; none of its 1 log line(s) does",
      'expected save() to be called 2 time(s); it was called 1 time(s)',
    ]);
  });

  it('fails when the event does not fire, unless that is what is expected', () => {
    const notFired = result({ fired: false, notFiredReason: 'status is not approved' });
    expect(verdict({ saves: 1 }, notFired).failures).toEqual([
      'expected the event to fire; it did not (status is not approved)',
    ]);
    expect(verdict({ fired: false }, notFired).passed).toBe(true);
    expect(verdict({ fired: false }).failures).toEqual(['expected the event not to fire; it fired']);
  });
});

describe('expectations from a run', () => {
  it('takes the changed values, no error and the saves of a good run', () => {
    expect(expectationsFromResult(result())).toEqual({
      changed: { status: 'processing' },
      error: null,
      saves: 1,
    });
  });

  it('takes the error type of a failed run, and only fired: false when it did not fire', () => {
    expect(expectationsFromResult(raised)).toEqual({
      changed: { status: 'processing' },
      error: { type: 'ValueError' },
      saves: 0,
    });
    expect(expectationsFromResult(result({ fired: false }))).toEqual({ fired: false });
  });

  it('makes a case that passes on the run it came from', () => {
    const testCase = testCaseFromRun(
      ' approves ',
      { status: 'approved', nodeTitle: 'x' },
      { status: 'pending' },
      result(),
    );
    expect(testCase).toMatchObject({ name: 'approves', input: { status: 'approved' } });
    expect(testCase.input).not.toHaveProperty('nodeTitle');
    expect(evaluateTestCase(testCase, result()).passed).toBe(true);
    expect(evaluateTestCase(testCase, raised).passed).toBe(false);
  });
});

describe('plainEqual', () => {
  it('compares deeply, ignoring key order', () => {
    expect(plainEqual({ a: [1, { b: 2 }], c: null }, { c: null, a: [1, { b: 2 }] })).toBe(true);
    expect(plainEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(plainEqual([1], { 0: 1 })).toBe(false);
    expect(plainEqual(null, {})).toBe(false);
  });
});
