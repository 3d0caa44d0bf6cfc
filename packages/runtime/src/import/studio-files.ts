import { type AppTree, fullNameOf, isStudioFile, readText } from '../app/app-tree.js';
import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import { readSampleRowsFile, SAMPLE_ROWS_ROOT, sampleRowsPath } from '../testing/sample-rows-file.js';
import { readTestCasesFile, TEST_CASES_ROOT, testCasesPath } from '../testing/test-case-file.js';
import type { IncomingStudioFile, StudioFileKind } from './import-plan.types.js';

// The studio's own files in a whole-app zip (`.event-studio/tests/<folder>.json`,
// `.event-studio/rows/<folder>.json`) are not the platform's: the studio made them, or someone
// planted them so that a test case shows as passing. Each is read with the very reader the
// studio uses for its own (readTestCasesFile, readSampleRowsFile), must belong to an element of
// the incoming app, and is listed in the plan; one with any problem is never imported.

const SECTIONS: readonly { kind: StudioFileKind; root: string; pathOf(folder: string): string }[] = [
  { kind: 'testCases', root: `${TEST_CASES_ROOT}/`, pathOf: testCasesPath },
  { kind: 'sampleRows', root: `${SAMPLE_ROWS_ROOT}/`, pathOf: sampleRowsPath },
];

// What the readers tell a user of the studio will happen next; in an import, the file stays out.
const STUDIO_TIME_CLAUSES = [
  '; saving a test case will replace it.',
  '; the next edit of the rows replaces it.',
  '; it is kept in the file but not run.',
];

/** A reader's issue as the import reports it: an error, saying the file is not imported. */
function notImported(found: ValidationIssue): ValidationIssue {
  const clause = STUDIO_TIME_CLAUSES.find((c) => found.message.endsWith(c));
  const base = clause ? found.message.slice(0, -clause.length) : found.message.replace(/\.$/, '');
  return { ...found, severity: 'error', message: `${base}; the file is not imported.` };
}

/** Which studio file a path is, and for which element folder, when it is one the studio writes. */
function sectionOf(path: string): { kind: StudioFileKind; folder: string } | undefined {
  for (const section of SECTIONS) {
    if (!path.startsWith(section.root) || !path.endsWith('.json')) continue;
    const folder = path.slice(section.root.length, -'.json'.length);
    if (folder !== '' && section.pathOf(folder) === path) return { kind: section.kind, folder };
  }
  return undefined;
}

/** Reads and checks one studio file of the incoming app. */
function checkStudioFile(incoming: AppTree, path: string, elements: ReadonlySet<string>): IncomingStudioFile {
  const section = sectionOf(path);
  if (section === undefined) {
    const message = `${path} is not a file the studio keeps (its files are ${TEST_CASES_ROOT}/<element folder>.json and ${SAMPLE_ROWS_ROOT}/<element folder>.json); the file is not imported.`;
    return {
      path,
      issues: [issue('error', 'studioFile.unknown', path, '', message, { params: { file: path } })],
    };
  }
  const { kind, folder } = section;
  const fullName = fullNameOf(folder);
  const base = { path, kind, element: folder };
  if (!elements.has(folder)) {
    const what = kind === 'testCases' ? 'test cases' : 'sample rows';
    const message = `${path} holds ${what} for ${fullName}, which the app does not have (no ${folder}/e.json); the file is not imported.`;
    const params = { file: path, element: fullName, kind };
    return { ...base, issues: [issue('error', 'studioFile.noElement', path, '', message, { params })] };
  }
  const text = readText(incoming, path);
  if (kind === 'sampleRows') {
    const read = readSampleRowsFile(text, folder);
    return { ...base, count: read.rows?.length ?? 0, issues: read.issues.map(notImported) };
  }
  const read = readTestCasesFile(text, folder);
  const issues = read.issues.map(notImported);
  const named = issues.length === 0 ? namedElement(text) : fullName;
  if (named !== fullName) {
    const message = `${path} names element ${JSON.stringify(named)}, but it is the test-case file of ${fullName}: "element" must be "${fullName}"; the file is not imported.`;
    const params = { file: path, element: fullName, named: String(named) };
    issues.push(issue('error', 'studioFile.wrongElement', path, '/element', message, { params }));
  }
  return { ...base, count: read.cases.length, issues };
}

/** The `element` a test-case file names (the reader has checked it is a string). */
function namedElement(text: string | undefined): unknown {
  try {
    const value: unknown = JSON.parse(text ?? '');
    return typeof value === 'object' && value !== null && 'element' in value ? value.element : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The studio's files (under `.event-studio/`) of a whole-app zip, in path order, each read as
 * the studio reads its own and checked against the incoming app's element folders. A file
 * with no issue may be imported (the plan's default); one with issues never is.
 */
export function planStudioFiles(incoming: AppTree, elementFolders: readonly string[]): IncomingStudioFile[] {
  const elements = new Set(elementFolders);
  return [...incoming.keys()]
    .filter(isStudioFile)
    .sort()
    .map((path) => checkStudioFile(incoming, path, elements));
}

/** True when a studio file passed every check, so an import may take it. */
export function isImportableStudioFile(file: IncomingStudioFile): boolean {
  return file.kind !== undefined && file.issues.length === 0;
}
