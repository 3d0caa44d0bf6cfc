import { type HostToWorker, type InitStage, isRunResult, type WorkerToHost } from './protocol.js';
import type { RunError, RunRequest, RunResult, SampleRow } from './run.types.js';
import type { SnapshotVault } from './snapshot-vault.js';
import { newToken, nextRequestId, type SandboxReady, Slot, type WorkerPort } from './worker-slot.js';

export type { SandboxReady, WorkerPort } from './worker-slot.js';

// The host logic both NodeSandbox and BrowserSandbox use, platform neutral: one worker runs at a
// time, requests queue, every reply is checked against the protocol and its request's id and
// token (worker-slot.ts), and a run past its time limit is interrupted, then (after a grace
// period) its worker is terminated and replaced — by a standby worker kept warm when asked for.
// With a snapshot vault, workers start from the stored memory snapshot; one whose restore fails
// is replaced by a cold start and the snapshot deleted.

export type SandboxState = 'loading' | 'ready' | 'running' | 'restarting' | 'failed';

export interface SandboxHostOptions {
  spawn: () => WorkerPort;
  /** Passed to the worker's loadPyodide (browser: where Pyodide's files are served). */
  indexURL?: string;
  /** Use a SharedArrayBuffer interrupt (needs SharedArrayBuffer; browsers: cross-origin isolation). */
  interruptible: boolean;
  /** Keep a second, initialised worker so a restart does not wait for a cold start. */
  standby?: boolean;
  /** Time between the interrupt and terminating the worker (default 1000 ms). */
  graceMs?: number;
  /** Time limit when a request sets none (default 5000 ms). */
  defaultTimeoutMs?: number;
  /** How long a worker may take to load (default 120 s). */
  initTimeoutMs?: number;
  /** Where the memory snapshot is kept (unset: every worker loads Python from scratch). */
  snapshot?: SnapshotVault;
  onStateChange?: (state: SandboxState) => void;
  /** Startup progress of the worker that will serve the next run. */
  onProgress?: (stage: InitStage, elapsedMs: number) => void;
}

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_GRACE_MS = 1000;

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function stoppedResult(row: SampleRow, seconds: string, elapsedMs: number): RunResult {
  return {
    ok: false,
    fired: true,
    logs: [],
    error: timeoutError(seconds),
    row: { before: row, after: row, changed: [] },
    saves: 0,
    serviceCalls: [],
    modelWrites: [],
    durationMs: elapsedMs,
    timedOut: true,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

function timeoutError(seconds: string): RunError {
  return { type: 'Timeout', message: `stopped after ${seconds} s`, line: null, file: null, traceback: '' };
}

function crashResult(row: SampleRow, message: string): RunResult {
  return {
    ok: false,
    fired: true,
    logs: [],
    error: { type: 'SandboxCrashed', message, line: null, file: null, traceback: '' },
    row: { before: row, after: row, changed: [] },
    saves: 0,
    serviceCalls: [],
    modelWrites: [],
    durationMs: 0,
  };
}

/** The platform-neutral sandbox host: start, run, runBatch, interrupt, restart, dispose. */
export class SandboxHost {
  private readonly options: SandboxHostOptions;
  private current: Slot;
  private standby?: Slot;
  private queue: Promise<unknown> = Promise.resolve();
  /** Tasks enqueued and not yet settled. */
  private queued = 0;
  private stopCurrent?: () => void;
  private disposed = false;
  private stateValue: SandboxState = 'loading';

  constructor(options: SandboxHostOptions) {
    this.options = options;
    this.current = this.spawn();
    this.current.watchProgress(options.onProgress);
    this.track(this.current, 'loading');
  }

  get state(): SandboxState {
    return this.stateValue;
  }

  /** Resolves when the worker that serves the next run is ready (following a fallback to a cold start). */
  async ready(): Promise<SandboxReady> {
    for (;;) {
      const slot = this.current;
      try {
        return await slot.ready;
      } catch (error) {
        // A failed restore has already been replaced (track runs first): wait for its replacement.
        if (slot === this.current || this.disposed) throw error;
      }
    }
  }

  /** Runs one request; a handler's failure or timeout is a result, only a dead sandbox rejects. */
  run(request: RunRequest): Promise<RunResult> {
    return this.enqueue(async () => {
      const rows = [request.row];
      const results = await this.execute(request, rows, (id, token) => ({ type: 'run', id, token, request }));
      return results[0] ?? crashResult(request.row, 'no result');
    });
  }

  /** Runs one request over many rows in one worker call (the handler is imported once). */
  runBatch(request: RunRequest, rows: SampleRow[]): Promise<RunResult[]> {
    return this.enqueue(() =>
      this.execute(request, rows, (id, token) => ({
        type: 'runBatch',
        id,
        token,
        request,
        rowsJson: JSON.stringify(rows),
      })),
    );
  }

  /** Resolves when the serving worker and the standby (when kept) are both ready: a restart would be instant. */
  async settled(): Promise<void> {
    await this.ready();
    // The standby is spawned once the current worker is ready: let that callback run first.
    await Promise.resolve();
    for (;;) {
      const standby = this.standby;
      try {
        await standby?.ready;
        return;
      } catch (error) {
        if (standby === this.standby || this.disposed) throw error;
      }
    }
  }

  /** Stops the current run (as its time limit would); queued runs still run. */
  interrupt(): void {
    this.stopCurrent?.();
  }

  /** Terminates the workers; pending and later calls reject. */
  dispose(): void {
    this.disposed = true;
    const error = new Error('the sandbox was disposed');
    this.current.kill(error);
    this.standby?.kill(error);
    this.setState('failed');
  }

  /**
   * Runs tasks one at a time, in order. With nothing queued a task starts at once, in the caller's
   * task: chaining it on a settled promise would let the caller's other microtasks (a UI's
   * re-render) go before the request is even posted.
   */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queued === 0 ? task() : this.queue.then(task, task);
    this.queued += 1;
    this.queue = next.then(
      () => {
        this.queued -= 1;
      },
      () => {
        this.queued -= 1;
      },
    );
    return next;
  }

  private setState(state: SandboxState): void {
    if (this.stateValue === state) return;
    this.stateValue = state;
    this.options.onStateChange?.(state);
  }

  private spawn(): Slot {
    return new Slot(this.options, (slot, error) => {
      // A worker that died while restoring must not be followed by another restore of the same bytes.
      if (slot.restoring && !slot.started) void this.options.snapshot?.discard();
      if (slot === this.standby) this.standby = undefined;
      else if (!this.disposed) this.replace(slot, error);
    });
  }

  /** Moves a slot's readiness into the host state, and warms a standby once the first is up. */
  private track(slot: Slot, during: SandboxState): void {
    this.setState(during);
    slot.ready.then(
      () => {
        if (slot !== this.current || this.disposed) return;
        if (this.stateValue === during) this.setState('ready');
        if (this.options.standby && !this.standby) this.standby = this.spawnStandby();
      },
      (error: unknown) => {
        if (slot !== this.current || this.disposed) return;
        // The snapshot did not restore: delete it and start from scratch, still "loading" to the user.
        if (slot.restoring) this.fallBack(slot, toError(error), during);
        else this.setState('failed');
      },
    );
  }

  /** A standby whose restore failed is replaced by a cold one at once, not when it is needed. */
  private spawnStandby(): Slot {
    const slot = this.spawn();
    slot.ready.catch((error: unknown) => {
      if (slot !== this.standby || !slot.restoring || this.disposed) return;
      void this.options.snapshot?.discard();
      slot.kill(toError(error));
      this.standby = this.spawnStandby();
    });
    return slot;
  }

  private fallBack(slot: Slot, error: Error, during: SandboxState): void {
    void this.options.snapshot?.discard();
    this.replace(slot, error, during);
  }

  /** Replaces the current worker: the standby when there is one, a fresh worker otherwise. */
  private replace(from: Slot, error: Error, during: SandboxState = 'restarting'): void {
    from.kill(error);
    if (from !== this.current || this.disposed) return;
    const next = this.standby ?? this.spawn();
    this.standby = undefined;
    this.current = next;
    this.current.watchProgress(this.options.onProgress);
    this.track(next, during);
  }

  private async execute(
    request: RunRequest,
    rows: SampleRow[],
    build: (id: number, token: string) => HostToWorker,
    retried = false,
  ): Promise<RunResult[]> {
    if (this.disposed) throw new Error('the sandbox was disposed');
    const slot = this.current;
    // A started worker is sent the request at once, in the caller's task: awaiting its settled
    // `ready` would let the caller's other microtasks (a UI's re-render) go first.
    if (!slot.started) {
      try {
        await slot.ready;
      } catch (error) {
        // A worker that failed to start is replaced, and this run waits for the new one once.
        if (retried || this.disposed) throw error;
        if (slot === this.current) this.replace(slot, toError(error));
        return this.execute(request, rows, build, true);
      }
    }
    if (slot.dead) return this.execute(request, rows, build, retried);
    const id = nextRequestId();
    const token = newToken();
    const limit = request.timeoutMs ?? this.options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    const grace = this.options.graceMs ?? DEFAULT_GRACE_MS;
    const started = Date.now();
    let stoppedAt: number | undefined;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    let byLimit = false;
    // A time limit says the limit itself (timers fire late under load); a Stop says how long it ran.
    const seconds = (): string => formatSeconds(byLimit ? limit : (stoppedAt ?? Date.now()) - started);
    this.setState('running');

    const killed = new Promise<RunResult[]>((resolve) => {
      const kill = (): void => {
        resolve(rows.map((row) => stoppedResult(row, seconds(), Date.now() - started)));
        this.replace(slot, new Error('stopped'));
      };
      this.stopCurrent = () => {
        if (stoppedAt !== undefined) return;
        stoppedAt = Date.now();
        if (slot.interrupt) {
          Atomics.store(slot.interrupt, 0, 2);
          graceTimer = setTimeout(kill, grace);
        } else {
          kill();
        }
      };
    });
    const limitTimer = setTimeout(() => {
      byLimit = stoppedAt === undefined;
      this.stopCurrent?.();
    }, limit);

    const answered = slot.request(build(id, token)).then(
      (reply) => this.toResults(slot, reply, rows, stoppedAt === undefined ? undefined : seconds()),
      (error: unknown) =>
        rows.map((row) => crashResult(row, error instanceof Error ? error.message : String(error))),
    );
    try {
      return await Promise.race([answered, killed]);
    } finally {
      clearTimeout(limitTimer);
      clearTimeout(graceTimer);
      this.stopCurrent = undefined;
      slot.forget(id);
      if (slot === this.current && this.stateValue === 'running') this.setState('ready');
    }
  }

  private toResults(slot: Slot, reply: WorkerToHost, rows: SampleRow[], stopped?: string): RunResult[] {
    let results: RunResult[];
    // Wasm memory never shrinks: a worker that grew large is swapped for the standby after this run.
    if ((reply.type === 'result' || reply.type === 'batchResult') && reply.recycle === true)
      this.replace(slot, new Error('recycled: the worker grew past its memory mark'));
    if (reply.type === 'result') results = [reply.result];
    else if (reply.type === 'batchResult') {
      const parsed: unknown = parseJson(reply.resultsJson);
      if (!Array.isArray(parsed) || !parsed.every(isRunResult)) {
        return rows.map((row) => crashResult(row, 'the sandbox sent malformed batch results'));
      }
      results = parsed;
    } else if (reply.type === 'error') {
      if (reply.fatal) this.replace(slot, new Error(reply.message));
      return rows.map((row) => crashResult(row, reply.message));
    } else return rows.map((row) => crashResult(row, `unexpected ${reply.type}`));
    if (results.length !== rows.length) return rows.map((row) => crashResult(row, 'wrong number of results'));
    if (stopped === undefined) return results;
    // The interrupt landed: say how long the run went, as a terminated run would.
    return results.map((result) => (result.timedOut ? { ...result, error: timeoutError(stopped) } : result));
  }
}
