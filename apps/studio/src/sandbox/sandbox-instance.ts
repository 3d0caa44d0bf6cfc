import type { SandboxState } from '@event-studio/runtime';
import { BrowserSandbox } from '@event-studio/runtime/browser';
import { useSyncExternalStore } from 'react';

let sandbox: BrowserSandbox | undefined;

/** Starts the studio's one Python sandbox (idempotent); called before the UI renders. */
export function startSandbox(): BrowserSandbox {
  sandbox ??= BrowserSandbox.create({
    indexURL: new URL(`${import.meta.env.BASE_URL}pyodide/`, location.href).href,
  });
  return sandbox;
}

/** The sandbox's state (loading, ready, running, restarting, failed), re-rendering on change. */
export function useSandboxState(): SandboxState {
  const instance = startSandbox();
  return useSyncExternalStore(
    (listener) => instance.onStateChange(listener),
    () => instance.state,
  );
}
