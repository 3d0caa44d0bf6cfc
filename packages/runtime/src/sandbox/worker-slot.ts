import type {
  HostToWorker,
  InitMessage,
  InitStage,
  ReadyTimings,
  StartKind,
  WorkerToHost,
} from './protocol.js';
import { isWorkerToHost } from './protocol.js';
import type { SnapshotVault } from './snapshot-vault.js';

// One worker as the sandbox host drives it: it starts the worker (from the stored memory snapshot
// when there is a good one, storing a new one when there is none), and matches every reply to a
// request by id and per-request token after the protocol's shape checks.

/** A worker as the host drives it; NodeSandbox and BrowserSandbox adapt their platform's Worker. */
export interface WorkerPort {
  /** Sends a message, moving `transfer`'s buffers instead of copying them. */
  post(message: HostToWorker, transfer?: ArrayBuffer[]): void;
  onMessage(listener: (data: unknown) => void): void;
  /** The worker died or failed to start. */
  onError(listener: (error: Error) => void): void;
  terminate(): void;
  /** Node: keep the process alive only while the worker has work (unset: always alive). */
  setBusy?(busy: boolean): void;
}

/** What a ready worker reported. */
export interface SandboxReady {
  timings: ReadyTimings;
  pythonVersion: string;
  /** Loaded from scratch, or restored from the memory snapshot. */
  start: StartKind;
}

/** What a slot needs to start its worker. */
export interface SlotOptions {
  spawn: () => WorkerPort;
  indexURL?: string;
  interruptible: boolean;
  /** How long a worker may take to load (default 120 s). */
  initTimeoutMs?: number;
  /** Where memory snapshots are kept; unset: every worker loads Python from scratch. */
  snapshot?: SnapshotVault;
}

// Generous: a loaded two-core machine has been seen to need 30 s and more for a cold start. A
// restore that misses it (a heap damaged past the checksum, hanging) falls back to a cold start.
const INIT_TIMEOUT_MS = 120_000;

interface Pending {
  token: string;
  accept: (message: WorkerToHost) => void;
  fail: (error: Error) => void;
}

let lastId = 0;

/** A fresh request id, unique in this page or process. */
export function nextRequestId(): number {
  lastId += 1;
  return lastId;
}

/** A random per-request token: a reply must carry it to be accepted. */
export function newToken(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One worker and the requests it owes answers to. */
export class Slot {
  readonly port: WorkerPort;
  readonly interrupt?: Uint8Array;
  readonly ready: Promise<SandboxReady>;
  readonly pending = new Map<number, Pending>();
  dead = false;
  /** Set once the worker was handed a snapshot: a failed start then falls back to a cold one. */
  restoring = false;
  /** Set once the worker reported ready. */
  started = false;
  private progress?: (stage: InitStage, elapsedMs: number) => void;

  constructor(options: SlotOptions, onDeath: (slot: Slot, error: Error) => void) {
    this.port = options.spawn();
    const buffer = options.interruptible ? new SharedArrayBuffer(1) : undefined;
    if (buffer) this.interrupt = new Uint8Array(buffer);
    this.port.onMessage((data) => this.receive(data));
    this.port.onError((error) => {
      if (this.dead) return;
      this.kill(error);
      onDeath(this, error);
    });
    this.port.setBusy?.(true);
    this.ready = this.boot(options, buffer);
    // A slot nobody awaits yet (a standby) must not raise an unhandled rejection.
    this.ready.catch(() => {});
    void this.ready.then(
      () => {
        this.started = true;
        this.port.setBusy?.(false);
      },
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

  kill(error: Error): void {
    if (this.dead) return;
    this.dead = true;
    this.port.terminate();
    for (const pending of this.pending.values()) pending.fail(error);
    this.pending.clear();
  }

  /**
   * Looks the snapshot up (while the worker's script loads) and initialises the worker; then reads
   * the snapshot's bytes and sends them while the worker loads Pyodide's own files.
   */
  private async boot(options: SlotOptions, buffer?: SharedArrayBuffer): Promise<SandboxReady> {
    const found = options.snapshot ? await options.snapshot.find() : undefined;
    if (this.dead) throw new Error('the sandbox worker stopped before it started');
    this.restoring = found !== undefined;
    const id = nextRequestId();
    const token = newToken();
    const ready = this.init(options, id, token, buffer);
    if (found) {
      const bytes = await found.bytes();
      // null tells the worker to give up at once: the host then falls back to a cold start.
      if (!this.dead)
        this.port.post(
          { type: 'snapshotBytes', id, token, bytes: bytes ?? null },
          bytes ? [bytes] : undefined,
        );
    }
    return ready;
  }

  private init(
    options: SlotOptions,
    id: number,
    token: string,
    buffer?: SharedArrayBuffer,
  ): Promise<SandboxReady> {
    const vault = options.snapshot;
    // Only a worker that loads from scratch is asked for a snapshot, and only one is taken from it.
    let wanted = vault !== undefined && !this.restoring;
    return new Promise<SandboxReady>((resolve, reject) => {
      const timer = setTimeout(() => {
        const error = new Error('the sandbox did not start in time');
        reject(error);
        // A worker that missed its start must not keep loading Python in the background.
        this.kill(error);
      }, options.initTimeoutMs ?? INIT_TIMEOUT_MS);
      this.pending.set(id, {
        token,
        accept: (message) => {
          if (message.type === 'progress') {
            this.progress?.(message.stage, message.elapsedMs);
            return;
          }
          if (message.type === 'snapshot') {
            if (wanted && vault) void vault.keep(message.key, message.bytes);
            wanted = false;
            return;
          }
          clearTimeout(timer);
          this.pending.delete(id);
          if (message.type === 'ready')
            resolve({ timings: message.timings, pythonVersion: message.pythonVersion, start: message.start });
          else reject(new Error(message.type === 'error' ? message.message : `unexpected ${message.type}`));
        },
        fail: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      const init: InitMessage = {
        type: 'init',
        id,
        token,
        ...(options.indexURL === undefined ? {} : { indexURL: options.indexURL }),
        ...(buffer ? { interruptBuffer: buffer } : {}),
        ...(this.restoring && vault ? { restore: vault.key } : {}),
        ...(wanted ? { makeSnapshot: true } : {}),
      };
      this.port.post(init);
    });
  }

  private receive(data: unknown): void {
    // Anything that is not a protocol message for a request we sent, with its token, is dropped.
    if (!isWorkerToHost(data)) return;
    const pending = this.pending.get(data.id);
    if (!pending || pending.token !== data.token) return;
    pending.accept(data);
  }
}
