import { type AppTree, listElementFolders } from '../app/app-tree.js';

/**
 * The element folders an import moves as units: folders with an e.json that are not inside
 * another one (a nested element travels with its parent, so Replace never splits a folder).
 */
export function outermostElementFolders(tree: AppTree): string[] {
  const outer: string[] = [];
  // Sorted, so a parent comes right before the folders inside it.
  for (const folder of listElementFolders(tree)) {
    const parent = outer[outer.length - 1];
    if (parent === undefined || !folder.startsWith(`${parent}/`)) outer.push(folder);
  }
  return outer;
}

/** The paths of a tree under a folder (`folder/…`), in tree order. */
export function pathsUnder(tree: AppTree, folder: string): string[] {
  const prefix = `${folder}/`;
  return [...tree.keys()].filter((path) => path.startsWith(prefix));
}

/**
 * The folder as the tree spells it when the tree already has files under it, compared
 * case-insensitively: on macOS and Windows disks `events/A` and `events/a` are one folder, and
 * `writeZip` refuses a tree that holds both.
 */
export function findExistingFolder(tree: AppTree, folder: string): string | undefined {
  const depth = folder.split('/').length;
  const wanted = folder.toLowerCase();
  for (const path of tree.keys()) {
    const segments = path.split('/');
    if (segments.length <= depth) continue; // a file, not a folder, at that depth
    const candidate = segments.slice(0, depth).join('/');
    if (candidate.toLowerCase() === wanted) return candidate;
  }
  return undefined;
}

/** The element folder (one of `folders`) that holds a path, walking up from the path's own folder. */
export function owningFolder(path: string, folders: ReadonlySet<string>): string | undefined {
  let end = path.lastIndexOf('/');
  while (end > 0) {
    const folder = path.slice(0, end);
    if (folders.has(folder)) return folder;
    end = folder.lastIndexOf('/');
  }
  return undefined;
}
