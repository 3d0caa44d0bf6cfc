import { NOTHING_EXPORTED } from '@event-studio/runtime';
import { i18n } from '../i18n/i18n';
import { type ExportMarks, exportMarks } from './unsaved-markers';
import { loadSavedApp, saveApp } from './workspace-persistence';
import { type WorkspaceStore, workspace } from './workspace-store';

/** How long typing may pause before the workspace is saved (the promise is: within a second). */
const SAVE_DELAY_MS = 300;

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

type Listener = (state: AutosaveState) => void;

/** The app whose record the workspace is saved to, and the revision this tab last read or wrote. */
interface AttachedApp {
  readonly id: string;
  revision: number;
}

/**
 * Keeps the open app's IndexedDB record in step with the workspace store and its export marks:
 * saves shortly after each change; on a conflict with another tab it stops saving and says so,
 * leaving both tabs' work intact. The app shelf says which app is open (`attach`) and lets the
 * pending save finish before it opens another one (`detach`).
 */
export class WorkspaceAutosave {
  private app: AttachedApp | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stateValue: AutosaveState = { kind: 'idle' };
  /** The save under way; saves never overlap, or the second would see the first's revision as foreign. */
  private inFlight: Promise<void> | undefined;
  private saveAgain = false;
  /** A change waits for its save (the timer runs). */
  private dirty = false;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly store: WorkspaceStore,
    private readonly marks: ExportMarks,
  ) {
    let lastTree = store.getSnapshot().tree;
    let lastBaseline = marks.baseline;
    const onChange = () => {
      const { tree, status } = this.store.getSnapshot();
      const baseline = this.marks.baseline;
      if (tree === lastTree && baseline === lastBaseline) return;
      lastTree = tree;
      lastBaseline = baseline;
      // Loading another app (no app attached meanwhile) is not a change to save.
      if (this.app && status === 'ready') this.schedule();
    };
    store.subscribe(onChange);
    marks.subscribe(onChange);
    // A reload or a closed tab inside the save delay would drop the last change: start its save
    // at once when the page goes away (best effort: the browser may not let it finish).
    if (typeof window !== 'undefined') {
      window.addEventListener('pagehide', () => {
        if (this.dirty) void this.save();
      });
    }
  }

  get state(): AutosaveState {
    return this.stateValue;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(state: AutosaveState): void {
    this.stateValue = state;
    for (const listener of this.listeners) listener(state);
  }

  /** From now on, changes are saved to app `id`, whose stored revision is `revision`. */
  attach(id: string, revision: number): void {
    this.app = { id, revision };
    // A conflict belongs to the app it happened on; a browser that cannot store stays failed.
    if (this.stateValue.kind !== 'failed') this.set({ kind: 'idle' });
  }

  /** Saves what is pending for the open app, then stops saving it (before another app opens). */
  async detach(): Promise<void> {
    await this.flush();
    this.app = undefined;
  }

  /** Drops what is pending for the open app and stops saving it (the app is being closed). */
  async discard(): Promise<void> {
    clearTimeout(this.timer);
    this.dirty = false;
    this.saveAgain = false;
    while (this.inFlight) await this.inFlight;
    this.app = undefined;
  }

  /** Saves now what would be saved shortly, and waits until every save has finished. */
  async flush(): Promise<void> {
    if (this.dirty) void this.save();
    while (this.inFlight) await this.inFlight;
  }

  /** Says that the work is not being kept (the shelf's own storage failed). */
  fail(message: string): void {
    this.set({ kind: 'failed', message });
  }

  private schedule(): void {
    if (this.stateValue.kind === 'conflict') return;
    this.dirty = true;
    // "All changes saved" must not stay on screen while a change waits for its save.
    if (this.stateValue.kind !== 'failed' && this.stateValue.kind !== 'saving') this.set({ kind: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  private save(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) {
      this.saveAgain = true;
      return this.inFlight;
    }
    this.dirty = false;
    // The follow-up save starts before this promise settles, so `flush` sees it as in flight.
    this.inFlight = this.saveOnce().finally(() => {
      this.inFlight = undefined;
      if (this.saveAgain) {
        this.saveAgain = false;
        void this.save();
      }
    });
    return this.inFlight;
  }

  private async saveOnce(): Promise<void> {
    const app = this.app;
    if (!app) return;
    this.set({ kind: 'saving' });
    try {
      const { tree } = this.store.current();
      const baseline = this.marks.baseline ?? NOTHING_EXPORTED;
      const { outcome, revision } = await saveApp(app.id, tree, baseline, app.revision);
      if (outcome === 'conflict') return this.set({ kind: 'conflict' });
      app.revision = revision;
      this.set({ kind: 'saved' });
    } catch (error) {
      this.set({ kind: 'failed', message: i18n.t('autosave.saveFailed', { reason: String(error) }) });
    }
  }

  /** After a conflict: keep this tab's version, overwriting what the other tab saved. */
  async keepThisTab(): Promise<void> {
    const app = this.app;
    if (!app) return;
    const saved = await loadSavedApp(app.id);
    app.revision = saved?.revision ?? 0;
    this.set({ kind: 'idle' });
    await this.save();
  }
}

/** The studio's one autosave. */
export const autosave = new WorkspaceAutosave(workspace, exportMarks);
