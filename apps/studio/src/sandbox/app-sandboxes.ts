import type { RunRequest, RunResult, SampleRow, SandboxReady, SandboxState } from '@event-studio/runtime';
import type { BrowserSandbox } from '@event-studio/runtime/browser';

// One Python worker per open app: a handler from one app's zip never runs in the worker that serves
// another app, so even a handler that broke out of Python could not read or forge another app's
// runs (the adversarial pass did exactly that through one shared worker). The studio talks to the
// active app's sandbox through this one object, which follows the app tabs.

/** What the studio asks of its sandbox: BrowserSandbox's surface, for the active app. */
export type StudioSandbox = Pick<
  BrowserSandbox,
  'state' | 'onStateChange' | 'ready' | 'run' | 'runBatch' | 'interrupt' | 'settled'
>;

type StateListener = (state: SandboxState) => void;

/** Sandboxes kept alive at once: the active app's and the two used before it (each has two workers). */
const KEPT_SANDBOXES = 3;

/** The sandboxes of the open apps, and the active one behind a single StudioSandbox. */
export class AppSandboxes implements StudioSandbox {
  /** Most recently used last. */
  private readonly byApp = new Map<string, BrowserSandbox>();
  /** Started before any app was chosen; given to the first app, in which no handler ran yet. */
  private unassigned: BrowserSandbox | undefined;
  private activeId: string | undefined;
  private readonly listeners = new Set<StateListener>();
  private followed: BrowserSandbox | undefined;
  private unsubscribe: () => void = () => {};

  constructor(private readonly create: () => BrowserSandbox) {
    this.unassigned = create();
    this.follow(this.unassigned);
  }

  /** The sandbox serving the active app now. */
  private get current(): BrowserSandbox {
    if (this.activeId !== undefined) {
      const sandbox = this.byApp.get(this.activeId);
      if (sandbox) return sandbox;
    }
    this.unassigned ??= this.create();
    return this.unassigned;
  }

  /** The app whose handlers run from now on; its own sandbox is started (or reused). */
  select(appId: string | undefined): void {
    if (appId === this.activeId) return;
    this.activeId = appId;
    if (appId === undefined) return;
    let sandbox = this.byApp.get(appId);
    if (sandbox) this.byApp.delete(appId);
    else {
      sandbox = this.unassigned ?? this.create();
      this.unassigned = undefined;
    }
    this.byApp.set(appId, sandbox);
    for (const [id, old] of this.byApp) {
      if (this.byApp.size <= KEPT_SANDBOXES) break;
      old.dispose();
      this.byApp.delete(id);
    }
    this.follow(sandbox);
  }

  /** Ends the sandboxes of apps that are no longer open. */
  retain(openIds: readonly string[]): void {
    for (const [id, sandbox] of this.byApp) {
      if (openIds.includes(id) || id === this.activeId) continue;
      sandbox.dispose();
      this.byApp.delete(id);
    }
  }

  private follow(sandbox: BrowserSandbox): void {
    if (sandbox === this.followed) return;
    this.followed = sandbox;
    this.unsubscribe();
    this.unsubscribe = sandbox.onStateChange((state) => this.notify(state));
    this.notify(sandbox.state);
  }

  private notify(state: SandboxState): void {
    for (const listener of this.listeners) listener(state);
  }

  get state(): SandboxState {
    return this.current.state;
  }

  onStateChange(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  ready(): Promise<SandboxReady> {
    return this.current.ready();
  }

  run(request: RunRequest): Promise<RunResult> {
    return this.current.run(request);
  }

  runBatch(request: RunRequest, rows: SampleRow[]): Promise<RunResult[]> {
    return this.current.runBatch(request, rows);
  }

  interrupt(): void {
    this.current.interrupt();
  }

  settled(): Promise<void> {
    return this.current.settled();
  }
}
