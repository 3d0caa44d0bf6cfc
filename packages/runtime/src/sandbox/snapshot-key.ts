import { PYTHON_SOURCES_HASH } from './python-sources.generated.js';

/**
 * Bump when what a snapshot holds or expects changes in a way neither the Pyodide version nor the
 * shim's hash shows (engine.ts's steps before the snapshot, or after a restore), so that no release
 * ever restores a snapshot an older one made.
 */
export const SNAPSHOT_FORMAT = 1;

/** The key a memory snapshot is made, stored and checked under: format, Pyodide version, shim hash. */
export function snapshotKey(pyodideVersion: string, shimHash: string = PYTHON_SOURCES_HASH): string {
  return `format-${SNAPSHOT_FORMAT}/pyodide-${pyodideVersion}/shim-${shimHash}`;
}
