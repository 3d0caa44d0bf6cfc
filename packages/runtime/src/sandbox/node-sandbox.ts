import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RunRequest, RunResult, SampleRow } from './run.types.js';
import { SandboxHost, type SandboxReady, type SandboxState, type WorkerPort } from './sandbox-host.js';
import { snapshotKey } from './snapshot-key.js';
import type { SnapshotStore } from './snapshot-store.js';
import { SnapshotVault } from './snapshot-vault.js';

/** Options for a Node sandbox. */
export interface NodeSandboxOptions {
  /** Keep a second worker warm so a restart after a timeout is immediate (default false: it costs a core). */
  standby?: boolean;
  /** Time limit for requests that set none (default 5000 ms). */
  defaultTimeoutMs?: number;
  /** Between the interrupt and terminating the worker (default 1000 ms). */
  graceMs?: number;
  /**
   * Start workers from a memory snapshot kept in `store`, making one when it holds none (default
   * off: the CLI starts once per process; the tests use it to check restored workers).
   */
  snapshot?: { store: SnapshotStore } | false;
}

// The repo runs TypeScript through tsx without a build. From a .ts file the worker is the .ts entry,
// compiled by tsx's CommonJS hook registered inside the worker: Node 20 applies neither
// `execArgv: ['--import', 'tsx']` nor module.register() to a worker's ESM loader. From built .js,
// the .js entry.
// `stdout`/`stderr: true` give the worker its own streams instead of the process's: whatever the
// worker (Pyodide's error printing included) writes is read and dropped, never the CLI's output.
const PRIVATE_OUTPUT = { stdout: true, stderr: true } as const;

function createWorker(): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./node-sandbox.worker.js', import.meta.url), PRIVATE_OUTPUT);
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const entry = fileURLToPath(new URL('./node-sandbox.worker.ts', import.meta.url));
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
  return new Worker(boot, { eval: true, ...PRIVATE_OUTPUT });
}

/** The snapshot key for the Pyodide the Node worker loads (from node_modules). */
function nodeSnapshotKey(): string {
  const { version } = createRequire(import.meta.url)('pyodide/package.json') as { version: string };
  return snapshotKey(version);
}

function spawnWorker(): WorkerPort {
  const worker = createWorker();
  worker.stdout.resume();
  worker.stderr.resume();
  let terminated = false;
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    onMessage: (listener) => worker.on('message', listener),
    onError: (listener) => {
      worker.on('error', (error) => listener(error));
      worker.on('exit', (code) => {
        if (!terminated) listener(new Error(`the sandbox worker exited (code ${code})`));
      });
    },
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
    // An idle sandbox must not keep a CLI process alive.
    setBusy: (busy) => (busy ? worker.ref() : worker.unref()),
  };
}

/** The sandbox in Node: Pyodide in a worker thread, with time limits and restarts. */
export class NodeSandbox {
  private readonly host: SandboxHost;
  /** What the worker reported when it became ready. */
  readonly startup: SandboxReady;

  private constructor(host: SandboxHost, startup: SandboxReady) {
    this.host = host;
    this.startup = startup;
  }

  /** Starts a worker and resolves once Python and the shim are loaded. */
  static async start(options: NodeSandboxOptions = {}): Promise<NodeSandbox> {
    const host = new SandboxHost({
      spawn: spawnWorker,
      interruptible: true,
      standby: options.standby ?? false,
      ...(options.defaultTimeoutMs === undefined ? {} : { defaultTimeoutMs: options.defaultTimeoutMs }),
      ...(options.graceMs === undefined ? {} : { graceMs: options.graceMs }),
      ...(options.snapshot ? { snapshot: new SnapshotVault(options.snapshot.store, nodeSnapshotKey()) } : {}),
    });
    try {
      return new NodeSandbox(host, await host.ready());
    } catch (error) {
      host.dispose();
      throw error;
    }
  }

  /** loading, ready, running, restarting or failed. */
  get state(): SandboxState {
    return this.host.state;
  }

  /** Runs the request's handler once. */
  run(request: RunRequest): Promise<RunResult> {
    return this.host.run(request);
  }

  /** Runs the request's handler over each row (request.row is ignored). */
  runBatch(request: RunRequest, rows: SampleRow[]): Promise<RunResult[]> {
    return this.host.runBatch(request, rows);
  }

  /** Stops the current run, as its time limit would. */
  interrupt(): void {
    this.host.interrupt();
  }

  /** Resolves when the worker and its standby (when kept) are ready, so a restart would be instant. */
  settled(): Promise<void> {
    return this.host.settled();
  }

  /** Terminates the worker. */
  dispose(): void {
    this.host.dispose();
  }
}
