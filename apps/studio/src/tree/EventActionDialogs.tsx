import { memo } from 'react';
import { DeleteEventDialog } from './DeleteEventDialog';
import { RenameEventDialog } from './RenameEventDialog';
import type { PendingEventAction } from './use-event-actions';

/** The open Rename or Delete dialog, mounted only while it is open so each starts afresh. */
export const EventActionDialogs = memo(function EventActionDialogs({
  pending,
  onDone,
}: {
  pending: PendingEventAction | undefined;
  onDone(focus: string | undefined): void;
}) {
  if (pending?.action === 'rename') return <RenameEventDialog folder={pending.folder} onClose={onDone} />;
  if (pending?.action === 'delete') return <DeleteEventDialog folder={pending.folder} onClose={onDone} />;
  return null;
});
