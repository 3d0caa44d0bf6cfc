import * as nodeModule from 'node:module';

// The Node half of the worker lock-down. Pyodide's Node build reaches the host on its own: its
// `system()` spawns a shell through child_process, its sockets open real TCP connections through
// node:net, and it reads stdin through node:fs. Each worker thread has its own copies of Node's
// built-in modules, so replacing their functions here changes nothing outside this worker.

// Taken now: the code may be compiled to CommonJS, where a named import is read at each use.
const { createRequire, syncBuiltinESMExports } = nodeModule;

/** Built-in modules whose every function is replaced by one that throws, once Pyodide is loaded. */
export const NEUTERED_NODE_MODULES = [
  'child_process',
  'dgram',
  'dns',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'inspector',
  'net',
  'os',
  'tls',
  'vm',
  'worker_threads',
] as const;

/** Node globals removed from the worker: with them gone, a JS object leads to no host API. */
export const BLOCKED_NODE_GLOBALS = [
  'process',
  'require',
  'module',
  'exports',
  '__filename',
  '__dirname',
  'Buffer',
  'global',
] as const;

function refuse(name: string): () => never {
  return () => {
    throw new Error(`${name} is not available in the Event Studio sandbox`);
  };
}

/** Replaces every function exported by Node's host-reaching built-ins with one that throws. */
export function neuterNodeBuiltins(): void {
  const require = createRequire(import.meta.url);
  for (const id of NEUTERED_NODE_MODULES) {
    const exports = require(`node:${id}`) as Record<string, unknown>;
    for (const key of Object.keys(exports)) {
      if (typeof exports[key] !== 'function') continue;
      try {
        exports[key] = refuse(`node:${id}.${key}`);
      } catch {
        // a read-only export stays; the globals that lead to it are removed below
      }
    }
  }
  // `import('node:net')` (Pyodide's sockets) reads the ESM namespace, which is synced from these exports.
  syncBuiltinESMExports();
}

/** Process members that reach the host directly (native bindings, signals, the working directory). */
const PROCESS_MEMBERS = [
  'binding',
  '_linkedBinding',
  'dlopen',
  'getBuiltinModule',
  'kill',
  'abort',
  'chdir',
] as const;

/** Removes Node's globals from the worker (internals keep their own references to `process`). */
export function removeNodeGlobals(target: object): void {
  const proc = Reflect.get(target, 'process') as object | undefined;
  for (const name of PROCESS_MEMBERS) if (proc) Reflect.set(proc, name, refuse(`process.${name}`));
  for (const name of BLOCKED_NODE_GLOBALS) Reflect.deleteProperty(target, name);
}
