import { type AppTree, isStudioFile } from './app-tree.js';

/**
 * What an app's files were at one moment (an export, or opening the app): app file path → a hash
 * of its bytes. The studio compares the tree with it to show what was not exported since. A Map
 * rather than an object, so a path such as `__proto__` is just a key; it is structured-cloneable,
 * so IndexedDB keeps it as it is.
 */
export type TreeFingerprint = ReadonlyMap<string, string>;

// A file that did not change keeps its bytes object, so on each keystroke only the edited file is
// hashed again.
const hashes = new WeakMap<Uint8Array, string>();

/**
 * A 53-bit content hash of bytes (cyrb53, two 32-bit lanes) plus the length. Not cryptographic:
 * it only tells an edited file from the exported one, where a collision would at worst hide one
 * marker. Synchronous, unlike `crypto.subtle`, so it can run on every change.
 */
export function hashBytes(bytes: Uint8Array): string {
  const cached = hashes.get(bytes);
  if (cached !== undefined) return cached;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    h1 = Math.imul(h1 ^ byte, 2654435761);
    h2 = Math.imul(h2 ^ byte, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = `${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}:${bytes.length}`;
  hashes.set(bytes, hash);
  return hash;
}

/** The fingerprint of every app file of the tree (the studio's own files under `.event-studio/` left out). */
export function fingerprintTree(tree: AppTree): Map<string, string> {
  const fingerprint = new Map<string, string>();
  for (const [path, bytes] of tree) if (!isStudioFile(path)) fingerprint.set(path, hashBytes(bytes));
  return fingerprint;
}

/** App file paths added, changed or removed since the fingerprint, sorted. */
export function pathsChangedSince(tree: AppTree, fingerprint: TreeFingerprint): string[] {
  const changed: string[] = [];
  for (const [path, bytes] of tree) {
    if (!isStudioFile(path) && fingerprint.get(path) !== hashBytes(bytes)) changed.push(path);
  }
  for (const path of fingerprint.keys()) if (!tree.has(path)) changed.push(path);
  return changed.sort();
}

/** The folder of `path` that is an element (holds an `e.json`) in `isElement`'s eyes, the innermost first. */
function elementFolderOf(path: string, isElement: (folder: string) => boolean): string | undefined {
  for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
    const folder = path.slice(0, end);
    if (isElement(folder)) return folder;
  }
  return undefined;
}

/**
 * The element folders (sorted) with a file added, changed or removed since the fingerprint: an
 * element in the tree or in the fingerprint (a deleted one is changed too). Files outside every
 * element (app.json, README.md) and the studio's own files do not make an element changed.
 */
export function foldersChangedSince(tree: AppTree, fingerprint: TreeFingerprint): string[] {
  return elementFoldersOf(pathsChangedSince(tree, fingerprint), tree, fingerprint);
}

/** The element folders (sorted) holding the given paths, in the tree or in the fingerprint. */
export function elementFoldersOf(
  paths: Iterable<string>,
  tree: AppTree,
  fingerprint: TreeFingerprint,
): string[] {
  const isElement = (folder: string) => tree.has(`${folder}/e.json`) || fingerprint.has(`${folder}/e.json`);
  const folders = new Set<string>();
  for (const path of paths) {
    const folder = elementFolderOf(path, isElement);
    if (folder !== undefined) folders.add(folder);
  }
  return [...folders].sort();
}

/**
 * The changed paths (as pathsChangedSince gives them, unsorted) after `written` were written to a
 * tree whose changed paths were `changed`: only the written paths are looked at again, so a
 * keystroke costs the same in an app of ten files or ten thousand.
 */
export function updateChangedPaths(
  changed: ReadonlySet<string>,
  tree: AppTree,
  fingerprint: TreeFingerprint,
  written: Iterable<string>,
): Set<string> {
  const next = new Set(changed);
  for (const path of written) {
    if (isStudioFile(path)) continue;
    const bytes = tree.get(path);
    const differs = bytes === undefined ? fingerprint.has(path) : fingerprint.get(path) !== hashBytes(bytes);
    if (differs) next.add(path);
    else next.delete(path);
  }
  return next;
}

/** A test for paths inside any of `folders` (a trailing slash or none). */
export function inFolders(folders: readonly string[]): (path: string) => boolean {
  const prefixes = folders.map((folder) => `${folder.replace(/\/+$/, '')}/`);
  return (path) => prefixes.some((prefix) => path.startsWith(prefix));
}

/**
 * The fingerprint after exporting the given element folders: their files as they are in the tree
 * now (a file the tree no longer has is dropped), everything else as it was.
 */
export function updateFingerprint(
  fingerprint: TreeFingerprint,
  tree: AppTree,
  folders: readonly string[],
): Map<string, string> {
  const inExport = inFolders(folders);
  const next = new Map([...fingerprint].filter(([path]) => !inExport(path)));
  for (const [path, bytes] of tree) {
    if (inExport(path) && !isStudioFile(path)) next.set(path, hashBytes(bytes));
  }
  return next;
}
