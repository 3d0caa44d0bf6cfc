/** What a user can do to an approval event from its row in the tree. */
export type EventAction = 'rename' | 'duplicate' | 'delete';

/** Starts an action on the event at `folder`; stable across renders, so memoised rows stay memoised. */
export type OnEventAction = (action: EventAction, folder: string) => void;

/** The last segment of a folder: the name a rename changes (`events/orderApproval` → `orderApproval`). */
export function folderName(folder: string): string {
  return folder.slice(folder.lastIndexOf('/') + 1);
}

/** Outline for keyboard focus, beyond MUI's faint background, so a focused row is plain to see. */
export const focusOutline = {
  '&.Mui-focusVisible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: '-2px' },
} as const;
