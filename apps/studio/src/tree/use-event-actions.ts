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
export function useEventActions(
  list: RefObject<HTMLElement | null>,
  /** Scrolls a row into view: the tree renders only the rows in view. */
  reveal: (folder: string) => void,
): {
  pending: PendingEventAction | undefined;
  onAction: OnEventAction;
  finish: (focus: string | undefined) => void;
} {
  const [pending, setPending] = useState<PendingEventAction>();

  const focusRow = useCallback(
    (folder: string | undefined) => {
      const find = () => {
        const rows = list.current;
        const row = folder && rows?.querySelector<HTMLElement>(`[data-folder="${CSS.escape(folder)}"]`);
        return row || undefined;
      };
      // After React has shown the new tree and the dialog or menu has let go of the focus; a row
      // scrolled into view is rendered a frame or two later.
      let frames = 3;
      const attempt = () => {
        const row = find();
        if (row || frames-- <= 0)
          return (row ?? list.current?.querySelector<HTMLElement>('[data-folder]'))?.focus();
        requestAnimationFrame(attempt);
      };
      requestAnimationFrame(() => {
        if (folder && !find()) reveal(folder);
        attempt();
      });
    },
    [list, reveal],
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
