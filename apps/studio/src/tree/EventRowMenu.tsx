import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import DriveFileRenameOutlineIcon from '@mui/icons-material/DriveFileRenameOutline';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { IconButton, ListItemIcon, ListItemText, Menu, MenuItem, Typography } from '@mui/material';
import { memo, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EventAction, focusOutline, folderName, type OnEventAction } from './event-action';

function Item({
  icon,
  label,
  shortcut,
  onClick,
}: {
  icon: ReactNode;
  label: string;
  shortcut?: string;
  onClick(): void;
}) {
  return (
    <MenuItem onClick={onClick} aria-keyshortcuts={shortcut}>
      <ListItemIcon>{icon}</ListItemIcon>
      <ListItemText>{label}</ListItemText>
      {shortcut && (
        <Typography variant="body2" color="text.secondary" sx={{ ml: 2 }}>
          {shortcut}
        </Typography>
      )}
    </MenuItem>
  );
}

/**
 * The “More actions” button of an event row and its menu: Rename…, Duplicate, Delete…. Memoised:
 * typing a title re-renders its row, and the menu (a Tooltip, a Popover, a Modal) need not follow.
 */
export const EventRowMenu = memo(function EventRowMenu({
  folder,
  onAction,
}: {
  folder: string;
  onAction: OnEventAction;
}) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const run = (action: EventAction) => {
    setAnchor(null);
    onAction(action, folder);
  };

  return (
    <>
      <IconButton
        edge="end"
        size="small"
        aria-label={t('eventActions.moreFor', { name: folderName(folder) })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={focusOutline}
      >
        <MoreVertIcon fontSize="small" />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <Item
          icon={<DriveFileRenameOutlineIcon fontSize="small" />}
          label={t('eventActions.rename')}
          shortcut="F2"
          onClick={() => run('rename')}
        />
        <Item
          icon={<ContentCopyIcon fontSize="small" />}
          label={t('eventActions.duplicate')}
          onClick={() => run('duplicate')}
        />
        <Item
          icon={<DeleteOutlineIcon fontSize="small" />}
          label={t('eventActions.delete')}
          shortcut="Delete"
          onClick={() => run('delete')}
        />
      </Menu>
    </>
  );
});
