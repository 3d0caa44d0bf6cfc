import { type AppTree, isStudioFile } from './app-tree.js';
import {
  fingerprintTree,
  hashBytes,
  inFolders,
  type TreeFingerprint,
  updateFingerprint,
} from './tree-fingerprint.js';

/**
 * What an app was at its last export (or when it was opened): a hash of every app file, and a copy
 * of every e.json, so the studio can show an element's e.json with its difference from the one in
 * the zip. Only e.json files are copied: they are what the form writes, and small (a few hundred
 * bytes), while the rest of an app can be large. In memory a copy is the tree's own bytes object,
 * so keeping it costs nothing until the file is edited.
 */
export interface ExportBaseline {
  fingerprint: TreeFingerprint;
  /** e.json path → its bytes at the baseline. */
  elementJson: ReadonlyMap<string, Uint8Array>;
}

const isElementJson = (path: string) => path.endsWith('/e.json') && !isStudioFile(path);

/** The baseline of a tree as it is now (an app just opened or exported as a whole). */
export function baselineOf(tree: AppTree): ExportBaseline {
  const elementJson = new Map<string, Uint8Array>();
  for (const [path, bytes] of tree) if (isElementJson(path)) elementJson.set(path, bytes);
  return { fingerprint: fingerprintTree(tree), elementJson };
}

/**
 * The baseline after exporting the given element folders: their files as they are in the tree now
 * (a file the tree no longer has is dropped), everything else as it was.
 */
export function updateBaseline(
  baseline: ExportBaseline,
  tree: AppTree,
  folders: readonly string[],
): ExportBaseline {
  const inExport = inFolders(folders);
  const elementJson = new Map([...baseline.elementJson].filter(([path]) => !inExport(path)));
  for (const [path, bytes] of tree) if (inExport(path) && isElementJson(path)) elementJson.set(path, bytes);
  return { fingerprint: updateFingerprint(baseline.fingerprint, tree, folders), elementJson };
}

/** The baseline of an app none of which has been exported: everything in it is new. */
export const NOTHING_EXPORTED: ExportBaseline = { fingerprint: new Map(), elementJson: new Map() };

/** A baseline with hashes only: one saved before the studio kept copies of e.json. */
export function baselineWithoutCopies(fingerprint: TreeFingerprint): ExportBaseline {
  return { fingerprint, elementJson: new Map() };
}

/**
 * What file `path` was at the baseline: `absent` when the baseline did not have it (a file new
 * since), its bytes, or `unknown` when only its hash was kept (a baseline saved before copies were)
 * and the file has changed since, so its old content cannot be shown.
 */
export type BaselineFile = { kind: 'absent' } | { kind: 'known'; bytes: Uint8Array } | { kind: 'unknown' };

export function baselineFileOf(baseline: ExportBaseline, tree: AppTree, path: string): BaselineFile {
  const copy = baseline.elementJson.get(path);
  if (copy !== undefined) return { kind: 'known', bytes: copy };
  const hash = baseline.fingerprint.get(path);
  if (hash === undefined) return { kind: 'absent' };
  // Unchanged since: the file as it is now is the one at the baseline.
  const now = tree.get(path);
  if (now !== undefined && hashBytes(now) === hash) return { kind: 'known', bytes: now };
  return { kind: 'unknown' };
}
