import { parentPort } from 'node:worker_threads';
import { loadPyodide, version } from 'pyodide';
import { SandboxEngine, serveEngine } from './engine.js';
import { neuterNodeBuiltins, removeNodeGlobals } from './node-lockdown.js';
import type { WorkerToHost } from './protocol.js';
import { PYTHON_SOURCES } from './python-sources.generated.js';
import { snapshotKey } from './snapshot-key.js';

// Node worker-thread entry: Pyodide comes from node_modules (loadPyodide's default indexURL).

const port = parentPort;
if (!port) throw new Error('node-sandbox.worker.ts must run as a worker thread');
// Bound before lock-down, so the engine's replies never depend on a global the handler could reach.
const post = port.postMessage.bind(port);
serveEngine(
  {
    post: (message: WorkerToHost, transfer?: ArrayBuffer[]) => post(message, transfer),
    listen: (listener) => port.on('message', listener),
  },
  new SandboxEngine({
    load: (options) => loadPyodide(options),
    sources: PYTHON_SOURCES,
    lockDown: (scope) => {
      neuterNodeBuiltins();
      removeNodeGlobals(scope);
    },
    snapshotKey: snapshotKey(version),
  }),
);
