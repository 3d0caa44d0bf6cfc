import type { AppTree, ExportBaseline } from '@event-studio/runtime';
import { type IDBPDatabase, openDB } from 'idb';
import { type AppEntry, type AppList, addApp, isAppList } from './app-list';

// The workspace lives in IndexedDB (no server): saved shortly after every change, read back on
// start, so a reload or a killed tab loses nothing. One record per app (its files, its revision,
// its export baseline) and one small record listing the apps. Each save of an app
// bumps its revision; a tab that finds a revision it did not write knows another tab saved that
// app in between and stops instead of overwriting that tab's work.

const DB_NAME = 'event-studio';
const STORE = 'workspaces';
/** The one workspace of the studio before it held several apps: migrated to the first app. */
const LEGACY_KEY = 'current';
const LIST_KEY = 'apps';
const appKey = (id: string) => `app:${id}`;

interface SavedApp {
  files: [string, Uint8Array][];
  revision: number;
  savedAt: number;
  /** Path → content hash at the last export (or when the app was opened); absent before there were markers. */
  fingerprint?: [string, string][];
  /** e.json path → its bytes at the last export; absent before the studio kept copies. */
  exportedElementJson?: [string, Uint8Array][];
}

/** An app as read back: its files, the revision to expect on the next save, its export baseline. */
export interface LoadedApp {
  tree: AppTree;
  revision: number;
  /** Undefined for an app saved before the studio had export markers: none of it was exported. */
  baseline: ExportBaseline | undefined;
}

export type SaveOutcome = 'saved' | 'conflict';

let db: Promise<IDBPDatabase> | undefined;

function database(): Promise<IDBPDatabase> {
  // Still version 1 with one store: new records are new keys, so no upgrade has to wait for
  // another open tab to let go of the database.
  db ??= openDB(DB_NAME, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore(STORE);
    },
  });
  return db;
}

function loaded(saved: SavedApp): LoadedApp {
  return {
    tree: new Map(saved.files),
    revision: saved.revision,
    // A record saved before copies were kept has hashes only.
    baseline: saved.fingerprint && {
      fingerprint: new Map(saved.fingerprint),
      elementJson: new Map(saved.exportedElementJson ?? []),
    },
  };
}

function baselineFields(baseline: ExportBaseline): Pick<SavedApp, 'fingerprint' | 'exportedElementJson'> {
  return { fingerprint: [...baseline.fingerprint], exportedElementJson: [...baseline.elementJson] };
}

function record(tree: AppTree, baseline: ExportBaseline, revision: number): SavedApp {
  return { files: [...tree], revision, savedAt: Date.now(), ...baselineFields(baseline) };
}

/** The list of apps, or undefined on a first visit (or before the legacy workspace was migrated). */
export async function loadAppList(): Promise<AppList | undefined> {
  const list: unknown = await (await database()).get(STORE, LIST_KEY);
  return isAppList(list) ? list : undefined;
}

/** The workspace saved before there were several apps, if this browser has one. */
export async function loadLegacyWorkspace(): Promise<LoadedApp | undefined> {
  const saved = (await (await database()).get(STORE, LEGACY_KEY)) as SavedApp | undefined;
  return saved ? loaded(saved) : undefined;
}

/** One app's saved record, or undefined when no tab has saved it (or it was closed). */
export async function loadSavedApp(id: string): Promise<LoadedApp | undefined> {
  const saved = (await (await database()).get(STORE, appKey(id))) as SavedApp | undefined;
  return saved ? loaded(saved) : undefined;
}

/**
 * Changes the list in one transaction: `change` gets the list as stored now (another tab may have
 * changed it since this tab read it) and returns the list to store, which is returned.
 */
export async function updateAppList(change: (list: AppList) => AppList): Promise<AppList | undefined> {
  const transaction = (await database()).transaction(STORE, 'readwrite');
  const stored: unknown = await transaction.store.get(LIST_KEY);
  if (!isAppList(stored)) {
    await transaction.done;
    return undefined;
  }
  const next = change(stored);
  if (next !== stored) await transaction.store.put(next, LIST_KEY);
  await transaction.done;
  return next;
}

/** Stores a newly opened app (revision 1) and adds it to the list as the active app; returns the list. */
export async function createApp(entry: AppEntry, tree: AppTree, baseline: ExportBaseline): Promise<AppList> {
  const transaction = (await database()).transaction(STORE, 'readwrite');
  const stored: unknown = await transaction.store.get(LIST_KEY);
  const list = addApp(isAppList(stored) ? stored : undefined, entry);
  await transaction.store.put(record(tree, baseline, 1), appKey(entry.id));
  await transaction.store.put(list, LIST_KEY);
  await transaction.done;
  return list;
}

/**
 * Turns the legacy single workspace into the first app of a new list, in one transaction; when
 * another tab did that first, its list is returned unchanged.
 */
export async function migrateLegacyWorkspace(
  entry: AppEntry,
  baseline: ExportBaseline,
): Promise<AppList | undefined> {
  const transaction = (await database()).transaction(STORE, 'readwrite');
  const stored: unknown = await transaction.store.get(LIST_KEY);
  const legacy = (await transaction.store.get(LEGACY_KEY)) as SavedApp | undefined;
  if (isAppList(stored) || !legacy) {
    await transaction.done;
    return isAppList(stored) ? stored : undefined;
  }
  const list = addApp(undefined, entry);
  // The revision goes on, so a tab that still has the old workspace open is not taken for this one.
  await transaction.store.put({ ...legacy, ...baselineFields(baseline) }, appKey(entry.id));
  await transaction.store.put(list, LIST_KEY);
  await transaction.store.delete(LEGACY_KEY);
  await transaction.done;
  return list;
}

/** Removes an app's record and changes the list (to one without it) in one transaction. */
export async function deleteApp(
  id: string,
  change: (list: AppList) => AppList,
): Promise<AppList | undefined> {
  const transaction = (await database()).transaction(STORE, 'readwrite');
  const stored: unknown = await transaction.store.get(LIST_KEY);
  const next = isAppList(stored) ? change(stored) : undefined;
  if (next) await transaction.store.put(next, LIST_KEY);
  await transaction.store.delete(appKey(id));
  await transaction.done;
  return next;
}

/**
 * Saves an app's tree and export baseline if its stored revision is still `expected` (the one
 * this tab last read or wrote); returns the new revision, or 'conflict' when another tab saved in
 * between (or closed the app).
 */
export async function saveApp(
  id: string,
  tree: AppTree,
  baseline: ExportBaseline,
  expected: number,
): Promise<{ outcome: SaveOutcome; revision: number }> {
  const transaction = (await database()).transaction(STORE, 'readwrite');
  const current = (await transaction.store.get(appKey(id))) as SavedApp | undefined;
  const stored = current?.revision ?? 0;
  if (stored !== expected) {
    await transaction.done;
    return { outcome: 'conflict', revision: stored };
  }
  const next = record(tree, baseline, stored + 1);
  await transaction.store.put(next, appKey(id));
  await transaction.done;
  return { outcome: 'saved', revision: next.revision };
}
