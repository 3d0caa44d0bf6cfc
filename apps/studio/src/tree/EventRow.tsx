import { fullNameOf } from '@event-studio/runtime';
import BoltIcon from '@mui/icons-material/Bolt';
import { ListItem, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import { type KeyboardEvent, memo } from 'react';
import { AppText } from '../app-text/AppText';
import { workspace } from '../workspace/workspace-store';
import { EventRowMenu } from './EventRowMenu';
import { EventTitle } from './EventTitle';
import { focusOutline, type OnEventAction } from './event-action';

/** F2 renames and Delete deletes the focused row (⌘⌫ too, the Mac's delete-item key). */
function actionForKey(event: KeyboardEvent): 'rename' | 'delete' | undefined {
  if (event.altKey || event.ctrlKey || event.shiftKey) return undefined;
  if (event.key === 'F2' && !event.metaKey) return 'rename';
  if (event.key === 'Delete' && !event.metaKey) return 'delete';
  return event.key === 'Backspace' && event.metaKey ? 'delete' : undefined;
}

/** One approval event in the tree: opens it on click, with its actions menu and keyboard shortcuts. */
export const EventRow = memo(function EventRow({
  folder,
  selected,
  onAction,
}: {
  folder: string;
  selected: boolean;
  onAction: OnEventAction;
}) {
  return (
    <ListItem
      component="div"
      disablePadding
      secondaryAction={<EventRowMenu folder={folder} onAction={onAction} />}
    >
      <ListItemButton
        data-folder={folder}
        selected={selected}
        onClick={() => workspace.select(folder)}
        onKeyDown={(event) => {
          const action = event.target === event.currentTarget ? actionForKey(event) : undefined;
          if (!action) return;
          event.preventDefault();
          onAction(action, folder);
        }}
        aria-current={selected ? 'page' : undefined}
        aria-keyshortcuts="F2 Delete"
        sx={focusOutline}
      >
        <ListItemIcon sx={{ minWidth: 30 }}>
          <BoltIcon fontSize="small" color="warning" />
        </ListItemIcon>
        <ListItemText
          primary={<EventTitle folder={folder} />}
          secondary={<AppText text={fullNameOf(folder)} reveal />}
          slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true, sx: { fontSize: 11 } } }}
        />
      </ListItemButton>
    </ListItem>
  );
});
