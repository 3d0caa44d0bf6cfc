import { describe, expect, it } from 'vitest';
import { checkEntryPath, collisionKey, findCollision, isJunkPath } from './zip-entry-path.js';
import { findWrappingFolder } from './zip-root.js';

describe('checkEntryPath', () => {
  it('normalises harmless forms', () => {
    expect(checkEntryPath('./a//b/./c')).toEqual({ path: 'a/b/c', isFolder: false });
    expect(checkEntryPath('events/')).toEqual({ path: 'events', isFolder: true });
    expect(checkEntryPath('./')).toEqual({ path: '', isFolder: true });
    expect(checkEntryPath('a..b/..c')).toEqual({ path: 'a..b/..c', isFolder: false });
  });

  it('refuses what could escape or mislead', () => {
    expect(checkEntryPath('a/../b')).toMatchObject({ code: 'path-traversal' });
    expect(checkEntryPath('//server/share')).toMatchObject({ code: 'path-absolute' });
    expect(checkEntryPath('c:evil')).toMatchObject({ code: 'path-drive' });
    expect(checkEntryPath('a\\b')).toMatchObject({ code: 'path-backslash' });
    expect(checkEntryPath('a\u007f')).toMatchObject({ code: 'name-control-char' });
  });
});

describe('junk, collisions and the wrapping folder', () => {
  it('knows OS litter', () => {
    expect(isJunkPath('__MACOSX/x')).toBe(true);
    expect(isJunkPath('events/.DS_Store')).toBe(true);
    expect(isJunkPath('events/__MACOSX/x')).toBe(false);
  });

  it('folds case and normalisation', () => {
    expect(collisionKey('Events/Cafe\u0301')).toBe(collisionKey('events/caf\u00e9'));
    expect(findCollision(['a/b', 'c', 'A/B'])).toEqual({ code: 'duplicate-name', index: 2, other: 0 });
    expect(findCollision(['a/b/c', 'a/b'])).toEqual({ code: 'path-conflict', index: 1 });
    expect(findCollision(['a'], ['a'])).toEqual({ code: 'path-conflict', index: 0 });
    expect(findCollision(['a/b', 'a/c'], ['a'])).toBeUndefined();
  });

  it('finds a folder only when it wraps a whole app', () => {
    expect(findWrappingFolder(['x/app.json', 'x/events/a/e.json'])).toBe('x');
    expect(findWrappingFolder(['x/events/a/e.json'])).toBe('x');
    expect(findWrappingFolder(['events/a/e.json', 'events/b/e.json'])).toBe('');
    expect(findWrappingFolder(['x/app.json', 'y/app.json'])).toBe('');
    expect(findWrappingFolder(['x/readme.txt'])).toBe('');
    expect(findWrappingFolder(['x'])).toBe('');
    expect(findWrappingFolder([])).toBe('');
  });
});
