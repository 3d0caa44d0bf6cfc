import { describe, expect, it } from 'vitest';
import { treeFromTexts } from '../app/app-tree.js';
import { findElementReferences, replaceFullName } from './element-references.js';

describe('findElementReferences', () => {
  const tree = treeFromTexts({
    'events/a/inner.py': 'x = app.getElement("events.a")\n',
    'events/b/inner.py': '# uses events.a\n\ny = app.getElement("events.a")\nz = "events.ab", "myevents.a"\n',
    'services/S/service.py': 'nested = app.getElement("events.a.inner")\n',
    '.event-studio/tests/events/a.json': '{"element": "events.a"}',
    'README.md': 'The `events.a` event does this.',
    'app.json': '{"entry": "events.a"}',
  });
  tree.set('events/b/blob.json', new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode('events.a')]));

  it('finds whole mentions in code and configuration outside the folder, not in docs, studio or binary files, by file', () => {
    expect(findElementReferences(tree, 'events.a', 'events/a')).toEqual([
      { file: 'app.json', line: 1, column: 12 },
      { file: 'events/b/inner.py', line: 1, column: 8 },
      { file: 'events/b/inner.py', line: 3, column: 21 },
      { file: 'services/S/service.py', line: 1, column: 26 },
    ]);
  });

  it('finds nothing when no other file names the element', () =>
    expect(findElementReferences(tree, 'events.b', 'events/b')).toEqual([]));
});

describe('replaceFullName', () => {
  it('replaces whole mentions and names inside the element, not look-alikes', () =>
    expect(replaceFullName('"events.a" "events.a.x" "events.ab" "xevents.a"', 'events.a', 'events.c')).toBe(
      '"events.c" "events.c.x" "events.ab" "xevents.a"',
    ));
});
