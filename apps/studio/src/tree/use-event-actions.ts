import { type RefObject, useCallback, useState } from 'react';
import { workspace } from '../workspace/workspace-store';
import type { OnEventAction } from './event-action';

/** An action that asks first: which dialog is open, for which event. */
export interface PendingEventAction {
  action: 'rename' | 'delete';
  folder: string;
}

/**
 * The tree's event actions: Duplicate runs at once, Rename and Delete open their dialog. After
 * each, keyboard focus goes to the row the user would act on next (the copy, the renamed row,
 * the deleted one's neighbour), since the row that had it may be gone.
 */
export function useEventActions(list: RefObject<HTMLElement | null>): {
  pending: PendingEventAction | undefined;
  onAction: OnEventAction;
  finish: (focus: string | undefined) => void;
} {
  const [pending, setPending] = useState<PendingEventAction>();

  const focusRow = useCallback(
    (folder: string | undefined) => {
      // After React has shown the new tree and the dialog or menu has let go of the focus.
      requestAnimationFrame(() => {
        const rows = list.current;
        const row = folder && rows?.querySelector<HTMLElement>(`[data-folder="${CSS.escape(folder)}"]`);
        (row || rows?.querySelector<HTMLElement>('[data-folder]'))?.focus();
      });
    },
    [list],
  );

  const onAction = useCallback<OnEventAction>(
    (action, folder) => {
      if (action !== 'duplicate') return setPending({ action, folder });
      const result = workspace.duplicateEvent(folder);
      focusRow(result.ok ? result.folder : folder);
    },
    [focusRow],
  );

  const finish = useCallback(
    (focus: string | undefined) => {
      setPending(undefined);
      focusRow(focus);
    },
    [focusRow],
  );

  return { pending, onAction, finish };
}
