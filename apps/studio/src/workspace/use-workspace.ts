import { useSyncExternalStore } from 'react';
import { type WorkspaceSnapshot, workspace } from './workspace-store';

/** The current workspace snapshot; re-renders on every change. */
export function useWorkspace(): WorkspaceSnapshot {
  return useSyncExternalStore(workspace.subscribe, workspace.getSnapshot);
}
