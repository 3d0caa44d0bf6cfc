import type { WorkerPort } from './worker-slot.js';

// A page can hold Python's start back until its own first screen is up: on two cores, Pyodide's
// compile competes with the page's scripts for the CPU. The host drives this port from the start
// (it posts its init at once); the worker itself is only spawned once the gate opens, and what
// was posted meanwhile is delivered to it then, in order.

/** A worker port that spawns its worker once `gate` settles; messages posted before wait for it. */
export function deferredPort(spawn: () => WorkerPort, gate: Promise<unknown>): WorkerPort {
  let port: WorkerPort | undefined;
  let terminated = false;
  let busy: boolean | undefined;
  const waiting: Array<{ message: Parameters<WorkerPort['post']>[0]; transfer?: ArrayBuffer[] }> = [];
  const messageListeners: Array<(data: unknown) => void> = [];
  const errorListeners: Array<(error: Error) => void> = [];

  const open = (): void => {
    if (terminated || port) return;
    try {
      port = spawn();
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const listener of errorListeners) listener(failure);
      return;
    }
    for (const listener of messageListeners) port.onMessage(listener);
    for (const listener of errorListeners) port.onError(listener);
    if (busy !== undefined) port.setBusy?.(busy);
    for (const { message, transfer } of waiting.splice(0)) port.post(message, transfer);
  };
  // A gate that fails still opens: holding Python back must never keep it from starting.
  void gate.then(open, open);

  return {
    post: (message, transfer) => {
      if (port) port.post(message, transfer);
      else if (!terminated) waiting.push(transfer ? { message, transfer } : { message });
    },
    onMessage: (listener) => {
      messageListeners.push(listener);
      port?.onMessage(listener);
    },
    onError: (listener) => {
      errorListeners.push(listener);
      port?.onError(listener);
    },
    terminate: () => {
      terminated = true;
      waiting.length = 0;
      port?.terminate();
    },
    setBusy: (value) => {
      busy = value;
      port?.setBusy?.(value);
    },
  };
}
