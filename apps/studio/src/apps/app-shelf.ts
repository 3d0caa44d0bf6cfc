import {
  type AppTree,
  baselineOf,
  NOTHING_EXPORTED,
  pathsChangedSince,
  readText,
} from '@event-studio/runtime';
import { i18n } from '../i18n/i18n';
import { followOpenApps } from '../sandbox/sandbox-instance';
import {
  type AppEntry,
  type AppList,
  activateApp,
  addApp,
  appToOpen,
  removeApp,
  uniqueAppName,
  updateApp,
} from '../workspace/app-list';
import { fetchSampleApp, sampleAppFailure } from '../workspace/load-sample-app';
import { exportMarks, unexportedSummary } from '../workspace/unsaved-markers';
import { autosave } from '../workspace/workspace-autosave';
import {
  createApp,
  deleteApp,
  type LoadedApp,
  loadAppList,
  loadLegacyWorkspace,
  loadSavedApp,
  migrateLegacyWorkspace,
  updateAppList,
} from '../workspace/workspace-persistence';
import { workspace } from '../workspace/workspace-store';
import { takeEarlyApp, takeEarlyAppList } from './early-reads';
import { readTabActive, writeTabActive } from './tab-active';

/** Whether the open app has changes not in a zip (incremental: it runs on every keystroke). */
function openAppUnexported(): boolean {
  const { tree, written } = workspace.getSnapshot();
  return unexportedSummary(tree, exportMarks.fingerprint, written).any;
}

/** What the app tabs render from: replaced as a whole on every change. */
export interface ShelfSnapshot {
  apps: readonly AppEntry[];
  activeId: string | undefined;
  /** Something went wrong opening an app; shown once, then dismissed. */
  notice: string | undefined;
}

type Listener = () => void;

const newId = (): string => crypto.randomUUID();

/**
 * The apps open side by side. One app at a time lives in the workspace store (the one being
 * edited); the others are kept only in IndexedDB, each in its own record, and loaded into the
 * store when their tab is picked. Every operation runs after the previous one, so quick clicks
 * never interleave two switches.
 */
export class AppShelf {
  private list: AppList | undefined;
  private snapshot: ShelfSnapshot = { apps: [], activeId: undefined, notice: undefined };
  private readonly listeners = new Set<Listener>();
  private queue: Promise<void> = Promise.resolve();
  private started = false;
  /** False when IndexedDB cannot be used: the apps then live in this tab's memory only. */
  private persistent = true;
  /** The apps not open, in memory; used only when IndexedDB cannot be used. */
  private readonly parked = new Map<string, LoadedApp>();
  /** Off while an app is being swapped in, when the tree and the marks belong to different apps. */
  private tracking = false;

  constructor() {
    workspace.subscribe(this.trackUnexported);
    exportMarks.subscribe(this.trackUnexported);
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ShelfSnapshot => this.snapshot;

  private emit(notice = this.snapshot.notice): void {
    this.snapshot = { apps: this.list?.apps ?? [], activeId: this.list?.activeId, notice };
    followOpenApps(
      this.snapshot.activeId,
      this.snapshot.apps.map((app) => app.id),
    );
    for (const listener of this.listeners) listener();
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const run = this.queue.then(operation).catch((error: unknown) => {
      this.emit(error instanceof Error ? error.message : String(error));
    });
    this.queue = run;
    return run;
  }

  /** Forgets the notice once shown. */
  dismissNotice(): void {
    this.emit(undefined);
  }

  /** Whether app `id` has changes not exported to a zip (the open app's as of now). */
  hasUnexported(id: string): boolean {
    if (id === this.list?.activeId) {
      return openAppUnexported();
    }
    return this.list?.apps.find((app) => app.id === id)?.unexported ?? false;
  }

  /** Opens the apps saved in this browser (migrating the single workspace of old), or the sample on a first visit. */
  start(): Promise<void> {
    // React's StrictMode runs effects twice in development; the shelf opens once.
    if (this.started) return this.queue;
    this.started = true;
    return this.enqueue(async () => {
      let list: AppList | undefined;
      try {
        list = (await (takeEarlyAppList() ?? loadAppList())) ?? (await this.migrateLegacy());
      } catch (error) {
        // Private modes and blocked storage: the studio still works, it just cannot keep the work.
        this.storageFailed(error, 'autosave.cannotKeep');
      }
      const entry = list && appToOpen(list, readTabActive());
      const loaded =
        entry &&
        (await this.loadApp(entry.id).catch((error: unknown) => {
          this.storageFailed(error, 'autosave.cannotKeep');
          return undefined;
        }));
      if (list && entry && loaded) {
        this.list = list;
        return this.show(entry, loaded);
      }
      let sample: AppTree;
      try {
        sample = await fetchSampleApp();
      } catch (error) {
        return workspace.fail(sampleAppFailure(error));
      }
      await this.openNew(i18n.t('apps.sampleName'), sample);
    });
  }

  /** Opens another copy of the built-in sample app, as a new app. */
  openSample(): Promise<void> {
    return this.enqueue(async () => {
      let sample: AppTree;
      try {
        sample = await fetchSampleApp();
      } catch (error) {
        return this.emit(sampleAppFailure(error));
      }
      await this.openNew(i18n.t('apps.sampleName'), sample);
    });
  }

  /** Opens an app read from a zip (already checked by `readZip`) as a new app named `name`. */
  openTree(name: string, tree: AppTree): Promise<void> {
    return this.enqueue(() => this.openNew(name, tree));
  }

  /** Opens app `id`: the open app is saved first, and kept as it is for when its tab is picked again. */
  switchTo(id: string): Promise<void> {
    return this.enqueue(async () => {
      const entry = this.list?.apps.find((app) => app.id === id);
      if (!entry || id === this.list?.activeId) return;
      const loaded = await this.loadApp(id);
      if (!loaded) return this.forgetVanished(entry);
      await this.leaveOpenApp();
      await this.persist((list) => activateApp(list, id));
      this.show(entry, loaded);
    });
  }

  /**
   * Closes app `id`, removing it from this browser; when it was open, its neighbour opens. The
   * last app is never closed. The UI asks first when the app has changes not exported.
   */
  close(id: string): Promise<void> {
    return this.enqueue(async () => {
      const list = this.list;
      if (!list || list.apps.length < 2 || !list.apps.some((app) => app.id === id)) return;
      const next = removeApp(list, id);
      if (id !== list.activeId) {
        this.adopt((await this.removeStored(id, (stored) => removeApp(stored, id))) ?? next);
        return;
      }
      const neighbour = next.apps.find((app) => app.id === next.activeId) as AppEntry;
      const loaded = await this.loadApp(neighbour.id);
      if (!loaded) return this.forgetVanished(neighbour);
      // Its pending changes are dropped with it: they would only be saved to be deleted.
      await autosave.discard();
      const stored = await this.removeStored(id, (s) => activateApp(removeApp(s, id), neighbour.id));
      this.list = stored ?? next;
      this.show(neighbour, loaded);
    });
  }

  /**
   * After a conflict with another tab: keeps this tab's version of the open app. When the other
   * tab had closed the app, it comes back into the list, so a reload finds it.
   */
  keepThisTab(): Promise<void> {
    return this.enqueue(async () => {
      const open = this.list?.apps.find((app) => app.id === this.list?.activeId);
      await autosave.keepThisTab();
      if (open)
        await this.persist((list) =>
          list.apps.some((app) => app.id === open.id) ? list : addApp(list, open),
        );
    });
  }

  // ---- the steps the operations are made of ----

  /** Adds a new app with its tree (its baseline taken now: nothing of it is unexported) and opens it. */
  private async openNew(name: string, tree: AppTree): Promise<void> {
    const entry: AppEntry = { id: newId(), name: uniqueAppName(this.list, name), unexported: false };
    const baseline = baselineOf(tree);
    await this.leaveOpenApp();
    let list = addApp(this.list, entry);
    if (this.persistent) {
      try {
        list = await createApp(entry, tree, baseline);
      } catch (error) {
        this.storageFailed(error, 'autosave.saveFailed');
      }
    }
    this.list = list;
    this.show(entry, { tree, revision: 1, baseline });
  }

  /** Puts an app into the workspace store and starts saving it. */
  private show(entry: AppEntry, loaded: LoadedApp): void {
    this.tracking = false;
    this.list = activateApp(this.list ?? addApp(undefined, entry), entry.id);
    writeTabActive(entry.id);
    // An app saved without a baseline was never exported by the studio: all of it is unexported.
    exportMarks.reset(loaded.baseline ?? NOTHING_EXPORTED);
    // Undo history starts afresh with each app (load clears it): it holds the trees of the app
    // that was open, which would be wrong to restore into another one.
    workspace.load(loaded.tree, entry.selected);
    if (this.persistent) autosave.attach(entry.id, loaded.revision);
    this.tracking = true;
    this.trackUnexported();
    this.emit();
  }

  /** Saves the open app and notes what it had open and whether it has unexported changes. */
  private async leaveOpenApp(): Promise<void> {
    const id = this.list?.activeId;
    const { tree, selected, status } = workspace.current();
    if (!id || status !== 'ready') return;
    await autosave.detach();
    const baseline = exportMarks.baseline;
    if (!this.persistent) this.parked.set(id, { tree, revision: 0, baseline });
    const unexported = unexportedSummary(tree, baseline?.fingerprint).any;
    await this.persist((list) => updateApp(list, id, { selected, unexported }));
  }

  private async loadApp(id: string): Promise<LoadedApp | undefined> {
    if (!this.persistent) return this.parked.get(id);
    return takeEarlyApp(id) ?? loadSavedApp(id);
  }

  /** An app whose record is gone (another tab closed it): it leaves the list, and the user is told. */
  private async forgetVanished(entry: AppEntry): Promise<void> {
    const list = this.list;
    if (list && list.apps.length > 1) {
      this.adopt((await this.removeStored(entry.id, (stored) => removeApp(stored, entry.id))) ?? list);
      if (this.list?.apps.some((app) => app.id === entry.id)) this.list = removeApp(this.list, entry.id);
    }
    this.emit(i18n.t('apps.missing', { name: entry.name }));
  }

  /** Changes the list here and in IndexedDB (as stored now: another tab may have added apps). */
  private async persist(change: (list: AppList) => AppList): Promise<void> {
    if (!this.list) return;
    const local = change(this.list);
    let stored: AppList | undefined;
    if (this.persistent) {
      try {
        stored = await updateAppList(change);
      } catch (error) {
        this.storageFailed(error, 'autosave.saveFailed');
      }
    }
    this.adopt(stored ?? local);
  }

  private async removeStored(id: string, change: (list: AppList) => AppList): Promise<AppList | undefined> {
    this.parked.delete(id);
    if (!this.persistent) return undefined;
    try {
      return await deleteApp(id, change);
    } catch (error) {
      this.storageFailed(error, 'autosave.saveFailed');
      return undefined;
    }
  }

  /** Takes a list as stored, keeping this tab's open app open (the stored active app is another tab's choice). */
  private adopt(stored: AppList): void {
    const current = this.list;
    const open = current?.apps.find((app) => app.id === current.activeId);
    if (!open) this.list = stored;
    else if (stored.apps.some((app) => app.id === open.id)) this.list = { ...stored, activeId: open.id };
    else this.list = { apps: [...stored.apps, open], activeId: open.id };
    this.emit();
  }

  private storageFailed(error: unknown, key: 'autosave.cannotKeep' | 'autosave.saveFailed'): void {
    this.persistent = false;
    autosave.fail(i18n.t(key, { reason: String(error) }));
  }

  /** The single workspace of the studio before it held several apps becomes the first app. */
  private async migrateLegacy(): Promise<AppList | undefined> {
    const legacy = await loadLegacyWorkspace();
    if (!legacy) return undefined;
    // Compared with the sample it most likely started as, so only the user's own edits are marked.
    const sample = await fetchSampleApp().catch(() => undefined);
    const isSample =
      sample !== undefined && readText(sample, 'app.json') === readText(legacy.tree, 'app.json');
    const baseline = sample && isSample ? baselineOf(sample) : NOTHING_EXPORTED;
    const entry: AppEntry = {
      id: newId(),
      name: i18n.t(isSample ? 'apps.sampleName' : 'apps.defaultName'),
      unexported: pathsChangedSince(legacy.tree, baseline.fingerprint).length > 0,
    };
    return migrateLegacyWorkspace(entry, baseline);
  }

  /** Keeps the open app's "not exported" flag (what its tab shows once another app is open) in step. */
  private readonly trackUnexported = (): void => {
    const id = this.list?.activeId;
    if (!this.tracking || !id || !this.list) return;
    const unexported = openAppUnexported();
    if (this.list.apps.find((app) => app.id === id)?.unexported === unexported) return;
    this.list = updateApp(this.list, id, { unexported });
    this.emit();
    void this.enqueue(() => this.persist((list) => updateApp(list, id, { unexported })));
  };
}

/** The studio's one shelf of apps. */
export const appShelf = new AppShelf();
