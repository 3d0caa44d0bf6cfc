import type { PyodideConfig, PyodideInterface } from 'pyodide';
import { type HostToWorker, type InitMessage, isHostToWorker, type WorkerToHost } from './protocol.js';
import type { RunRequest, RunResult } from './run.types.js';
import {
  capWasmMemory,
  lockWorkerGlobals,
  MEMORY_RECYCLE_BYTES,
  tameCodeEvaluation,
} from './worker-lockdown.js';

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
}

/** Where the shim is written in Pyodide's in-memory file system. */
export const SHIM_DIR = '/event_studio_lib';

type PyCall = (...args: string[]) => unknown;

/** The runner's entry points, kept as callables so nothing needs `runPython` after lock-down. */
export interface ShimRunner {
  runJson: PyCall;
  runBatchJson: PyCall;
  runCaseJson: PyCall;
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
 * Writes the shim into Pyodide's file system, imports the runner, installs the globals, then cuts
 * Python off from JavaScript (see python/_event_studio/lockdown.py). Returns the runner's callables.
 */
export function installShim(py: PyodideInterface, sources: Record<string, string>): ShimRunner {
  for (const [path, text] of Object.entries(sources)) {
    const full = `${SHIM_DIR}/${path}`;
    py.FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    py.FS.writeFile(full, text);
  }
  py.runPython(
    [
      'import sys',
      `sys.path.insert(0, ${JSON.stringify(SHIM_DIR)})`,
      'from _event_studio import runner as _es_runner, cases as _es_cases',
      '_es_runner.install()',
    ].join('\n'),
  );
  const runner = py.globals.get('_es_runner') as Record<string, unknown>;
  const cases = py.globals.get('_es_cases') as Record<string, unknown>;
  const out: ShimRunner = {
    runJson: asCall(runner.run_json, 'run_json'),
    runBatchJson: asCall(runner.run_batch_json, 'run_batch_json'),
    runCaseJson: asCall(cases.run_case_json, 'run_case_json'),
  };
  py.runPython('del _es_runner, _es_cases');
  // Called through pyimport, so __main__ is clean when lock_down takes the per-run snapshot.
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

/** Handles protocol messages for one worker: init once, then runs. */
export class SandboxEngine {
  private runner?: ShimRunner;
  private interruptView?: Uint8Array;
  private memoryBytes: () => number = () => 0;
  private readonly options: EngineOptions;

  constructor(options: EngineOptions) {
    this.options = options;
  }

  /** Answers one message; progress during init is reported through `progress`. */
  async handle(
    message: HostToWorker,
    progress: (reply: WorkerToHost) => void = () => {},
  ): Promise<WorkerToHost> {
    const { id, token } = message;
    try {
      if (message.type === 'init') return await this.init(message, progress);
      const runner = this.runner;
      if (!runner)
        return { type: 'error', id, token, message: 'the sandbox is not initialised', fatal: false };
      if (this.interruptView) this.interruptView[0] = 0;
      if (message.type === 'run') {
        const result = this.run(runner, message.request);
        return { type: 'result', id, token, result, ...this.recycle() };
      }
      const resultsJson = callText(runner.runBatchJson, JSON.stringify(message.request), message.rowsJson);
      return { type: 'batchResult', id, token, resultsJson, ...this.recycle() };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      // An engine failure after load may leave the interpreter broken (e.g. a wasm stack overflow).
      return { type: 'error', id, token, message: text, fatal: this.runner !== undefined };
    }
  }

  private async init(message: InitMessage, progress: (reply: WorkerToHost) => void): Promise<WorkerToHost> {
    const { id, token } = message;
    if (this.runner)
      return { type: 'error', id, token, message: 'the sandbox is already initialised', fatal: false };
    const t0 = performance.now();
    progress({ type: 'progress', id, token, stage: 'loading-python', elapsedMs: 0 });
    this.memoryBytes = capWasmMemory();
    const py = await this.options.load(pyodideOptions(message.indexURL));
    const t1 = performance.now();
    progress({ type: 'progress', id, token, stage: 'installing-shim', elapsedMs: t1 - t0 });
    if (message.interruptBuffer) {
      this.interruptView = new Uint8Array(message.interruptBuffer);
      py.setInterruptBuffer(this.interruptView);
    }
    const pythonVersion = String(py.runPython('import sys; sys.version.split()[0]'));
    this.runner = installShim(py, this.options.sources);
    const scope = this.options.workerGlobal ?? globalThis;
    lockWorkerGlobals(scope);
    tameCodeEvaluation(scope);
    this.options.lockDown?.(scope);
    const t2 = performance.now();
    return {
      type: 'ready',
      id,
      token,
      pythonVersion,
      timings: { loadMs: t1 - t0, shimMs: t2 - t1, totalMs: t2 - t0 },
    };
  }

  /** Asks the host to replace this worker when a run grew its memory past the recycle mark. */
  private recycle(): { recycle?: true } {
    return this.memoryBytes() > MEMORY_RECYCLE_BYTES ? { recycle: true } : {};
  }

  private run(runner: ShimRunner, request: RunRequest): RunResult {
    return JSON.parse(callText(runner.runJson, JSON.stringify(request))) as RunResult;
  }
}

/** The two ends of a worker's message channel, as the worker entry sees them. */
export interface WorkerEndpoint {
  post(message: WorkerToHost): void;
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
    queue = queue.then(async () => endpoint.post(await engine.handle(data, (p) => endpoint.post(p))));
  });
}
