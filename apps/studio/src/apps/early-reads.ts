import { type AppList, appToOpen } from '../workspace/app-list';
import { type LoadedApp, loadAppList, loadSavedApp } from '../workspace/workspace-persistence';
import { readTabActive } from './tab-active';

// On a cold start, opening IndexedDB, reading the app list and the app this tab reopens, or
// fetching the sample app on a first visit, take a few hundred milliseconds. The entry starts
// them, so they overlap the download and evaluation of the UI chunk instead of following it; the
// app shelf takes each answer once (a failure included) and reads afresh after that.

/** Where the studio serves its built-in sample app. */
export const SAMPLE_APP_URL = `${import.meta.env.BASE_URL}sample-app.zip`;

interface EarlyReads {
  list?: Promise<AppList | undefined>;
  app?: Promise<{ id: string; loaded: LoadedApp | undefined } | undefined>;
  sample?: Promise<Response | undefined>;
}

let early: EarlyReads = {};

/** Starts the first screen's reads (called by the entry, before the UI has loaded). */
export function startEarlyReads(): void {
  const list = loadAppList();
  const entry = list.then(
    (found) => found && appToOpen(found, readTabActive()),
    () => undefined,
  );
  const app = entry.then(
    async (opened) => opened && { id: opened.id, loaded: await loadSavedApp(opened.id) },
  );
  // Without an app to reopen the studio opens the sample (or migrates an old workspace, which is
  // compared with the sample): fetched now rather than after the UI has started.
  const sample = entry.then((opened) => (opened ? undefined : fetch(SAMPLE_APP_URL)));
  // Their failures reach the shelf when it takes them; until then they are not unhandled.
  for (const read of [list, app, sample]) read.catch(() => {});
  early = { list, app, sample };
}

/** The app list as read from the entry, once; undefined when there is none to take. */
export function takeEarlyAppList(): Promise<AppList | undefined> | undefined {
  const { list } = early;
  early.list = undefined;
  return list;
}

/** App `id` as read from the entry, once, when that is the app the entry read; else undefined. */
export function takeEarlyApp(id: string): Promise<LoadedApp | undefined> | undefined {
  const { app } = early;
  early.app = undefined;
  return app?.then((read) => (read?.id === id ? read.loaded : loadSavedApp(id)));
}

/** The sample app's response as fetched from the entry, once; undefined when none was fetched. */
export async function takeEarlySample(): Promise<Response | undefined> {
  const { sample } = early;
  early.sample = undefined;
  return sample;
}
