// The JavaScript half of the lock-down, run inside the worker once Pyodide is loaded. Python is
// not a security boundary (a determined handler can reach Pyodide's FFI and hold a JS object), so
// this layer assumes the handler holds JS objects and makes sure they lead nowhere: no code
// evaluation to climb to the global, and nothing on the global that reaches the network, storage,
// other workers or the host.

/**
 * Worker globals removed once Pyodide is loaded: network, storage, nested workers and the global
 * `postMessage` (the entries keep a bound copy). The engine needs none of them after loading.
 */
export const BLOCKED_WORKER_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'indexedDB',
  'caches',
  'cookieStore',
  'Request',
  'BroadcastChannel',
  'Worker',
  'SharedWorker',
  'navigator',
  'fonts',
  'FontFace',
  'postMessage',
  'webkitRequestFileSystem',
  'webkitRequestFileSystemSync',
  'webkitResolveLocalFileSystemURL',
  'webkitResolveLocalFileSystemSyncURL',
] as const;

/** Removes a name from an object and its whole prototype chain, shadowing what cannot be deleted. */
function removeEverywhere(target: object, name: string): void {
  // WebIDL puts some members on WorkerGlobalScope.prototype: deleting only the own property would
  // leave `Object.getOwnPropertyDescriptor(proto, name).get.call(self)` working.
  for (let o: object | null = target; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    Reflect.deleteProperty(o, name);
  }
  if (name in target) {
    try {
      Object.defineProperty(target, name, { value: undefined, writable: false, configurable: false });
    } catch {
      // a non-configurable property stays; the Python side refuses `js` anyway
    }
  }
}

/** Deletes (or shadows) the network, storage, worker and messaging globals, prototypes included. */
export function lockWorkerGlobals(target: object, extra: readonly string[] = []): void {
  for (const name of [...BLOCKED_WORKER_GLOBALS, ...extra]) removeEverywhere(target, name);
}

function refuseEvaluation(): never {
  throw new EvalError('code evaluation is not available in the Event Studio sandbox');
}

/**
 * Takes away every way to turn a string into code: `eval`, `Function` and the constructors of
 * async, generator and async-generator functions (reachable from any function as `.constructor`).
 * Without them a handler holding a JS object cannot get at the global or write new JS; `import()`
 * is syntax, so it needs evaluated code too.
 */
export function tameCodeEvaluation(target: object): void {
  const samples = [
    function sample() {},
    async function sample() {},
    function* sample() {},
    async function* sample() {},
  ];
  // A stand-in that keeps `x instanceof Function` working for code that still asks.
  const blocked = function blockedFunction() {
    refuseEvaluation();
  };
  for (const sample of samples) {
    const prototype = Object.getPrototypeOf(sample) as object;
    Object.defineProperty(prototype, 'constructor', { value: blocked, writable: false, configurable: false });
  }
  Object.defineProperty(blocked, 'prototype', { value: Object.getPrototypeOf(samples[0]), writable: false });
  for (const name of ['eval', 'Function']) {
    try {
      Object.defineProperty(target, name, { value: blocked, writable: false, configurable: false });
    } catch {
      removeEverywhere(target, name);
    }
  }
  // The engine's own JSON is what turns a run into a reply: nothing may replace it.
  Object.freeze(JSON);
}
