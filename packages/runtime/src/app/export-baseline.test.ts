import { describe, expect, it } from 'vitest';
import { encodeText, readText, treeFromTexts } from './app-tree.js';
import { baselineFileOf, baselineOf, baselineWithoutCopies, updateBaseline } from './export-baseline.js';
import { fingerprintTree } from './tree-fingerprint.js';

const app = () =>
  treeFromTexts({
    'app.json': '{"name": "demo"}',
    'events/a/e.json': '{"title": "A"}',
    'events/a/inner.py': 'def a(): pass\n',
    'events/b/e.json': '{"title": "B"}',
    '.event-studio/x/e.json': '{}',
  });

const write = (tree: Map<string, Uint8Array>, path: string, text: string) =>
  new Map(tree).set(path, encodeText(text));

const textOf = (file: ReturnType<typeof baselineFileOf>) =>
  file.kind === 'known' ? new TextDecoder().decode(file.bytes) : file.kind;

describe('baselineOf', () => {
  it('copies every app e.json (not the studio’s own files) and fingerprints every app file', () => {
    const tree = app();
    const baseline = baselineOf(tree);
    expect([...baseline.elementJson.keys()].sort()).toEqual(['events/a/e.json', 'events/b/e.json']);
    expect(baseline.fingerprint).toEqual(fingerprintTree(tree));
  });
});

describe('baselineFileOf', () => {
  it('gives the e.json as it was at the baseline after it has been edited', () => {
    const tree = app();
    const baseline = baselineOf(tree);
    const edited = write(tree, 'events/a/e.json', '{"title": "A2"}');
    expect(textOf(baselineFileOf(baseline, edited, 'events/a/e.json'))).toBe('{"title": "A"}');
  });

  it('says absent for an element created since', () => {
    const baseline = baselineOf(app());
    const added = write(app(), 'events/c/e.json', '{}');
    expect(baselineFileOf(baseline, added, 'events/c/e.json')).toEqual({ kind: 'absent' });
  });

  it('with hashes only, knows an unchanged file and says unknown for a changed one', () => {
    const tree = app();
    const baseline = baselineWithoutCopies(fingerprintTree(tree));
    expect(textOf(baselineFileOf(baseline, tree, 'events/b/e.json'))).toBe('{"title": "B"}');
    const edited = write(tree, 'events/b/e.json', '{"title": "B2"}');
    expect(baselineFileOf(baseline, edited, 'events/b/e.json')).toEqual({ kind: 'unknown' });
  });
});

describe('updateBaseline', () => {
  it('takes the exported folders as they are now and keeps the others as they were', () => {
    const tree = app();
    const baseline = baselineOf(tree);
    let edited = write(tree, 'events/a/e.json', '{"title": "A2"}');
    edited = write(edited, 'events/b/e.json', '{"title": "B2"}');
    const after = updateBaseline(baseline, edited, ['events/a']);
    expect(textOf(baselineFileOf(after, edited, 'events/a/e.json'))).toBe('{"title": "A2"}');
    expect(textOf(baselineFileOf(after, edited, 'events/b/e.json'))).toBe('{"title": "B"}');
    expect(readText(edited, 'events/a/e.json')).toBe('{"title": "A2"}');
  });

  it('drops an exported folder’s e.json the tree no longer has', () => {
    const tree = app();
    const removed = new Map(tree);
    removed.delete('events/b/e.json');
    const after = updateBaseline(baselineOf(tree), removed, ['events/b']);
    expect(after.elementJson.has('events/b/e.json')).toBe(false);
    expect(after.fingerprint.has('events/b/e.json')).toBe(false);
  });
});
