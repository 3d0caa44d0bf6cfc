import {
  type AppTree,
  baselineOf,
  type ExportBaseline,
  elementFoldersOf,
  NOTHING_EXPORTED,
  pathsChangedSince,
  type TreeFingerprint,
  updateBaseline,
  updateChangedPaths,
} from '@event-studio/runtime';
import type { TreeWrite } from './workspace-store';

type Listener = () => void;

/** What the open app has not exported: the changed element folders, and whether anything changed. */
export interface UnexportedSummary {
  /** Element folders added, changed or removed since the last export. */
  folders: ReadonlySet<string>;
  /** How many of them the app still has (the tree shows a marker on each). */
  present: number;
  /** How many were deleted since the last export. */
  removed: number;
  /** Any app file changed (app.json too), so closing the app would lose work not in a zip. */
  any: boolean;
}

const NOTHING: UnexportedSummary = { folders: new Set(), present: 0, removed: 0, any: false };

/**
 * The open app's export baseline: what its files were when it was last exported (or opened from
 * a zip or the sample). Replaced as a whole, so subscribers see a new identity on each change.
 */
export class ExportMarks {
  private value: ExportBaseline | undefined;
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The open app's baseline; undefined before an app is open. */
  get baseline(): ExportBaseline | undefined {
    return this.value;
  }

  /** The open app's file hashes at the baseline; undefined before an app is open. */
  get fingerprint(): TreeFingerprint | undefined {
    return this.value?.fingerprint;
  }

  /** Sets the baseline of the app being opened. */
  reset(baseline: ExportBaseline): void {
    this.value = baseline;
    for (const listener of this.listeners) listener();
  }

  /** Records an export: of the given element folders, or of the whole app when none are given. */
  markExported(tree: AppTree, folders?: readonly string[]): void {
    this.reset(
      folders === undefined
        ? baselineOf(tree)
        : updateBaseline(this.value ?? NOTHING_EXPORTED, tree, folders),
    );
  }
}

/** The studio's one set of export marks, for the app open in the workspace. */
export const exportMarks = new ExportMarks();

let cached:
  | { tree: AppTree; fingerprint: TreeFingerprint; changed: ReadonlySet<string>; summary: UnexportedSummary }
  | undefined;

function sameFolders(a: ReadonlySet<string>, b: readonly string[]): boolean {
  return a.size === b.length && b.every((folder) => a.has(folder));
}

/**
 * What `tree` has not exported since `fingerprint`. Runs on every keystroke, so the answer is kept
 * for the last inputs, and the same object comes back while the answer is the same: views that
 * compare it with Object.is re-render only when a marker comes or goes. When `written` says how
 * `tree` came from the last one asked about, only the written paths are compared again.
 */
export function unexportedSummary(
  tree: AppTree,
  fingerprint: TreeFingerprint | undefined,
  written?: TreeWrite,
): UnexportedSummary {
  if (!fingerprint) return NOTHING;
  if (cached && cached.tree === tree && cached.fingerprint === fingerprint) return cached.summary;
  const changed =
    cached && written && cached.fingerprint === fingerprint && cached.tree === written.from
      ? updateChangedPaths(cached.changed, tree, fingerprint, written.paths)
      : new Set(pathsChangedSince(tree, fingerprint));
  const folders = elementFoldersOf(changed, tree, fingerprint);
  const any = changed.size > 0;
  const present = folders.filter((folder) => tree.has(`${folder}/e.json`)).length;
  const previous = cached?.summary;
  const summary =
    previous && previous.any === any && previous.present === present && sameFolders(previous.folders, folders)
      ? previous
      : { folders: new Set(folders), present, removed: folders.length - present, any };
  cached = { tree, fingerprint, changed, summary };
  return summary;
}
