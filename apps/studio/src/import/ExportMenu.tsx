import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Button, Menu, MenuItem, Snackbar } from '@mui/material';
import { useId, useState } from 'react';
import { useWorkspace } from '../workspace/use-workspace';
import { exportApprovalEvents, exportElement, exportWholeApp } from './export-zips';

/** The app bar's Export button: a menu of this element, all approval events, or the whole app. */
export function ExportMenu({ disabled }: { disabled: boolean }) {
  const { selected, events } = useWorkspace();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [failure, setFailure] = useState<string | undefined>();
  const menuId = useId();

  const run = (action: () => void) => {
    setAnchor(null);
    try {
      action();
    } catch (error) {
      // writeZip refuses a tree it could not read back (clashing paths): say so, ship nothing.
      setFailure(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <>
      <Button
        color="inherit"
        variant="outlined"
        startIcon={<DownloadIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={disabled}
      >
        Export
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem disabled={!selected} onClick={() => run(() => selected && exportElement(selected))}>
          This element
        </MenuItem>
        <MenuItem disabled={events.length === 0} onClick={() => run(exportApprovalEvents)}>
          All approval events
        </MenuItem>
        <MenuItem onClick={() => run(exportWholeApp)}>Whole app</MenuItem>
      </Menu>
      <Snackbar open={failure !== undefined} onClose={() => setFailure(undefined)}>
        <Alert severity="error" onClose={() => setFailure(undefined)}>
          {failure}
        </Alert>
      </Snackbar>
    </>
  );
}
