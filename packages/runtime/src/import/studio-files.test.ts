import { beforeAll, describe, expect, it } from 'vitest';
import { readAppFolder, sampleAppDir } from '../app/app-folder.node.js';
import { type AppTree, encodeText } from '../app/app-tree.js';
import { readZip } from '../bundle/read-zip.js';
import { writeZip } from '../bundle/write-zip.js';
import { writeSampleRowsFile } from '../testing/sample-rows-file.js';
import { writeTestCasesFile } from '../testing/test-case-file.js';
import type { TestCase } from '../testing/test-case-schema.js';
import { applyImport } from './apply-import.js';
import { planImport } from './plan-import.js';

let sample: AppTree;
beforeAll(async () => {
  sample = await readAppFolder(sampleAppDir());
});

const ORDER = 'events/orderApproval';
const TESTS = '.event-studio/tests/events/orderApproval.json';
const ROWS = '.event-studio/rows/events/orderApproval.json';
const passes: TestCase = { name: 'always passes', input: {}, row: {}, expect: {} };

/** The sample app as a whole-app zip would bring it, with these extra files. */
function appWith(files: Record<string, string>): Map<string, Uint8Array> {
  const tree = new Map(sample);
  for (const [path, text] of Object.entries(files)) tree.set(path, encodeText(text));
  return tree;
}

describe('planImport: the studio files of a whole app', () => {
  it('lists well-formed test cases and sample rows, with their element and count; apply takes them', () => {
    const incoming = appWith({
      [TESTS]: writeTestCasesFile(ORDER, [passes, { ...passes, name: 'second' }]),
      [ROWS]: writeSampleRowsFile('models.OrderModel', [{ orderNo: 'ORD-1' }], 0),
    });
    const plan = planImport(new Map(), incoming);
    expect(plan.studioFiles).toEqual([
      { path: ROWS, kind: 'sampleRows', element: ORDER, count: 1, issues: [] },
      { path: TESTS, kind: 'testCases', element: ORDER, count: 2, issues: [] },
    ]);
    expect(plan.elements.map((e) => e.folder)).not.toContain('.event-studio/tests/events');
    const { tree } = applyImport(new Map(), plan, {});
    expect(tree.get(TESTS)).toBe(incoming.get(TESTS));
    expect(tree.get(ROWS)).toBe(incoming.get(ROWS));
  });

  it('leaves out the files the user unticks, and never takes one with issues even when asked', () => {
    const incoming = appWith({
      [TESTS]: writeTestCasesFile(ORDER, [passes]),
      [ROWS]: '{"version": 1}',
    });
    const plan = planImport(new Map(), incoming);
    expect(applyImport(new Map(), plan, {}, { studioFiles: [] }).tree.has(TESTS)).toBe(false);
    const asked = applyImport(new Map(), plan, {}, { studioFiles: [TESTS, ROWS] }).tree;
    expect(asked.has(TESTS)).toBe(true);
    expect(asked.has(ROWS)).toBe(false);
    expect(applyImport(new Map(), plan, {}).tree.has(ROWS)).toBe(false);
    // The app's own files all come, in the zip's order.
    const withoutStudio = [...incoming.keys()].filter((path) => !path.startsWith('.event-studio/'));
    expect([...applyImport(new Map(), plan, {}, { studioFiles: [] }).tree.keys()]).toEqual(withoutStudio);
  });

  it('reports a malformed file by file, field and what would be right, and does not take it', () => {
    const badCase = { name: 'planted', input: {}, row: {}, expect: { fired: 'yes' } };
    const cases: [string, string, string, string, RegExp][] = [
      [TESTS, '{"version": 1,', 'testCases.json', '', /is not valid JSON .*; the file is not imported\.$/],
      [
        TESTS,
        '{"version": 2, "element": "events.orderApproval", "cases": []}',
        'testCases.shape',
        '',
        /is not a test-case file \(version: .*\); the file is not imported\.$/,
      ],
      [
        TESTS,
        JSON.stringify({ version: 1, element: 'events.orderApproval', cases: [badCase] }),
        'testCases.case',
        '/cases/0',
        /Test case 1 'planted' .* is not valid \(expect\.fired: .*boolean.*\); the file is not imported\.$/,
      ],
      [
        TESTS,
        writeTestCasesFile('events/leaveHandled', [passes]),
        'studioFile.wrongElement',
        '/element',
        /names element "events\.leaveHandled", .*"element" must be "events\.orderApproval"/,
      ],
      [
        ROWS,
        '{"version": 1, "model": "models.OrderModel", "rows": {}, "selected": 0}',
        'sampleRows.shape',
        '',
        /is not a sample-rows file \(wrong: rows; expected \{"version": 1.*; the file is not imported\.$/,
      ],
    ];
    for (const [path, text, code, pointer, message] of cases) {
      const incoming = appWith({ [path]: text });
      const plan = planImport(new Map(), incoming);
      expect(plan.studioFiles, code).toHaveLength(1);
      const [file] = plan.studioFiles;
      expect(file?.issues, code).toEqual([
        expect.objectContaining({ severity: 'error', code, file: path, pointer }),
      ]);
      expect(file?.issues[0]?.message, code).toMatch(message);
      expect(applyImport(new Map(), plan, {}).tree.has(path), code).toBe(false);
    }
  });

  it('reports files for an element the app lacks, and files the studio never writes', () => {
    const plan = planImport(
      new Map(),
      appWith({
        '.event-studio/tests/events/ghost.json': writeTestCasesFile('events/ghost', [passes]),
        '.event-studio/notes.txt': 'hello',
        '.event-studio/x/e.json': '{"type": "events.WorkflowType"}',
        '.event-studio/tests/events/orderApproval.py': '',
      }),
    );
    expect(plan.studioFiles.map((f) => [f.path, f.issues.map((i) => i.code)])).toEqual([
      ['.event-studio/notes.txt', ['studioFile.unknown']],
      ['.event-studio/tests/events/ghost.json', ['studioFile.noElement']],
      ['.event-studio/tests/events/orderApproval.py', ['studioFile.unknown']],
      ['.event-studio/x/e.json', ['studioFile.unknown']],
    ]);
    expect(plan.studioFiles[1]?.issues[0]?.message).toBe(
      '.event-studio/tests/events/ghost.json holds test cases for events.ghost, which the app does not have (no events/ghost/e.json); the file is not imported.',
    );
    // An e.json under .event-studio/ is no element, and is not validated as one.
    expect(plan.elements.map((e) => e.folder).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(plan.issues.filter((i) => i.file.startsWith('.event-studio/'))).toEqual([]);
    const { tree } = applyImport(new Map(), plan, {});
    expect([...tree.keys()].filter((path) => path.startsWith('.event-studio/'))).toEqual([]);
  });

  it('has none for an app without studio files, and a round trip keeps every app file', () => {
    const read = readZip(writeZip(sample));
    if (!read.ok) throw new Error(read.error.message);
    const plan = planImport(sample, read.tree);
    expect(plan.studioFiles).toEqual([]);
    expect(applyImport(sample, plan, {}).tree).toEqual(read.tree);
  });
});

describe('planImport: the studio files of an element zip', () => {
  it('are never elements nor imported, even in a folder with an e.json', () => {
    const incoming = new Map([
      [`${ORDER}/e.json`, sample.get(`${ORDER}/e.json`)!],
      ['.event-studio/tests/events/e.json', encodeText('{"type": "events.WorkflowType"}')],
      [TESTS, encodeText(writeTestCasesFile(ORDER, [passes]))],
    ]);
    const current = new Map(sample);
    const plan = planImport(current, incoming);
    expect(plan.kind).toBe('elements');
    expect(plan.elements.map((e) => e.folder)).toEqual([ORDER]);
    expect(plan.ignored).toEqual(['.event-studio/tests/events/e.json', TESTS]);
    expect(plan.studioFiles).toEqual([]);
    const { tree } = applyImport(current, plan, { [ORDER]: 'replace' });
    expect([...tree.keys()].filter((path) => path.startsWith('.event-studio/'))).toEqual([]);
    expect(current).toEqual(sample);
  });
});
