import { describe, expect, it } from 'vitest';
import { treeFromTexts } from '../app/app-tree.js';
import { selectElements } from './select-elements.js';

describe('selectElements', () => {
  const tree = treeFromTexts({
    'app.json': '{}',
    'events/a/e.json': '{}',
    'events/a/inner.py': '',
    'events/ab/e.json': '{}',
    'events/b/e.json': '{}',
    'models/M/e.json': '{}',
  });

  it('takes the files under the given folders, paths kept', () => {
    expect([...selectElements(tree, ['events/a', 'models/M/']).keys()]).toEqual([
      'events/a/e.json',
      'events/a/inner.py',
      'models/M/e.json',
    ]);
  });

  it('matches whole folder names only, and nothing for no folders', () => {
    expect([...selectElements(tree, ['events/a']).keys()]).not.toContain('events/ab/e.json');
    expect(selectElements(tree, []).size).toBe(0);
    expect(selectElements(tree, ['', '/']).size).toBe(0);
  });
});
