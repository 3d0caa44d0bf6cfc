// Code runs later only if something schedules it. Between runs the engine restores Python's heap
// (heap-image.ts), so Python must not run outside a run: a callback a handler left behind would run
// on the next run's interpreter (or on a heap that no longer holds its objects). And a string given
// to a timer is code: `setTimeout("…")` evaluates it, a route around the tamed `eval` that Pyodide's
// own `scheduleCallback` reaches. This guard is installed before Pyodide loads, so every reference
// Pyodide keeps (its event loop, `scheduleCallback`) is to the guarded functions:
// - a timer refuses anything but a function, always;
// - while Python runs, nothing can be scheduled at all: timers, microtasks, promise reactions,
//   message-port messages, finalisation callbacks.

/** What the engine marks: the stretches in which Python (a handler) runs. */
export interface SchedulingGuard {
  /** Runs `work` with scheduling refused; a run is always synchronous. */
  whileRunning<T>(work: () => T): T;
}

function refuse(what: string): never {
  throw new EvalError(`${what} is not available in the Event Studio sandbox: handlers run synchronously`);
}

type AnyFunction = (...args: unknown[]) => unknown;

function replaceMethod(owner: object, name: string, wrap: (original: AnyFunction) => AnyFunction): void {
  const original = (owner as Record<string, unknown>)[name];
  if (typeof original !== 'function') return;
  Object.defineProperty(owner, name, {
    value: wrap(original as AnyFunction),
    writable: false,
    configurable: false,
    enumerable: false,
  });
}

/** Installs the guard on the worker's global; install before loading Pyodide. */
export function guardScheduling(scope: object): SchedulingGuard {
  let running = false;
  for (const name of ['setTimeout', 'setInterval', 'setImmediate']) {
    replaceMethod(
      scope,
      name,
      (original) =>
        function guardedTimer(this: unknown, callback: unknown, ...rest: unknown[]) {
          if (typeof callback !== 'function') refuse(`${name} with code in a string`);
          if (running) refuse(name);
          return original.call(this, callback, ...rest);
        },
    );
  }
  replaceMethod(
    scope,
    'queueMicrotask',
    (original) =>
      function guardedMicrotask(this: unknown, ...args: unknown[]) {
        if (running) refuse('queueMicrotask');
        return original.apply(this, args);
      },
  );
  for (const name of ['then', 'catch', 'finally']) {
    replaceMethod(
      Promise.prototype,
      name,
      (original) =>
        function guardedReaction(this: unknown, ...args: unknown[]) {
          if (running) refuse(`Promise.prototype.${name}`);
          return original.apply(this, args);
        },
    );
  }
  const port = (scope as { MessagePort?: { prototype: object } }).MessagePort?.prototype;
  if (port)
    replaceMethod(
      port,
      'postMessage',
      (original) =>
        function guardedPortMessage(this: unknown, ...args: unknown[]) {
          if (running) refuse('MessagePort.postMessage');
          return original.apply(this, args);
        },
    );
  replaceMethod(
    FinalizationRegistry.prototype,
    'register',
    (original) =>
      function guardedRegister(this: unknown, ...args: unknown[]) {
        if (running) refuse('FinalizationRegistry.register');
        return original.apply(this, args);
      },
  );
  return {
    whileRunning<T>(work: () => T): T {
      running = true;
      try {
        return work();
      } finally {
        running = false;
      }
    },
  };
}
