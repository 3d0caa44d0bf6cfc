import { version as pyodideVersion } from 'pyodide/package.json';
import { cacheSnapshotStore } from './cache-snapshot-store.js';
import { deferredPort } from './deferred-port.js';
import type { InitStage } from './protocol.js';
import type { RunRequest, RunResult, SampleRow } from './run.types.js';
import { SandboxHost, type SandboxReady, type SandboxState, type WorkerPort } from './sandbox-host.js';
import { snapshotKey } from './snapshot-key.js';
import type { SnapshotStore } from './snapshot-store.js';
import { SnapshotVault } from './snapshot-vault.js';

/** Options for the browser sandbox. */
export interface BrowserSandboxOptions {
  /** Where the app serves Pyodide's files (default `/pyodide/`). */
  indexURL?: string;
  /** Keep a standby worker warm for restarts (default true). */
  standby?: boolean;
  /** Time limit for requests that set none (default 5000 ms). */
  defaultTimeoutMs?: number;
  /** Between the interrupt and terminating the worker (default 1000 ms). */
  graceMs?: number;
  /**
   * Keep a memory snapshot of Python with the shim loaded, so that a returning visitor's Python
   * (and every restart) starts in about a second: `{}` keeps it in Cache Storage, `{ store }`
   * elsewhere. Unset or false: none (it takes about 30 MB of the origin's storage).
   */
  snapshot?: { store?: SnapshotStore } | false;
  /**
   * A cold start of Python (its worker, its download and compile) waits until this settles: a page
   * can let its first screen have the CPU first. A start from the memory snapshot, light on the
   * CPU, does not wait. `state` is `loading` meanwhile, and runs wait as they would for any start.
   * Unset: Python starts at once.
   */
  startAfter?: Promise<unknown>;
}

type StateListener = (state: SandboxState) => void;
type ProgressListener = (stage: InitStage, elapsedMs: number) => void;

function spawnWorker(): WorkerPort {
  // This exact `new Worker(new URL(...), { type: 'module' })` shape is what Vite bundles as a worker.
  const worker = new Worker(new URL('./sandbox.worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    onMessage: (listener) =>
      worker.addEventListener('message', (event: MessageEvent) => listener(event.data)),
    onError: (listener) =>
      worker.addEventListener('error', (event: ErrorEvent) => {
        event.preventDefault();
        listener(new Error(event.message || 'the sandbox worker failed'));
      }),
    terminate: () => worker.terminate(),
  };
}

/** The vault for the Pyodide the worker bundles (the same package, so the same version). */
function browserVault(store: SnapshotStore = cacheSnapshotStore()): SnapshotVault {
  return new SnapshotVault(store, snapshotKey(pyodideVersion));
}

/** Settles when `gate` does, or at once when the vault holds a snapshot to start from. */
function untilGateOrSnapshot(gate: Promise<unknown>, vault: SnapshotVault): Promise<unknown> {
  const never = new Promise<never>(() => {});
  const found = vault.find().then(
    (snapshot) => (snapshot ? undefined : never),
    () => never,
  );
  return Promise.race([gate, found]);
}

/** The sandbox in the browser: Pyodide in a module Web Worker, with time limits and a warm standby. */
export class BrowserSandbox {
  private readonly host: SandboxHost;
  private readonly stateListeners = new Set<StateListener>();
  private readonly progressListeners = new Set<ProgressListener>();

  private constructor(options: BrowserSandboxOptions) {
    // Without cross-origin isolation there is no SharedArrayBuffer: a time limit then terminates at once.
    const interruptible = globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';
    const vault = options.snapshot ? browserVault(options.snapshot.store) : undefined;
    // Only the first worker waits, and only for a cold start; a standby or a restart starts at once.
    let gate =
      options.startAfter && vault ? untilGateOrSnapshot(options.startAfter, vault) : options.startAfter;
    const spawn = (): WorkerPort => {
      const waitFor = gate;
      gate = undefined;
      return waitFor ? deferredPort(spawnWorker, waitFor) : spawnWorker();
    };
    this.host = new SandboxHost({
      spawn,
      indexURL: options.indexURL ?? '/pyodide/',
      interruptible,
      standby: options.standby ?? true,
      ...(options.defaultTimeoutMs === undefined ? {} : { defaultTimeoutMs: options.defaultTimeoutMs }),
      ...(options.graceMs === undefined ? {} : { graceMs: options.graceMs }),
      ...(vault ? { snapshot: vault } : {}),
      onStateChange: (state) => {
        for (const listener of this.stateListeners) listener(state);
      },
      onProgress: (stage, elapsedMs) => {
        for (const listener of this.progressListeners) listener(stage, elapsedMs);
      },
    });
  }

  /** Starts loading at once and returns without waiting (watch `state`, or await `ready()`). */
  static create(options: BrowserSandboxOptions = {}): BrowserSandbox {
    return new BrowserSandbox(options);
  }

  /** Starts a sandbox and resolves once it is ready. */
  static async start(options: BrowserSandboxOptions = {}): Promise<BrowserSandbox> {
    const sandbox = new BrowserSandbox(options);
    await sandbox.ready();
    return sandbox;
  }

  /** loading, ready, running, restarting or failed. */
  get state(): SandboxState {
    return this.host.state;
  }

  /** Calls listener on every state change; returns the unsubscribe function. */
  onStateChange(listener: StateListener): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Calls listener with the loading worker's progress; returns the unsubscribe function. */
  onProgress(listener: ProgressListener): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  /** Resolves when the worker serving the next run is ready, with its startup timings. */
  ready(): Promise<SandboxReady> {
    return this.host.ready();
  }

  /** Runs the request's handler once. */
  run(request: RunRequest): Promise<RunResult> {
    return this.host.run(request);
  }

  /** Runs the request's handler over each row (request.row is ignored). */
  runBatch(request: RunRequest, rows: SampleRow[]): Promise<RunResult[]> {
    return this.host.runBatch(request, rows);
  }

  /** Stops the current run (the Stop button), as its time limit would. */
  interrupt(): void {
    this.host.interrupt();
  }

  /** Resolves when the worker and its standby (when kept) are ready, so a restart would be instant. */
  settled(): Promise<void> {
    return this.host.settled();
  }

  /** Terminates the workers. */
  dispose(): void {
    this.host.dispose();
  }
}
