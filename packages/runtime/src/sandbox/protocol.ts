import type { RunRequest, RunResult } from './run.types.js';

// Every message between a sandbox host and its worker, as typed unions keyed by `type`. Each
// message carries the request id and a per-request token: the host answers only a reply whose id
// and token match a request it sent, and only after the reply passes the shape checks below.

/** Load Pyodide (or restore it from a snapshot), install the shim, lock the worker down. */
export interface InitMessage {
  type: 'init';
  id: number;
  token: string;
  /** Where Pyodide's files are served (browser: e.g. `/pyodide/`); Node loads from node_modules. */
  indexURL?: string;
  /** One byte read by Pyodide between bytecodes: the host writes 2 (SIGINT) to stop a run. */
  interruptBuffer?: SharedArrayBuffer;
  /**
   * Restore Python from the snapshot made for this key instead of loading it from scratch; its
   * bytes follow in a `snapshotBytes` message (the worker starts loading Pyodide meanwhile).
   */
  restore?: string;
  /** Load from scratch and send a `snapshot` message before locking down. */
  makeSnapshot?: boolean;
}

/** The bytes of the snapshot an init said it would restore (transferred); null: they could not be read. */
export interface SnapshotBytesMessage {
  type: 'snapshotBytes';
  /** The init's id and token. */
  id: number;
  token: string;
  bytes: ArrayBuffer | null;
}

/** Run one request. */
export interface RunMessage {
  type: 'run';
  id: number;
  token: string;
  request: RunRequest;
}

/**
 * Run one request over many rows; `request.row` is ignored. The rows travel as JSON text: one
 * string crosses a worker boundary much faster than ten thousand structured-cloned objects.
 */
export interface RunBatchMessage {
  type: 'runBatch';
  id: number;
  token: string;
  request: RunRequest;
  /** JSON text of a SampleRow[]. */
  rowsJson: string;
}

export type HostToWorker = InitMessage | SnapshotBytesMessage | RunMessage | RunBatchMessage;

/** Where a starting worker is, for a progress display. */
export type InitStage = 'loading-python' | 'restoring-python' | 'installing-shim';

export interface ProgressMessage {
  type: 'progress';
  id: number;
  token: string;
  stage: InitStage;
  elapsedMs: number;
}

/**
 * The memory snapshot (README: "Memory snapshot") a worker made during init, before its lock-down
 * and before any handler ran, packed by snapshot-pack.ts and transferred. The host stores it.
 */
export interface SnapshotMessage {
  type: 'snapshot';
  id: number;
  token: string;
  /** What it was made for: format, Pyodide version and shim hash (snapshot-key.ts). */
  key: string;
  bytes: ArrayBuffer;
  /** Time to make and pack it, in milliseconds. */
  makeMs: number;
}

/** Startup timings, in milliseconds. */
export interface ReadyTimings {
  /** loadPyodide(), or restoring the snapshot */
  loadMs: number;
  /** writing the shim, importing it (cold), making the snapshot (when asked) and locking down */
  shimMs: number;
  totalMs: number;
  /** making and packing the memory snapshot, when this start made one (part of shimMs) */
  snapshotMs?: number;
}

/** How a worker's Python started: loaded from scratch, or restored from a memory snapshot. */
export type StartKind = 'cold' | 'snapshot';

export interface ReadyMessage {
  type: 'ready';
  id: number;
  token: string;
  timings: ReadyTimings;
  pythonVersion: string;
  start: StartKind;
}

export interface ResultMessage {
  type: 'result';
  id: number;
  token: string;
  result: RunResult;
  /** The worker's memory grew past its recycle mark: replace it after this reply. */
  recycle?: boolean;
}

/** The batch's results as JSON text of a RunResult[] (the host parses and checks each one). */
export interface BatchResultMessage {
  type: 'batchResult';
  id: number;
  token: string;
  resultsJson: string;
  /** As on ResultMessage. */
  recycle?: boolean;
}

/** The engine itself failed (not the handler: a handler's failure is a RunResult). */
export interface ErrorMessage {
  type: 'error';
  id: number;
  token: string;
  message: string;
  /** True when the worker cannot be used any more and must be replaced. */
  fatal: boolean;
}

export type WorkerToHost =
  | ProgressMessage
  | SnapshotMessage
  | ReadyMessage
  | ResultMessage
  | BatchResultMessage
  | ErrorMessage;

type Shape = Record<string, unknown>;

function isShape(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasEnvelope(value: unknown): value is Shape & { id: number; token: string } {
  return isShape(value) && Number.isInteger(value.id) && typeof value.token === 'string';
}

/** True when value is a message a host may send to a worker. */
export function isHostToWorker(value: unknown): value is HostToWorker {
  if (!hasEnvelope(value)) return false;
  switch (value.type) {
    case 'init':
      return (
        (value.indexURL === undefined || typeof value.indexURL === 'string') &&
        (value.restore === undefined || typeof value.restore === 'string') &&
        (value.makeSnapshot === undefined || typeof value.makeSnapshot === 'boolean')
      );
    case 'snapshotBytes':
      return value.bytes === null || value.bytes instanceof ArrayBuffer;
    case 'run':
      return isShape(value.request);
    case 'runBatch':
      return isShape(value.request) && typeof value.rowsJson === 'string';
    default:
      return false;
  }
}

function isLogs(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every((log) => isShape(log) && typeof log.level === 'string' && typeof log.message === 'string')
  );
}

function isRunError(value: unknown): boolean {
  if (value === null) return true;
  return (
    isShape(value) &&
    typeof value.type === 'string' &&
    typeof value.message === 'string' &&
    (value.line === null || typeof value.line === 'number') &&
    typeof value.traceback === 'string'
  );
}

/** True when value has the shape of a RunResult (checked on every reply before a host trusts it). */
export function isRunResult(value: unknown): value is RunResult {
  if (!isShape(value)) return false;
  const row = value.row;
  return (
    typeof value.ok === 'boolean' &&
    typeof value.fired === 'boolean' &&
    isLogs(value.logs) &&
    isRunError(value.error) &&
    isShape(row) &&
    isShape(row.before) &&
    isShape(row.after) &&
    Array.isArray(row.changed) &&
    typeof value.saves === 'number' &&
    Array.isArray(value.serviceCalls) &&
    Array.isArray(value.modelWrites) &&
    typeof value.durationMs === 'number'
  );
}

/** True when value is a well-formed message a worker may send to its host. */
export function isWorkerToHost(value: unknown): value is WorkerToHost {
  if (!hasEnvelope(value)) return false;
  switch (value.type) {
    case 'progress':
      return typeof value.stage === 'string' && typeof value.elapsedMs === 'number';
    case 'snapshot':
      return (
        typeof value.key === 'string' &&
        value.bytes instanceof ArrayBuffer &&
        typeof value.makeMs === 'number'
      );
    case 'ready':
      return (
        isShape(value.timings) &&
        typeof value.pythonVersion === 'string' &&
        (value.start === 'cold' || value.start === 'snapshot')
      );
    case 'result':
      return isRunResult(value.result);
    case 'batchResult':
      return typeof value.resultsJson === 'string';
    case 'error':
      return typeof value.message === 'string' && typeof value.fatal === 'boolean';
    default:
      return false;
  }
}
