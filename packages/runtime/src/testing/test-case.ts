import type { EventInput } from '../element/approval-event.types.js';
import type { PlainValue, RunResult, SampleRow } from '../sandbox/run.types.js';
import type { TestCase, TestCaseInput, TestExpect } from './test-case-schema.js';

/** A test case's verdict; each failure is a sentence saying what was expected and what happened. */
export interface TestCaseVerdict {
  passed: boolean;
  failures: string[];
}

/** Deep equality of plain values; key order does not matter. */
export function plainEqual(a: PlainValue | undefined, b: PlainValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => plainEqual(v, b[i]))
    );
  }
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && plainEqual(a[key], b[key]))
  );
}

function show(value: PlainValue | undefined): string {
  return value === undefined ? 'nothing (no such field)' : JSON.stringify(value);
}

function errorFailures(expected: TestExpect['error'], result: RunResult): string[] {
  const actual = result.error;
  if (expected === undefined) return [];
  if (expected === null) {
    if (!actual) return [];
    const at = actual.line === null ? '' : ` (line ${actual.line})`;
    return [`expected no error; the handler raised ${actual.type}: ${actual.message}${at}`];
  }
  const wanted = expected.type ?? 'an error';
  if (!actual) return [`expected ${wanted} to be raised; the handler returned normally`];
  const failures: string[] = [];
  if (expected.type !== undefined && actual.type !== expected.type) {
    failures.push(`expected ${expected.type} to be raised; got ${actual.type}: ${actual.message}`);
  }
  if (expected.messageIncludes !== undefined && !actual.message.includes(expected.messageIncludes)) {
    failures.push(
      `expected the error message to include '${expected.messageIncludes}'; got '${actual.message}'`,
    );
  }
  return failures;
}

/** Checks one run against a test case's expectations: which hold, and what differs for those that do not. */
export function evaluateTestCase(testCase: Pick<TestCase, 'expect'>, result: RunResult): TestCaseVerdict {
  const expect = testCase.expect;
  const failures: string[] = [];
  if (expect.fired === false || !result.fired) {
    if (expect.fired === false && result.fired) failures.push('expected the event not to fire; it fired');
    if (expect.fired !== false && !result.fired) {
      failures.push(
        `expected the event to fire; it did not${result.notFiredReason ? ` (${result.notFiredReason})` : ''}`,
      );
    }
    return { passed: failures.length === 0, failures };
  }
  failures.push(...errorFailures(expect.error, result));
  for (const [field, value] of Object.entries(expect.changed ?? {})) {
    const actual = result.row.after[field];
    if (!plainEqual(actual, value))
      failures.push(`expected ${field} to be ${show(value)}; got ${show(actual)}`);
  }
  for (const text of expect.logIncludes ?? []) {
    if (!result.logs.some((log) => log.message.includes(text))) {
      const seen =
        result.logs.length === 0
          ? 'the run logged nothing'
          : `none of its ${result.logs.length} log line(s) does`;
      failures.push(`expected a log line including '${text}'; ${seen}`);
    }
  }
  if (expect.saves !== undefined && result.saves !== expect.saves) {
    failures.push(
      `expected save() to be called ${expect.saves} time(s); it was called ${result.saves} time(s)`,
    );
  }
  return { passed: failures.length === 0, failures };
}

/** What a run did, as expectations: the values it changed, its error type (or none), its saves. */
export function expectationsFromResult(result: RunResult): TestExpect {
  if (!result.fired) return { fired: false };
  const changed: Record<string, PlainValue> = {};
  for (const field of result.row.changed) {
    const value = result.row.after[field];
    if (value !== undefined)
      Object.defineProperty(changed, field, { value, enumerable: true, writable: true, configurable: true });
  }
  return {
    changed,
    error: result.error ? { type: result.error.type } : null,
    saves: result.saves,
  };
}

/** The parts of an event input a test case keeps (the node title is derived again on each run). */
export function testCaseInputOf(input: EventInput): TestCaseInput {
  const kept: TestCaseInput = {};
  if (input.status !== undefined) kept.status = input.status;
  if (input.triggerNode !== undefined) kept.triggerNode = input.triggerNode;
  if (input.handleType !== undefined) kept.handleType = input.handleType;
  if (input.nodeId !== undefined) kept.nodeId = input.nodeId;
  return kept;
}

/** A test case from a run the user liked: its input and row, and the run's result as expectations. */
export function testCaseFromRun(
  name: string,
  input: EventInput,
  row: SampleRow,
  result: RunResult,
): TestCase {
  return { name: name.trim(), input: testCaseInputOf(input), row, expect: expectationsFromResult(result) };
}
