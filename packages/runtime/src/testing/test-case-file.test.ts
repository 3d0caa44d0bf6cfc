import { describe, expect, it } from 'vitest';
import { readTestCasesFile, testCasesPath, upsertTestCase, writeTestCasesFile } from './test-case-file.js';
import type { TestCase } from './test-case-schema.js';

const folder = 'events/orderApproval';
const approves: TestCase = {
  name: 'approves',
  input: { status: 'approved' },
  row: { status: 'pending', rep: { userId: 'u1' } },
  expect: { changed: { status: 'processing' }, error: null, saves: 1 },
};

describe('test-case files', () => {
  it('live outside the element folder', () => {
    expect(testCasesPath(folder)).toBe('.event-studio/tests/events/orderApproval.json');
  });

  it('round-trip cases, and an absent file is no cases', () => {
    const text = writeTestCasesFile(folder, [approves]);
    expect(JSON.parse(text)).toMatchObject({ version: 1, element: 'events.orderApproval' });
    expect(readTestCasesFile(text, folder)).toEqual({ cases: [approves], kept: [], issues: [] });
    expect(readTestCasesFile(undefined, folder)).toEqual({ cases: [], kept: [], issues: [] });
  });

  it('report a file that is not JSON or not a test-case file, without throwing', () => {
    const broken = readTestCasesFile('{"version": 1,', folder);
    expect(broken.cases).toEqual([]);
    expect(broken.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'testCases.json', file: testCasesPath(folder) }),
    ]);
    expect(broken.issues[0]?.message).toMatch(/is not valid JSON .*saving a test case will replace it/);
    const wrong = readTestCasesFile('{"version": 2, "cases": {}}', folder);
    expect(wrong.issues[0]?.code).toBe('testCases.shape');
    expect(wrong.issues[0]?.message).toContain('version');
  });

  it('use the good cases of a file, and keep a bad one as it was', () => {
    const bad = { name: 'typo', input: {}, row: {}, expect: { saves: 'one' } };
    const text = JSON.stringify({ version: 1, element: 'events.orderApproval', cases: [bad, approves] });
    const read = readTestCasesFile(text, folder);
    expect(read.cases).toEqual([approves]);
    expect(read.kept).toEqual([bad]);
    expect(read.issues).toEqual([
      expect.objectContaining({ severity: 'warning', pointer: '/cases/0', code: 'testCases.case' }),
    ]);
    expect(read.issues[0]?.message).toMatch(
      /^Test case 1 'typo' .*\(expect\.saves: Invalid input: expected number, .*kept in the file but not run/,
    );
    expect(JSON.parse(writeTestCasesFile(folder, read.cases, read.kept)).cases).toEqual([approves, bad]);
  });

  it('replace a case of the same name in place, and add a new one at the end', () => {
    const other = { ...approves, name: 'rejects' };
    const changed = { ...approves, expect: { saves: 2 } };
    expect(upsertTestCase([approves, other], changed)).toEqual([changed, other]);
    expect(upsertTestCase([approves], other)).toEqual([approves, other]);
  });
});
