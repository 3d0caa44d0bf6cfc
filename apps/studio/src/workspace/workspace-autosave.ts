import { loadSavedWorkspace, saveWorkspace } from './workspace-persistence';
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

/**
 * Keeps IndexedDB in step with the workspace store. Opens the saved workspace when there is one
 * (else `openDefault`), then saves after each change; on a conflict with another tab it stops
 * saving and says so, leaving both tabs' work intact.
 */
export class WorkspaceAutosave {
  private revision = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stateValue: AutosaveState = { kind: 'idle' };
  /** The save under way; saves never overlap, or the second would see the first's revision as foreign. */
  private inFlight: Promise<void> | undefined;
  private saveAgain = false;
  private readonly listeners = new Set<Listener>();
  private started = false;

  constructor(private readonly store: WorkspaceStore) {}

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

  /** Opens the saved workspace, or the default app on a first visit; then starts saving. */
  async start(openDefault: () => Promise<void>): Promise<void> {
    // React's StrictMode runs effects twice in development; the workspace opens once.
    if (this.started) return;
    this.started = true;
    let saved: Awaited<ReturnType<typeof loadSavedWorkspace>>;
    try {
      saved = await loadSavedWorkspace();
    } catch (error) {
      // Private modes and blocked storage: the studio still works, it just cannot keep the work.
      this.set({ kind: 'failed', message: `The workspace cannot be kept in this browser: ${String(error)}` });
    }
    if (saved) {
      this.revision = saved.revision;
      this.store.load(saved.tree);
    } else {
      await openDefault();
    }
    let last = this.store.getSnapshot().tree;
    this.store.subscribe(() => {
      const { tree, status } = this.store.getSnapshot();
      if (tree === last || status !== 'ready') return;
      last = tree;
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.stateValue.kind === 'conflict') return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  private save(): Promise<void> {
    if (this.inFlight) {
      this.saveAgain = true;
      return this.inFlight;
    }
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
    this.set({ kind: 'saving' });
    try {
      const { outcome, revision } = await saveWorkspace(this.store.getSnapshot().tree, this.revision);
      if (outcome === 'conflict') return this.set({ kind: 'conflict' });
      this.revision = revision;
      this.set({ kind: 'saved' });
    } catch (error) {
      this.set({ kind: 'failed', message: `Saving the workspace failed: ${String(error)}` });
    }
  }

  /** After a conflict: keep this tab's version, overwriting what the other tab saved. */
  async keepThisTab(): Promise<void> {
    const saved = await loadSavedWorkspace();
    this.revision = saved?.revision ?? 0;
    this.set({ kind: 'idle' });
    await this.save();
  }
}

/** The studio's one autosave. */
export const autosave = new WorkspaceAutosave(workspace);
