/**
 * An app as files: path relative to the app root, `/`-separated, no leading slash → bytes.
 * Everything in the runtime works on this in-memory tree; disk, zip and IndexedDB are only ways
 * to fill it or write it out.
 */
export type AppTree = ReadonlyMap<string, Uint8Array>;

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** The file's text (UTF-8), or undefined when the tree has no such file. */
export function readText(tree: AppTree, path: string): string | undefined {
  const bytes = tree.get(path);
  return bytes === undefined ? undefined : decoder.decode(bytes);
}

/** UTF-8 bytes of a text, for putting into a tree. */
export function encodeText(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Folders (paths without trailing slash) that hold an `e.json`: the app's elements, sorted. */
export function listElementFolders(tree: AppTree): string[] {
  const folders: string[] = [];
  for (const path of tree.keys()) {
    if (path.endsWith('/e.json')) folders.push(path.slice(0, -'/e.json'.length));
  }
  return folders.sort();
}

/**
 * Whether writing `paths` (from the tree `before` to `after`) kept the same elements: no `e.json`
 * came or went. Lets a caller keep what it derived from the element list of `before`.
 */
export function sameElementsAfterWrite(before: AppTree, after: AppTree, paths: Iterable<string>): boolean {
  for (const path of paths) {
    if (path.endsWith('/e.json') && before.has(path) !== after.has(path)) return false;
  }
  return true;
}

/** An element's full name is its folder path with `/` replaced by `.`: `events/a` → `events.a`. */
export function fullNameOf(folder: string): string {
  return folder.split('/').join('.');
}

/** The folder of an element's full name: `events.a` → `events/a`. */
export function folderOf(fullName: string): string {
  return fullName.split('.').join('/');
}

/** Builds a tree from text files; handy for tests and for new elements. */
export function treeFromTexts(files: Record<string, string>): Map<string, Uint8Array> {
  return new Map(Object.entries(files).map(([path, text]) => [path, encodeText(text)]));
}

/** Where the studio keeps its own files (saved test cases) inside a workspace tree. */
export const STUDIO_FILES_ROOT = '.event-studio/';

/** True for the studio's own files, which are not part of the app the platform runs. */
export function isStudioFile(path: string): boolean {
  return path.startsWith(STUDIO_FILES_ROOT);
}

/** The app's own files: the tree without the studio's, as exported to the platform. */
export function appFilesOnly(tree: AppTree): Map<string, Uint8Array> {
  return new Map([...tree].filter(([path]) => !isStudioFile(path)));
}
