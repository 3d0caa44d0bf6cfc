import type { AppTree } from '@event-studio/runtime';
import { type IDBPDatabase, openDB } from 'idb';

// The workspace lives in IndexedDB (no server): saved shortly after every change, read back on
// start, so a reload or a killed tab loses nothing. Each save bumps a revision; a tab that finds
// a revision it did not write knows another tab saved in between and stops instead of
// overwriting that tab's work.

const DB_NAME = 'event-studio';
const STORE = 'workspaces';
const KEY = 'current';

interface SavedWorkspace {
  files: [string, Uint8Array][];
  revision: number;
  savedAt: number;
}

export type SaveOutcome = 'saved' | 'conflict';

let db: Promise<IDBPDatabase> | undefined;

function database(): Promise<IDBPDatabase> {
  db ??= openDB(DB_NAME, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore(STORE);
    },
  });
  return db;
}

/** The saved workspace and its revision, or undefined on a first visit. */
export async function loadSavedWorkspace(): Promise<
  { tree: Map<string, Uint8Array>; revision: number } | undefined
> {
  const saved = (await (await database()).get(STORE, KEY)) as SavedWorkspace | undefined;
  return saved ? { tree: new Map(saved.files), revision: saved.revision } : undefined;
}

/**
 * Saves the tree if the stored revision is still `expected` (the one this tab last read or
 * wrote); returns the new revision, or 'conflict' when another tab saved in between.
 */
export async function saveWorkspace(
  tree: AppTree,
  expected: number,
): Promise<{ outcome: SaveOutcome; revision: number }> {
  const transaction = (await database()).transaction(STORE, 'readwrite');
  const current = (await transaction.store.get(KEY)) as SavedWorkspace | undefined;
  const stored = current?.revision ?? 0;
  if (stored !== expected) {
    await transaction.done;
    return { outcome: 'conflict', revision: stored };
  }
  const next: SavedWorkspace = { files: [...tree], revision: stored + 1, savedAt: Date.now() };
  await transaction.store.put(next, KEY);
  await transaction.done;
  return { outcome: 'saved', revision: next.revision };
}
