import { useSyncExternalStore } from 'react';
import { exportMarks, type UnexportedSummary, unexportedSummary } from './unsaved-markers';
import { workspace } from './workspace-store';

/** Calls `listener` when the open app's files or its export baseline change. */
export function subscribeToTreeAndMarks(listener: () => void): () => void {
  const stopTree = workspace.subscribe(listener);
  const stopMarks = exportMarks.subscribe(listener);
  return () => {
    stopTree();
    stopMarks();
  };
}

const current = () => {
  const { tree, written } = workspace.getSnapshot();
  return unexportedSummary(tree, exportMarks.fingerprint, written);
};

/** What the open app has not exported; re-renders only when a marker comes or goes. */
export function useUnexportedSummary(): UnexportedSummary {
  return useSyncExternalStore(subscribeToTreeAndMarks, current);
}
