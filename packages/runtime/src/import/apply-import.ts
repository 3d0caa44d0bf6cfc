import { type AppTree, isStudioFile } from '../app/app-tree.js';
import { findExistingFolder, pathsUnder } from './element-folders.js';
import { freshFolderName } from './fresh-name.js';
import type { ConflictChoice, ImportOptions, ImportPlan, ImportResult } from './import-plan.types.js';
import { isImportableStudioFile } from './studio-files.js';

/**
 * Builds the app tree after an import, without touching `current`: a whole app replaces the tree;
 * element folders are merged, each existing one replaced (its old files removed), kept beside
 * a renamed copy, or skipped as `choices` says (keyed by incoming folder; no choice means skip,
 * so a conflict that appeared after planning never overwrites anything). A whole app brings its
 * studio files (`.event-studio/`) only as `options` picks among those the plan found without
 * issues (all of those by default). Files are shared, not copied, so untouched files stay byte
 * for byte what they were.
 */
export function applyImport(
  current: AppTree,
  plan: ImportPlan,
  choices: Readonly<Record<string, ConflictChoice>>,
  options: ImportOptions = {},
): ImportResult {
  if (plan.kind === 'app') {
    const picked = options.studioFiles === undefined ? undefined : new Set(options.studioFiles);
    const taken = new Set(
      plan.studioFiles
        .filter((file) => isImportableStudioFile(file) && (picked === undefined || picked.has(file.path)))
        .map((file) => file.path),
    );
    // In the zip's order, the studio's files that were not taken left out.
    const tree = new Map([...plan.incoming].filter(([path]) => !isStudioFile(path) || taken.has(path)));
    return { tree, renamed: {}, imported: plan.elements.map((e) => e.folder) };
  }
  const tree = new Map(current);
  const renamed: Record<string, string> = {};
  const imported: string[] = [];
  const incomingFolders = plan.elements.map((e) => e.folder.toLowerCase());
  // Conflicts are found again against `current`: the plan may be older than the workspace.
  const existingOf = new Map(plan.elements.map((e) => [e.folder, findExistingFolder(current, e.folder)]));
  for (const { folder } of plan.elements) {
    const existing = existingOf.get(folder);
    const choice: ConflictChoice | 'add' = existing === undefined ? 'add' : (choices[folder] ?? 'skip');
    if (choice === 'skip') continue;
    let target = folder;
    if (choice === 'replace' && existing !== undefined) {
      for (const path of pathsUnder(tree, existing)) tree.delete(path);
    } else if (choice === 'keepBoth') {
      target = freshFolderName(folder, (candidate) => {
        const lower = candidate.toLowerCase();
        return incomingFolders.includes(lower) || findExistingFolder(tree, candidate) !== undefined;
      });
      renamed[folder] = target;
    }
    for (const path of pathsUnder(plan.incoming, folder)) {
      tree.set(`${target}${path.slice(folder.length)}`, plan.incoming.get(path)!);
    }
    imported.push(target);
  }
  return { tree, renamed, imported };
}
