import { buildAppContext } from '../app/app-context.js';
import {
  type AppTree,
  appFilesOnly,
  fullNameOf,
  isStudioFile,
  listElementFolders,
  readText,
} from '../app/app-tree.js';
import { isJsonObject, readJsonDocument } from '../app/json-document.js';
import { validateApp } from '../element/validate-app.js';
import type { ValidationIssue } from '../issue/validation-issue.js';
import { findExistingFolder, outermostElementFolders, owningFolder, pathsUnder } from './element-folders.js';
import type { ImportConflict, ImportedElement, ImportKind, ImportPlan } from './import-plan.types.js';
import { planStudioFiles } from './studio-files.js';

/**
 * What importing `incoming` into `current` would do, computed before anything changes: whether
 * it is a whole app or element folders, the elements found, the validation issues of those
 * elements in their new home, the folders that already exist, the files left out, and the
 * studio's own files of a whole app, each checked.
 */
export function planImport(current: AppTree, incoming: AppTree): ImportPlan {
  const kind = importKindOf(incoming);
  if (kind === 'app') {
    // The studio's files are checked on their own (planStudioFiles): an e.json under
    // .event-studio/ is no element, and the app is validated as the platform would get it.
    const app = appFilesOnly(incoming);
    const context = buildAppContext(app);
    const folders = listElementFolders(app);
    return {
      kind,
      incoming,
      elements: folders.map((folder) => describeElement(app, folder)),
      issues: [...context.issues, ...validateApp(app, context)],
      conflicts: [],
      ignored: [],
      studioFiles: planStudioFiles(incoming, folders),
    };
  }
  // The studio's files never come in with element folders: a folder under .event-studio/ with an
  // e.json would otherwise carry a planted test-case file in with it.
  const folders = outermostElementFolders(incoming).filter((folder) => !isStudioFile(folder));
  const folderSet = new Set(folders);
  const conflicts: ImportConflict[] = [];
  for (const folder of folders) {
    const existing = findExistingFolder(current, folder);
    if (existing === undefined) continue;
    const title = describeElement(incoming, folder).title;
    conflicts.push({
      folder,
      existing,
      fullName: fullNameOf(folder),
      ...(title === undefined ? {} : { title }),
    });
  }
  return {
    kind,
    incoming,
    elements: folders.map((folder) => describeElement(incoming, folder)),
    issues: issuesInNewHome(current, incoming, conflicts, folderSet),
    conflicts,
    ignored: [...incoming.keys()].filter((path) => owningFolder(path, folderSet) === undefined),
    studioFiles: [],
  };
}

/**
 * A zip is a whole app when it has an `app.json` at its root (readZip has already stripped a
 * single wrapping folder). Folders such as models/ without app.json are taken as element folders:
 * merging asks about every conflict, while a whole-app import replaces the user's work, so it
 * needs the one file every platform app has.
 */
export function importKindOf(incoming: AppTree): ImportKind {
  return incoming.has('app.json') ? 'app' : 'elements';
}

/** Full name, type and title of an element folder; type and title only when e.json says so. */
function describeElement(tree: AppTree, folder: string): ImportedElement {
  const element: ImportedElement = { folder, fullName: fullNameOf(folder) };
  const read = readJsonDocument(readText(tree, `${folder}/e.json`) ?? '');
  if (read.ok && isJsonObject(read.doc.value)) {
    const { type, title } = read.doc.value;
    if (typeof type === 'string') element.type = type;
    if (typeof title === 'string' && title !== '') element.title = title;
  }
  return element;
}

/**
 * Validates the incoming elements as if every conflict were replaced (what they will meet in the
 * app), and keeps only the issues in their files: the rest of the app is not the import's doing.
 */
function issuesInNewHome(
  current: AppTree,
  incoming: AppTree,
  conflicts: readonly ImportConflict[],
  folders: ReadonlySet<string>,
): ValidationIssue[] {
  const merged = new Map(current);
  for (const { existing } of conflicts) for (const path of pathsUnder(current, existing)) merged.delete(path);
  for (const folder of folders)
    for (const path of pathsUnder(incoming, folder)) merged.set(path, incoming.get(path)!);
  const context = buildAppContext(merged);
  return [...context.issues, ...validateApp(merged, context)].filter(
    (issue) => owningFolder(issue.file, folders) !== undefined,
  );
}
