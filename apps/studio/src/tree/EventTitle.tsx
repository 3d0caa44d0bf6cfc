import { eJsonPath, fullNameOf } from '@event-studio/runtime';
import { useCallback } from 'react';
import { AppText } from '../app-text/AppText';
import { useWorkspaceValue } from '../workspace/use-workspace';
import type { WorkspaceSnapshot } from '../workspace/workspace-store';
import { titleOf } from './event-title';

/**
 * An event's title in its tree row (its full name while it has none), invisible characters shown.
 * Its own component, reading its own value: a keystroke in the Title field re-renders this text,
 * not the row's MUI parts.
 */
export function EventTitle({ folder }: { folder: string }) {
  const title = useWorkspaceValue(
    useCallback((snapshot: WorkspaceSnapshot) => titleOf(snapshot.tree.get(eJsonPath(folder))), [folder]),
  );
  return <AppText text={title ?? fullNameOf(folder)} reveal />;
}
