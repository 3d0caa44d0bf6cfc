import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeText, treeFromTexts } from './app-tree.js';
import {
  fingerprintTree,
  foldersChangedSince,
  hashBytes,
  pathsChangedSince,
  updateChangedPaths,
  updateFingerprint,
} from './tree-fingerprint.js';

const app = () =>
  treeFromTexts({
    'app.json': '{"name": "demo"}',
    'events/a/e.json': '{"title": "A"}',
    'events/a/inner.py': 'def a(): pass\n',
    'events/b/e.json': '{"title": "B"}',
    'models/M/e.json': '{}',
    'models/M/model.py': 'class M: pass\n',
    '.event-studio/test-cases/events/a.json': '[]',
  });

describe('hashBytes', () => {
  it('gives equal bytes the same hash and different bytes different ones', () => {
    expect(hashBytes(encodeText('abc'))).toBe(hashBytes(encodeText('abc')));
    expect(hashBytes(encodeText('abc'))).not.toBe(hashBytes(encodeText('abd')));
    expect(hashBytes(new Uint8Array([0]))).not.toBe(hashBytes(new Uint8Array([0, 0])));
  });
});

describe('fingerprintTree', () => {
  it('covers every app file and none of the studio’s own', () => {
    expect([...fingerprintTree(app()).keys()].sort()).toEqual([
      'app.json',
      'events/a/e.json',
      'events/a/inner.py',
      'events/b/e.json',
      'models/M/e.json',
      'models/M/model.py',
    ]);
  });
});

describe('foldersChangedSince', () => {
  it('finds nothing in the tree the fingerprint was taken of', () => {
    const tree = app();
    expect(foldersChangedSince(tree, fingerprintTree(tree))).toEqual([]);
  });

  it('names the element whose file was changed, added or removed', () => {
    const fingerprint = fingerprintTree(app());
    const changed = new Map(app()).set('events/a/inner.py', encodeText('def a(): return 1\n'));
    expect(foldersChangedSince(changed, fingerprint)).toEqual(['events/a']);
    const added = new Map(app()).set('models/M/extra.py', encodeText('x = 1\n'));
    expect(foldersChangedSince(added, fingerprint)).toEqual(['models/M']);
    const removed = new Map(app());
    removed.delete('events/a/inner.py');
    expect(foldersChangedSince(removed, fingerprint)).toEqual(['events/a']);
  });

  it('names a new element and a deleted one', () => {
    const fingerprint = fingerprintTree(app());
    const tree = new Map(app()).set('events/c/e.json', encodeText('{}'));
    tree.delete('events/b/e.json');
    expect(foldersChangedSince(tree, fingerprint)).toEqual(['events/b', 'events/c']);
  });

  it('ignores the studio’s own files and files outside every element', () => {
    const fingerprint = fingerprintTree(app());
    const tree = new Map(app())
      .set('.event-studio/test-cases/events/a.json', encodeText('[{"name": "x"}]'))
      .set('app.json', encodeText('{"name": "renamed"}'));
    expect(foldersChangedSince(tree, fingerprint)).toEqual([]);
    // app.json is not an element, but it is a change that was not exported.
    expect(pathsChangedSince(tree, fingerprint)).toEqual(['app.json']);
  });

  it('counts a file in a sub-folder of an element for that element', () => {
    const base = new Map(app()).set('events/a/lib/util.py', encodeText('x = 1\n'));
    const tree = new Map(base).set('events/a/lib/util.py', encodeText('x = 2\n'));
    expect(foldersChangedSince(tree, fingerprintTree(base))).toEqual(['events/a']);
  });
});

describe('updateFingerprint', () => {
  it('takes the exported elements as they are now and leaves the others changed', () => {
    const fingerprint = fingerprintTree(app());
    const tree = new Map(app())
      .set('events/a/inner.py', encodeText('def a(): return 1\n'))
      .set('events/b/e.json', encodeText('{"title": "B2"}'));
    const after = updateFingerprint(fingerprint, tree, ['events/a']);
    expect(foldersChangedSince(tree, after)).toEqual(['events/b']);
    // The input is left as it was.
    expect(foldersChangedSince(tree, fingerprint)).toEqual(['events/a', 'events/b']);
  });

  it('forgets the files of an exported folder that the tree no longer has', () => {
    const fingerprint = fingerprintTree(app());
    const tree = new Map(app());
    tree.delete('events/b/e.json');
    const after = updateFingerprint(fingerprint, tree, ['events/b/']);
    expect(after.has('events/b/e.json')).toBe(false);
    expect(foldersChangedSince(tree, after)).toEqual([]);
  });

  it('does not take the studio’s own files into the fingerprint', () => {
    const after = updateFingerprint(new Map(), app(), ['.event-studio']);
    expect(after.size).toBe(0);
  });
});

describe('updateChangedPaths', () => {
  const paths = [
    'app.json',
    'events/a/e.json',
    'events/a/inner.py',
    'events/c/e.json',
    '.event-studio/x.json',
  ];
  const write = fc.record({
    path: fc.constantFrom(...paths),
    text: fc.option(fc.constantFrom('{"title": "A"}', '{}', 'def a(): pass\n', 'x'), { nil: undefined }),
  });

  it('after any sequence of writes, equals looking at every path again', () => {
    fc.assert(
      fc.property(fc.array(fc.array(write, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (batches) => {
        let tree = app();
        const fingerprint = fingerprintTree(tree);
        let changed = new Set(pathsChangedSince(tree, fingerprint));
        for (const batch of batches) {
          const next = new Map(tree);
          for (const { path, text } of batch) {
            if (text === undefined) next.delete(path);
            else next.set(path, encodeText(text));
          }
          tree = next;
          changed = updateChangedPaths(
            changed,
            tree,
            fingerprint,
            batch.map((w) => w.path),
          );
          expect([...changed].sort()).toEqual(pathsChangedSince(tree, fingerprint));
        }
      }),
    );
  });
});
