import {
  type HostToWorker,
  type InitStage,
  isRunResult,
  isWorkerToHost,
  type ReadyTimings,
  type WorkerToHost,
} from './protocol.js';
import type { RunError, RunRequest, RunResult, SampleRow } from './run.types.js';

// The host logic both NodeSandbox and BrowserSandbox use, platform neutral: one worker runs at a
// time, requests queue, every reply is checked against the protocol and its request's id and
// token, and a run past its time limit is interrupted, then (after a grace period) its worker is
// terminated and replaced — by a standby worker kept warm when asked for.

/** A worker as the host drives it; NodeSandbox and BrowserSandbox adapt their platform's Worker. */
export interface WorkerPort {
  post(message: HostToWorker): void;
  onMessage(listener: (data: unknown) => void): void;
  /** The worker died or failed to start. */
  onError(listener: (error: Error) => void): void;
  terminate(): void;
  /** Node: keep the process alive only while the worker has work (unset: always alive). */
  setBusy?(busy: boolean): void;
}

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
  /** How long a worker may take to load (default 60 s). */
  initTimeoutMs?: number;
  onStateChange?: (state: SandboxState) => void;
  /** Startup progress of the worker that will serve the next run. */
  onProgress?: (stage: InitStage, elapsedMs: number) => void;
}

/** What a ready worker reported. */
export interface SandboxReady {
  timings: ReadyTimings;
  pythonVersion: string;
}

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_GRACE_MS = 1000;

interface Pending {
  token: string;
  accept: (message: WorkerToHost) => void;
  fail: (error: Error) => void;
}

let nextId = 1;

function newToken(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One worker and the requests it owes answers to. */
class Slot {
  readonly port: WorkerPort;
  readonly interrupt?: Uint8Array;
  readonly ready: Promise<SandboxReady>;
  readonly pending = new Map<number, Pending>();
  dead = false;
  private progress?: (stage: InitStage, elapsedMs: number) => void;

  constructor(options: SandboxHostOptions, onDeath: (slot: Slot, error: Error) => void) {
    this.port = options.spawn();
    const buffer = options.interruptible ? new SharedArrayBuffer(1) : undefined;
    if (buffer) this.interrupt = new Uint8Array(buffer);
    this.port.onMessage((data) => this.receive(data));
    this.port.onError((error) => {
      if (this.dead) return;
      this.kill(error);
      onDeath(this, error);
    });
    const id = nextId++;
    const token = newToken();
    this.ready = new Promise<SandboxReady>((resolve, reject) => {
      // Generous: a loaded two-core machine has been seen to need 30 s and more for a cold start.
      const timer = setTimeout(() => {
        const error = new Error('the sandbox did not start in time');
        reject(error);
        // A worker that missed its start must not keep loading Python in the background.
        this.kill(error);
      }, options.initTimeoutMs ?? 120_000);
      this.pending.set(id, {
        token,
        accept: (message) => {
          if (message.type === 'progress') {
            this.progress?.(message.stage, message.elapsedMs);
            return;
          }
          clearTimeout(timer);
          this.pending.delete(id);
          if (message.type === 'ready')
            resolve({ timings: message.timings, pythonVersion: message.pythonVersion });
          else reject(new Error(message.type === 'error' ? message.message : `unexpected ${message.type}`));
        },
        fail: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
    // A slot nobody awaits yet (a standby) must not raise an unhandled rejection.
    this.ready.catch(() => {});
    this.port.setBusy?.(true);
    this.port.post({
      type: 'init',
      id,
      token,
      ...(options.indexURL === undefined ? {} : { indexURL: options.indexURL }),
      ...(buffer ? { interruptBuffer: buffer } : {}),
    });
    void this.ready.then(
      () => this.port.setBusy?.(false),
      () => {},
    );
  }

  watchProgress(listener?: (stage: InitStage, elapsedMs: number) => void): void {
    this.progress = listener;
  }

  /** Sends a request; resolves with the reply whose id and token match it. */
  request(message: HostToWorker): Promise<WorkerToHost> {
    return new Promise((accept, fail) => {
      this.pending.set(message.id, { token: message.token, accept, fail });
      this.port.setBusy?.(true);
      this.port.post(message);
    });
  }

  forget(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.port.setBusy?.(false);
  }

  private receive(data: unknown): void {
    // Anything that is not a protocol message for a request we sent, with its token, is dropped.
    if (!isWorkerToHost(data)) return;
    const pending = this.pending.get(data.id);
    if (!pending || pending.token !== data.token) return;
    pending.accept(data);
  }

  kill(error: Error): void {
    if (this.dead) return;
    this.dead = true;
    this.port.terminate();
    for (const pending of this.pending.values()) pending.fail(error);
    this.pending.clear();
  }
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

  /** Resolves when the worker that serves the next run is ready. */
  ready(): Promise<SandboxReady> {
    return this.current.ready;
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
    await this.current.ready;
    // The standby is spawned once the current worker is ready: let that callback run first.
    await Promise.resolve();
    await this.standby?.ready;
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

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => {});
    return next;
  }

  private setState(state: SandboxState): void {
    if (this.stateValue === state) return;
    this.stateValue = state;
    this.options.onStateChange?.(state);
  }

  private spawn(): Slot {
    return new Slot(this.options, (slot, error) => {
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
        if (this.options.standby && !this.standby) this.standby = this.spawn();
      },
      () => {
        if (slot === this.current && !this.disposed) this.setState('failed');
      },
    );
  }

  /** Replaces the current worker: the standby when there is one, a fresh worker otherwise. */
  private replace(from: Slot, error: Error): void {
    from.kill(error);
    if (from !== this.current || this.disposed) return;
    const next = this.standby ?? this.spawn();
    this.standby = undefined;
    this.current = next;
    this.current.watchProgress(this.options.onProgress);
    this.track(next, 'restarting');
  }

  private async execute(
    request: RunRequest,
    rows: SampleRow[],
    build: (id: number, token: string) => HostToWorker,
    retried = false,
  ): Promise<RunResult[]> {
    if (this.disposed) throw new Error('the sandbox was disposed');
    const slot = this.current;
    try {
      await slot.ready;
    } catch (error) {
      // A worker that failed to start is replaced, and this run waits for the new one once.
      if (retried || this.disposed) throw error;
      if (slot === this.current)
        this.replace(slot, error instanceof Error ? error : new Error(String(error)));
      return this.execute(request, rows, build, true);
    }
    if (slot.dead) return this.execute(request, rows, build, retried);
    const id = nextId++;
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
