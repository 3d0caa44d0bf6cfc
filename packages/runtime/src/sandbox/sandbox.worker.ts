/// <reference lib="webworker" />
import { loadPyodide, version } from 'pyodide';
import { SandboxEngine, serveEngine } from './engine.js';
import type { WorkerToHost } from './protocol.js';
import { PYTHON_SOURCES } from './python-sources.generated.js';
import { snapshotKey } from './snapshot-key.js';

// Browser module-worker entry: Pyodide's files come from the init message's indexURL (the studio
// serves them, e.g. at /pyodide/).

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Bound before lock-down, so replies never go through a global the handler could replace.
const post = scope.postMessage.bind(scope);
const addListener = scope.addEventListener.bind(scope);
serveEngine(
  {
    post: (message: WorkerToHost, transfer?: ArrayBuffer[]) => post(message, transfer ?? []),
    listen: (listener) => addListener('message', (event: MessageEvent) => listener(event.data)),
  },
  new SandboxEngine({
    load: (options) => loadPyodide(options),
    sources: PYTHON_SOURCES,
    workerGlobal: scope,
    // The Pyodide this worker really loads: a snapshot made for another one is refused.
    snapshotKey: snapshotKey(version),
  }),
);
