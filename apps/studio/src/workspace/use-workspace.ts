import { readText } from '@event-studio/runtime';
import { useCallback, useSyncExternalStore } from 'react';
import { type WorkspaceSnapshot, workspace } from './workspace-store';

/** The current workspace snapshot; re-renders on every change (every keystroke, anywhere). */
export function useWorkspace(): WorkspaceSnapshot {
  return useSyncExternalStore(workspace.subscribe, workspace.getSnapshot);
}

/**
 * One value of the workspace; re-renders only when that value changes (compared with Object.is),
 * so a keystroke in one file does not re-render views of others. `select` must return something
 * stable: a string, a number, or a part of the snapshot as it is (never a new object or array).
 */
export function useWorkspaceValue<T>(select: (snapshot: WorkspaceSnapshot) => T): T {
  return useSyncExternalStore(workspace.subscribe, () => select(workspace.getSnapshot()));
}

// Decoding is cached by the bytes object: a file that did not change keeps its bytes, so a view
// reading it costs nothing on other files' keystrokes.
const textCache = new WeakMap<Uint8Array, string | undefined>();

/** A file's text in a snapshot's tree, decoded once per version of the file. */
export function cachedText(tree: WorkspaceSnapshot['tree'], path: string): string | undefined {
  const bytes = tree.get(path);
  if (bytes === undefined) return undefined;
  let text = textCache.get(bytes);
  if (text === undefined) {
    text = readText(tree, path);
    textCache.set(bytes, text);
  }
  return text;
}

/** A file's text (undefined when absent); re-renders only when that file changes. */
export function useFileText(path: string): string | undefined {
  const select = useCallback((snapshot: WorkspaceSnapshot) => cachedText(snapshot.tree, path), [path]);
  return useWorkspaceValue(select);
}
