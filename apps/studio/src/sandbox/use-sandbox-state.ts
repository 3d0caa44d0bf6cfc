import type { SandboxState } from '@event-studio/runtime';
import { useSyncExternalStore } from 'react';
import { startSandbox } from './sandbox-instance';

/** The sandbox's state (loading, ready, running, restarting, failed), re-rendering on change. */
export function useSandboxState(): SandboxState {
  const instance = startSandbox();
  return useSyncExternalStore(
    (listener) => instance.onStateChange(listener),
    () => instance.state,
  );
}

/** Whether Python is still loading; unlike useSandboxState, a run does not re-render the caller. */
export function useSandboxLoading(): boolean {
  const instance = startSandbox();
  return useSyncExternalStore(
    (listener) => instance.onStateChange(listener),
    () => instance.state === 'loading',
  );
}
