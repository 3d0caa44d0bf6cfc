import CheckIcon from '@mui/icons-material/Check';
import { IconButton, ListItemIcon, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material';
import { type ReactNode, useId, useState } from 'react';

/** One choice of a ChoiceMenu: its value, what it says, and the language it says it in. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  /** Set when the label is in another language than the page (a language's own name). */
  lang?: string;
}

/**
 * An app-bar icon button that opens a menu of exclusive choices (menuitemradio), the current one
 * ticked. The button is named by `label`, shown as its tooltip too.
 */
export function ChoiceMenu<T extends string>({
  label,
  icon,
  choices,
  value,
  onChange,
}: {
  label: string;
  icon: ReactNode;
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const close = () => setAnchor(null);
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          size="small"
          aria-label={label}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : undefined}
          aria-controls={anchor ? menuId : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          {icon}
        </IconButton>
      </Tooltip>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        slotProps={{ list: { 'aria-label': label } }}
      >
        {choices.map((choice) => (
          <MenuItem
            key={choice.value}
            role="menuitemradio"
            aria-checked={choice.value === value}
            selected={choice.value === value}
            lang={choice.lang}
            onClick={() => {
              close();
              onChange(choice.value);
            }}
          >
            <ListItemIcon>{choice.value === value && <CheckIcon fontSize="small" />}</ListItemIcon>
            <ListItemText>{choice.label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
