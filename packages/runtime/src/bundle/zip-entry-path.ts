import { windowsPathProblem } from '../app/windows-file-name.js';
import type { ZipErrorCode } from './zip-error.js';

/** A checked entry name: the normalised path, and whether the entry is a folder. */
export interface EntryPath {
  /** `/`-separated, no leading slash, no `.` or empty segments, NFC; '' only for a root folder. */
  path: string;
  isFolder: boolean;
}

/** A name that breaks a rule: the rule's code and a sentence saying why. */
export interface PathProblem {
  code: ZipErrorCode;
  rule: string;
}

// C0 controls, DEL and C1 controls: NUL truncates names in C APIs, newlines forge log lines and
// listings, ESC and U+009B (an 8-bit CSI) drive the terminal that lists the zip.
function hasControlCharacter(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
const DRIVE_LETTER = /^[A-Za-z]:/;

/**
 * Checks a decoded entry name and normalises it. Refused: empty names, control characters,
 * backslashes (a separator on Windows, so `..\\x` escapes there), absolute paths, drive letters,
 * `..` segments, and segments Windows cannot hold (`CON`, `nul.txt`, a trailing dot or space,
 * `<>:"|?*`: see windows-file-name.ts). `.` and empty segments (`./a`, `a//b`) are dropped
 * rather than refused: common tools write them and they cannot escape.
 */
export function checkEntryPath(name: string): EntryPath | PathProblem {
  if (name.length === 0) return { code: 'path-empty', rule: 'the name is empty' };
  if (hasControlCharacter(name)) {
    return { code: 'name-control-char', rule: 'the name contains a control character' };
  }
  if (name.includes('\\')) {
    return { code: 'path-backslash', rule: 'the name contains a backslash, a path separator on Windows' };
  }
  if (name.startsWith('/')) return { code: 'path-absolute', rule: 'the path is absolute' };
  if (DRIVE_LETTER.test(name)) return { code: 'path-drive', rule: 'the path starts with a drive letter' };
  const segments = name.split('/');
  if (segments.includes('..')) {
    return { code: 'path-traversal', rule: "the path has a '..' segment and could escape its folder" };
  }
  const isFolder = name.endsWith('/');
  const path = segments
    .filter((s) => s !== '' && s !== '.')
    .join('/')
    .normalize('NFC');
  if (path === '' && !isFolder) return { code: 'path-empty', rule: 'the name has no file name in it' };
  const windows = windowsPathProblem(path);
  if (windows) return windows;
  return { path, isFolder };
}

/** True when `checkEntryPath` refused the name. */
export function isPathProblem(value: EntryPath | PathProblem): value is PathProblem {
  return 'code' in value;
}

// Operating-system litter, never part of an app: macOS resource forks and Finder/Explorer caches.
const JUNK_FILE_NAMES = new Set(['.DS_Store', 'Thumbs.db']);
const JUNK_TOP_FOLDERS = new Set(['__MACOSX']);

/** True for files the OS leaves behind (`__MACOSX/…`, `.DS_Store`, `Thumbs.db`): skipped on import. */
export function isJunkPath(path: string): boolean {
  const segments = path.split('/');
  if (JUNK_TOP_FOLDERS.has(segments[0] ?? '')) return true;
  return JUNK_FILE_NAMES.has(segments[segments.length - 1] ?? '');
}

/**
 * The key two paths collide under on the file systems people unpack onto: NFC (macOS stores
 * NFD) and case-insensitive (macOS and Windows by default merge `Events/a` and `events/a`).
 */
export function collisionKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

/** Two paths that cannot both be written to a disk: which one, why, and the one it clashes with. */
export interface PathCollision {
  code: 'duplicate-name' | 'path-conflict';
  /** Index (into the paths given) of the path that clashes. */
  index: number;
  /** Index of the earlier path it duplicates, for `duplicate-name`. */
  other?: number;
}

/**
 * Finds the first duplicate (by `collisionKey`) or file-vs-folder clash (`a` is a file and
 * `a/b` needs it to be a folder) among file paths, plus explicit folder paths.
 */
export function findCollision(
  paths: readonly string[],
  folders: readonly string[] = [],
): PathCollision | undefined {
  const seen = new Map<string, number>();
  for (const [index, path] of paths.entries()) {
    const key = collisionKey(path);
    const other = seen.get(key);
    if (other !== undefined) return { code: 'duplicate-name', index, other };
    seen.set(key, index);
  }
  const folderKeys = new Set(folders.map(collisionKey));
  for (const path of paths) {
    for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      folderKeys.add(collisionKey(path.slice(0, slash)));
    }
  }
  for (const [index, path] of paths.entries()) {
    if (folderKeys.has(collisionKey(path))) return { code: 'path-conflict', index };
  }
  return undefined;
}
