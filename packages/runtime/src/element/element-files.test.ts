import { describe, expect, it } from 'vitest';
import { belongsToElement, relocatePath, splitFolder } from './element-files.js';

describe('belongsToElement', () => {
  it.each([
    ['events/a/e.json', true],
    ['events/a/sub/e.json', true],
    ['.event-studio/tests/events/a.json', true],
    ['.event-studio/runs/events/a/last.json', true],
    ['events/ab/e.json', false],
    ['.event-studio/tests/events/ab.json', false],
    ['.event-studio/tests/events/a.x/y.json', false],
    ['events/a', false],
  ])('%s → %s for events/a', (path, expected) => expect(belongsToElement(path, 'events/a')).toBe(expected));
});

describe('relocatePath', () => {
  it('moves folder files and studio files, and leaves other paths', () => {
    expect(relocatePath('events/a/inner.py', 'events/a', 'events/b')).toBe('events/b/inner.py');
    expect(relocatePath('.event-studio/tests/events/a.json', 'events/a', 'events/b')).toBe(
      '.event-studio/tests/events/b.json',
    );
    expect(relocatePath('models/M/e.json', 'events/a', 'events/b')).toBe('models/M/e.json');
  });
});

describe('splitFolder', () => {
  it('splits parent and name', () => {
    expect(splitFolder('events/sales/a')).toEqual({ parent: 'events/sales', name: 'a' });
    expect(splitFolder('a')).toEqual({ parent: '', name: 'a' });
  });
});
