import type { PyodideConfig, PyodideInterface } from 'pyodide';
import { freezeIntrinsics } from './frozen-intrinsics.js';
import { HeapImage } from './heap-image.js';
import {
  type HostToWorker,
  type InitMessage,
  isHostToWorker,
  type SnapshotBytesMessage,
  type SnapshotMessage,
  type WorkerToHost,
} from './protocol.js';
import type { RunRequest, RunResult } from './run.types.js';
import { guardScheduling, type SchedulingGuard } from './scheduling-guard.js';
import { packSnapshot, unpackSnapshot } from './snapshot-pack.js';
import { capWasmMemory, MEMORY_RECYCLE_BYTES, type WasmMemoryWatch } from './wasm-memory.js';
import { lockWorkerGlobals, tameCodeEvaluation } from './worker-lockdown.js';

// The engine that runs inside a worker (Web Worker or Node worker thread): it loads Pyodide,
// installs the `jit` shim, locks the worker down and answers protocol messages. It is platform
// neutral: the worker entry gives it a Pyodide loader and the shim sources.

/** Loads Pyodide with the options the engine needs (the entry decides where from). */
export type PyodideLoader = (options: PyodideConfig) => Promise<PyodideInterface>;

/** What an engine needs from its worker entry. */
export interface EngineOptions {
  load: PyodideLoader;
  /** The shim's Python sources by path (PYTHON_SOURCES). */
  sources: Record<string, string>;
  /** The worker's global object, locked down once Python is loaded (default globalThis). */
  workerGlobal?: object;
  /** The platform's own lock-down (Node: built-in modules and globals), run after the common one. */
  lockDown?: (workerGlobal: object) => void;
  /** The key of the snapshots this engine makes and restores (snapshot-key.ts); unset: none. */
  snapshotKey?: string;
}

/** Where the shim is written in Pyodide's in-memory file system. */
export const SHIM_DIR = '/event_studio_lib';

type PyCall = (...args: string[]) => unknown;

/** The runner's entry points, kept as callables so nothing needs `runPython` after lock-down. */
export interface ShimRunner {
  runJson: PyCall;
  runBatchJson: PyCall;
  runCaseJson: PyCall;
  /** After the heap is restored: what lives outside it (python/_event_studio/between_runs.py). */
  afterHeapReset: PyCall;
}

function asCall(value: unknown, name: string): PyCall {
  if (typeof value !== 'function') throw new Error(`the shim's runner has no function ${name}`);
  return value as PyCall;
}

/** Calls a runner entry point with JSON text and returns its JSON text. */
export function callText(fn: PyCall, ...args: string[]): string {
  const out = fn(...args);
  if (typeof out !== 'string') throw new Error('the shim returned a non-string');
  return out;
}

/**
 * Writes the shim into Pyodide's file system. A memory snapshot holds the wasm heap only, not the
 * (JS-side) file system, so a restored worker writes it again: modules imported lazily (the
 * lock-down's among them) and tracebacks read these files.
 */
export function writeShim(py: PyodideInterface, sources: Record<string, string>): void {
  for (const [path, text] of Object.entries(sources)) {
    const full = `${SHIM_DIR}/${path}`;
    py.FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    py.FS.writeFile(full, text);
  }
}

/**
 * Imports the runner and installs its globals: the state a memory snapshot captures. It keeps
 * nothing in __main__ and no JS reference alive, as a snapshot requires.
 */
export function importShim(py: PyodideInterface): void {
  py.runPython(
    [
      'import sys',
      `sys.path.insert(0, ${JSON.stringify(SHIM_DIR)})`,
      'from _event_studio import runner as _es_runner, cases as _es_cases',
      '_es_runner.install()',
      'del _es_runner, _es_cases',
    ].join('\n'),
  );
}

/**
 * Takes the runner's callables, then cuts Python off from JavaScript (see
 * python/_event_studio/lockdown.py). The same steps whether Python was loaded or restored.
 */
export function lockDownShim(py: PyodideInterface): ShimRunner {
  // Through pyimport, so __main__ is clean when lock_down takes the per-run snapshot.
  const runner = py.pyimport('_event_studio.runner') as unknown as Record<string, unknown>;
  const cases = py.pyimport('_event_studio.cases') as unknown as Record<string, unknown>;
  const betweenRuns = py.pyimport('_event_studio.between_runs') as unknown as Record<string, unknown>;
  const out: ShimRunner = {
    runJson: asCall(runner.run_json, 'run_json'),
    runBatchJson: asCall(runner.run_batch_json, 'run_batch_json'),
    runCaseJson: asCall(cases.run_case_json, 'run_case_json'),
    afterHeapReset: asCall(betweenRuns.after_heap_reset, 'after_heap_reset'),
  };
  const lockdown = py.pyimport('_event_studio.lockdown') as unknown as { lock_down: () => void };
  lockdown.lock_down();
  for (const name of ['js', 'pyodide_js']) {
    try {
      py.unregisterJsModule(name);
    } catch {
      // not registered in this build: nothing to remove
    }
  }
  return out;
}

/** Writes and imports the shim, then locks Python down (a cold start without a snapshot). */
export function installShim(py: PyodideInterface, sources: Record<string, string>): ShimRunner {
  writeShim(py, sources);
  importShim(py);
  return lockDownShim(py);
}

/** The buffer under Pyodide's heap (Emscripten's HEAPU8), read before any handler runs. */
function pyodideHeap(py: PyodideInterface): ArrayBuffer {
  const module = (py as unknown as { _module?: { HEAPU8?: Uint8Array } })._module;
  const buffer = module?.HEAPU8?.buffer;
  if (!(buffer instanceof ArrayBuffer)) throw new Error("the sandbox could not find Python's heap");
  return buffer;
}

/** Loader options the engine always passes: no `js` globals, no stdin, Pyodide's own output swallowed. */
export function pyodideOptions(indexURL?: string): PyodideConfig {
  // A null-prototype object has no constructor to climb to Function from, unlike globalThis.
  const options: PyodideConfig = {
    jsglobals: Object.create(null) as object,
    // Node's default stdin reads the CLI's own stdin; a handler's input() gets end-of-file instead.
    stdin: () => null,
    stdout: () => {},
    stderr: () => {},
  };
  if (indexURL !== undefined) options.indexURL = indexURL;
  return options;
}

type Progress = (reply: WorkerToHost, transfer?: ArrayBuffer[]) => void;

/** Frees a buffer something else still references, by detaching it (a transfer to nowhere). */
function release(buffer: ArrayBufferLike): void {
  if (buffer instanceof ArrayBuffer) structuredClone(buffer, { transfer: [buffer] });
}

/** The messages handled one at a time, in order (the snapshot's bytes are not: the init awaits them). */
export type QueuedMessage = Exclude<HostToWorker, SnapshotBytesMessage>;

/** Handles protocol messages for one worker: init once, then runs. */
export class SandboxEngine {
  private runner?: ShimRunner;
  private interruptView?: Uint8Array;
  private memory?: WasmMemoryWatch;
  private scheduling?: SchedulingGuard;
  /** Python's heap as lock-down left it: written back after every run. */
  private heap?: HeapImage;
  private readonly options: EngineOptions;
  /** The snapshot's bytes, whichever of them and the init's wait for them comes first. */
  private snapshotBytes?: SnapshotBytesMessage;
  private awaitingBytes?: (message: SnapshotBytesMessage) => void;
  private bytesReceived = false;
  /** Whether a handler ran since the heap was last restored. */
  private dirty = false;

  constructor(options: EngineOptions) {
    this.options = options;
  }

  /** Answers one message; progress during init is reported through `progress`. */
  async handle(message: QueuedMessage, progress: Progress = () => {}): Promise<WorkerToHost> {
    const { id, token } = message;
    try {
      if (message.type === 'init') return await this.init(message, progress);
      const runner = this.runner;
      if (!runner)
        return { type: 'error', id, token, message: 'the sandbox is not initialised', fatal: false };
      if (this.interruptView) this.interruptView[0] = 0;
      const guarded = <T>(work: () => T): T =>
        this.scheduling ? this.scheduling.whileRunning(work) : work();
      // Normally settle() restored the heap after the last reply; if that was cut short, do it now.
      if (this.dirty) guarded(() => this.reset(runner));
      this.dirty = true;
      if (message.type === 'run') {
        const result = guarded(() => this.run(runner, message.request));
        return { type: 'result', id, token, result, ...this.recycle() };
      }
      const request = JSON.stringify(message.request);
      const resultsJson = guarded(() => callText(runner.runBatchJson, request, message.rowsJson));
      return { type: 'batchResult', id, token, resultsJson, ...this.recycle() };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      // An engine failure after load may leave the interpreter broken (e.g. a wasm stack overflow).
      return { type: 'error', id, token, message: text, fatal: this.runner !== undefined };
    }
  }

  /**
   * Restores Python's heap after a reply has been sent, so the next run does not wait for it: the
   * copy (a few ms) is off the round trip. Errors leave it marked dirty for the next request.
   */
  settle(): void {
    const runner = this.runner;
    if (!runner || !this.dirty) return;
    try {
      if (this.scheduling) this.scheduling.whileRunning(() => this.reset(runner));
      else this.reset(runner);
    } catch {
      // e.g. a late interrupt landed in the reset: the next request resets again before it runs
    }
  }

  private reset(runner: ShimRunner): void {
    this.heap?.restore();
    runner.afterHeapReset();
    this.dirty = false;
  }

  /** Takes the bytes of the snapshot the init is restoring (they arrive while Pyodide loads). */
  acceptSnapshotBytes(message: SnapshotBytesMessage): void {
    if (this.runner || this.bytesReceived) return;
    this.bytesReceived = true;
    if (this.awaitingBytes) this.awaitingBytes(message);
    else this.snapshotBytes = message;
  }

  /** The unpacked snapshot for this init: Pyodide awaits it only once its own script is loaded. */
  private async restoreImage(id: number, token: string): Promise<Uint8Array> {
    const message =
      this.snapshotBytes ??
      (await new Promise<SnapshotBytesMessage>((resolve) => {
        this.awaitingBytes = resolve;
      }));
    this.snapshotBytes = undefined;
    this.awaitingBytes = undefined;
    if (message.id !== id || message.token !== token || !message.bytes)
      throw new Error('the host could not read the Python snapshot');
    return unpackSnapshot(message.bytes);
  }

  private async init(message: InitMessage, progress: Progress): Promise<WorkerToHost> {
    const { id, token } = message;
    if (this.runner)
      return { type: 'error', id, token, message: 'the sandbox is already initialised', fatal: false };
    const key = this.options.snapshotKey;
    const snapshot = message.restore !== undefined;
    if (snapshot && message.restore !== key)
      return {
        type: 'error',
        id,
        token,
        message: 'the Python snapshot was made for another version',
        fatal: true,
      };
    const making = !snapshot && message.makeSnapshot === true && key !== undefined;
    const t0 = performance.now();
    progress({
      type: 'progress',
      id,
      token,
      stage: snapshot ? 'restoring-python' : 'loading-python',
      elapsedMs: 0,
    });
    this.memory = capWasmMemory();
    this.scheduling = guardScheduling(this.options.workerGlobal ?? globalThis);
    const options = pyodideOptions(message.indexURL);
    let image: Uint8Array | undefined;
    if (snapshot) {
      const unpacked = this.restoreImage(id, token).then((bytes) => (image = bytes));
      // Pyodide may fail before it awaits the image: that failure is the one reported.
      unpacked.catch(() => {});
      options._loadSnapshot = unpacked;
    }
    if (making) options._makeSnapshot = true;
    const py = await this.options.load(options);
    let snapshotMs: number | undefined;
    // Pyodide keeps its options for good, and with them the image it has copied into its heap.
    if (image) release(image.buffer);
    const t1 = performance.now();
    progress({ type: 'progress', id, token, stage: 'installing-shim', elapsedMs: t1 - t0 });
    writeShim(py, this.options.sources);
    if (snapshot) {
      const restore = py.pyimport('_event_studio.restore') as unknown as { after_restore: () => void };
      restore.after_restore();
    } else {
      importShim(py);
      if (making && key !== undefined) snapshotMs = this.sendSnapshot(py, key, message, progress);
    }
    // Only now: a snapshot must not carry the interrupt flag, and a restored heap needs it set again.
    if (message.interruptBuffer) {
      this.interruptView = new Uint8Array(message.interruptBuffer);
      py.setInterruptBuffer(this.interruptView);
    }
    const pythonVersion = String(py.runPython('import sys; sys.version.split()[0]'));
    // Read before any handler ran: the heap restore follows this memory, whatever a run does later.
    const heap = this.memory?.liveBuffer(pyodideHeap(py));
    this.runner = lockDownShim(py);
    const scope = this.options.workerGlobal ?? globalThis;
    lockWorkerGlobals(scope);
    tameCodeEvaluation(scope);
    this.options.lockDown?.(scope);
    freezeIntrinsics();
    // Last: the interpreter every run starts from, locked down, before any handler ran.
    if (heap) this.heap = HeapImage.capture(heap);
    const t2 = performance.now();
    return {
      type: 'ready',
      id,
      token,
      pythonVersion,
      start: snapshot ? 'snapshot' : 'cold',
      timings: {
        loadMs: t1 - t0,
        shimMs: t2 - t1,
        totalMs: t2 - t0,
        ...(snapshotMs === undefined ? {} : { snapshotMs }),
      },
    };
  }

  /**
   * Makes the memory snapshot and transfers it to the host: after the shim's import, before the
   * lock-down, before any handler ran. A failure only means no snapshot: this start goes on.
   */
  private sendSnapshot(
    py: PyodideInterface,
    key: string,
    init: InitMessage,
    progress: Progress,
  ): number | undefined {
    try {
      const t0 = performance.now();
      const bytes = packSnapshot(py.makeMemorySnapshot());
      const message: SnapshotMessage = {
        type: 'snapshot',
        id: init.id,
        token: init.token,
        key,
        bytes,
        makeMs: performance.now() - t0,
      };
      progress(message, [message.bytes]);
      return message.makeMs;
    } catch (error) {
      console.warn('the sandbox could not make a Python snapshot', error);
      return undefined;
    }
  }

  /** Asks the host to replace this worker when a run grew its memory past the recycle mark. */
  private recycle(): { recycle?: true } {
    return (this.memory?.largestBytes() ?? 0) > MEMORY_RECYCLE_BYTES ? { recycle: true } : {};
  }

  private run(runner: ShimRunner, request: RunRequest): RunResult {
    return JSON.parse(callText(runner.runJson, JSON.stringify(request))) as RunResult;
  }
}

/** The two ends of a worker's message channel, as the worker entry sees them. */
export interface WorkerEndpoint {
  /** Sends a reply, moving `transfer`'s buffers instead of copying them. */
  post(message: WorkerToHost, transfer?: ArrayBuffer[]): void;
  listen(listener: (data: unknown) => void): void;
}

/**
 * Serves an engine on a worker endpoint: messages are handled one at a time, in order, and
 * anything that is not a protocol message is ignored.
 */
export function serveEngine(endpoint: WorkerEndpoint, engine: SandboxEngine): void {
  let queue: Promise<void> = Promise.resolve();
  endpoint.listen((data) => {
    if (!isHostToWorker(data)) return;
    // Not queued: the init in progress is waiting for these bytes.
    if (data.type === 'snapshotBytes') return engine.acceptSnapshotBytes(data);
    queue = queue.then(async () => {
      endpoint.post(await engine.handle(data, (p, transfer) => endpoint.post(p, transfer)));
      engine.settle();
    });
  });
}
