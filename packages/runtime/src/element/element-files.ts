import { type AppTree, isStudioFile, STUDIO_FILES_ROOT } from '../app/app-tree.js';

/** `events/orderApproval` → `{ parent: 'events', name: 'orderApproval' }`. */
export function splitFolder(folder: string): { parent: string; name: string } {
  const slash = folder.lastIndexOf('/');
  return { parent: slash < 0 ? '' : folder.slice(0, slash), name: folder.slice(slash + 1) };
}

/** `parent` + `name` as a folder path (no leading slash for a top-level folder). */
export function joinFolder(parent: string, name: string): string {
  return parent === '' ? name : `${parent}/${name}`;
}

/** The studio file's path after `.event-studio/<section>/`, or undefined for other paths. */
function studioRemainder(path: string): { section: string; rest: string } | undefined {
  if (!isStudioFile(path)) return undefined;
  const inside = path.slice(STUDIO_FILES_ROOT.length);
  const slash = inside.indexOf('/');
  if (slash < 0) return undefined;
  return { section: inside.slice(0, slash + 1), rest: inside.slice(slash + 1) };
}

/**
 * True when a path belongs to the element at `folder`: a file in its folder (nested elements
 * included, they travel with it), or one of the studio's own files for it, which sit outside the
 * folder as `.event-studio/<section>/<folder>.<ext>` (test cases:
 * `.event-studio/tests/events/orderApproval.json`) or under `.event-studio/<section>/<folder>/`.
 */
export function belongsToElement(path: string, folder: string): boolean {
  if (path.startsWith(`${folder}/`)) return true;
  const studio = studioRemainder(path);
  if (studio === undefined) return false;
  const { rest } = studio;
  if (!rest.startsWith(folder)) return false;
  const after = rest.charAt(folder.length);
  // `.` starts the extension; `orderApproval2.json` is another element's.
  return after === '/' || (after === '.' && !rest.slice(folder.length + 1).includes('/'));
}

/** Every path of the element at `folder` (its own files and the studio's for it), in tree order. */
export function elementPaths(tree: AppTree, folder: string): string[] {
  return [...tree.keys()].filter((path) => belongsToElement(path, folder));
}

/** Where a path of the element at `from` goes when the element becomes `to`. */
export function relocatePath(path: string, from: string, to: string): string {
  if (path.startsWith(`${from}/`)) return `${to}${path.slice(from.length)}`;
  const studio = studioRemainder(path);
  if (studio === undefined || !studio.rest.startsWith(from)) return path;
  return `${STUDIO_FILES_ROOT}${studio.section}${to}${studio.rest.slice(from.length)}`;
}
