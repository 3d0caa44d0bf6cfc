import { describe, expect, it } from 'vitest';
import { encodeText, sameElementsAfterWrite, treeFromTexts } from './app-tree.js';

describe('sameElementsAfterWrite', () => {
  const before = treeFromTexts({ 'events/a/e.json': '{}', 'events/a/inner.py': '' });

  it('keeps the elements when a write edits files, an e.json included', () => {
    const after = new Map(before).set('events/a/e.json', encodeText('{"title": "A"}'));
    after.set('events/a/inner.py', encodeText('def a(): pass\n'));
    expect(sameElementsAfterWrite(before, after, ['events/a/e.json', 'events/a/inner.py'])).toBe(true);
  });

  it('says the elements changed when an e.json comes or goes', () => {
    const added = new Map(before).set('events/b/e.json', encodeText('{}'));
    expect(sameElementsAfterWrite(before, added, ['events/b/e.json'])).toBe(false);
    const removed = new Map(before);
    removed.delete('events/a/e.json');
    expect(sameElementsAfterWrite(before, removed, ['events/a/e.json'])).toBe(false);
  });
});
