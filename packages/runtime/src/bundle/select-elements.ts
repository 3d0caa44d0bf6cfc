import type { AppTree } from '../app/app-tree.js';

/**
 * The files under the given element folders (`events/a`, with or without a trailing slash), in
 * tree order: what exporting one element or a selection puts in the zip, paths kept so the zip
 * imports back as those elements.
 */
export function selectElements(tree: AppTree, folders: readonly string[]): Map<string, Uint8Array> {
  const prefixes = folders.map((f) => `${f.replace(/\/+$/, '')}/`).filter((p) => p !== '/');
  const selected = new Map<string, Uint8Array>();
  for (const [path, bytes] of tree) {
    if (prefixes.some((prefix) => path.startsWith(prefix))) selected.set(path, bytes);
  }
  return selected;
}
