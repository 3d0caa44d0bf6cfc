import type { z } from 'zod';
import { STUDIO_FILES_ROOT } from '../app/app-tree.js';
import { readJsonValue } from '../app/json-document.js';
import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import { type TestCase, testCaseSchema, testCasesFileSchema } from './test-case-schema.js';

/**
 * Where the studio keeps an element's test cases: outside every element folder, so an exported
 * element carries no file the platform does not expect. A whole-app export should leave
 * `.event-studio/` out.
 */
export const TEST_CASES_ROOT = `${STUDIO_FILES_ROOT}tests`;

/** The path of an element's test-case file: `.event-studio/tests/events/orderApproval.json`. */
export function testCasesPath(folder: string): string {
  return `${TEST_CASES_ROOT}/${folder}.json`;
}

/** An element's test cases as read: the valid ones, the invalid ones kept as they were, and why. */
export interface TestCasesFile {
  cases: TestCase[];
  /** Entries that are not valid test cases: reported, and written back untouched. */
  kept: unknown[];
  issues: ValidationIssue[];
}

function describeZodIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`)
    .join('; ');
}

/**
 * Reads an element's test-case file (absent → no cases). A broken file or a broken case is an
 * issue, never a throw; the good cases of a file are still used.
 */
export function readTestCasesFile(text: string | undefined, folder: string): TestCasesFile {
  const file = testCasesPath(folder);
  if (text === undefined) return { cases: [], kept: [], issues: [] };
  const read = readJsonValue(text);
  if (!read.ok) {
    const message = `${file} is not ${read.reason === 'syntax' ? 'valid JSON' : 'read'} (${read.message}); saving a test case will replace it.`;
    return { cases: [], kept: [], issues: [issue('error', 'testCases.json', file, '', message)] };
  }
  const json = read.value;
  const parsed = testCasesFileSchema.safeParse(json);
  if (!parsed.success) {
    const message = `${file} is not a test-case file (${describeZodIssues(parsed.error)}); saving a test case will replace it.`;
    return { cases: [], kept: [], issues: [issue('error', 'testCases.shape', file, '', message)] };
  }
  const result: TestCasesFile = { cases: [], kept: [], issues: [] };
  parsed.data.cases.forEach((entry, index) => {
    const testCase = testCaseSchema.safeParse(entry);
    if (testCase.success) {
      result.cases.push(testCase.data);
      return;
    }
    result.kept.push(entry);
    const name =
      typeof entry === 'object' && entry !== null && 'name' in entry ? ` '${String(entry.name)}'` : '';
    result.issues.push(
      issue(
        'warning',
        'testCases.case',
        file,
        `/cases/${index}`,
        `Test case ${index + 1}${name} in ${file} is not valid (${describeZodIssues(testCase.error)}); it is kept in the file but not run.`,
      ),
    );
  });
  return result;
}

/** The file's text for these cases (and any invalid entries read before, kept as they were). */
export function writeTestCasesFile(
  folder: string,
  cases: readonly TestCase[],
  kept: readonly unknown[] = [],
): string {
  const element = folder.split('/').join('.');
  return `${JSON.stringify({ version: 1, element, cases: [...cases, ...kept] }, null, 2)}\n`;
}

/** The cases with this one added, or replacing the case of the same name where it was. */
export function upsertTestCase(cases: readonly TestCase[], testCase: TestCase): TestCase[] {
  const at = cases.findIndex((c) => c.name === testCase.name);
  return at === -1 ? [...cases, testCase] : cases.map((c, i) => (i === at ? testCase : c));
}
