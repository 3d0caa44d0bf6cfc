import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Button, Menu, MenuItem, Snackbar } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnexportedCount } from '../workspace/UnexportedCount';
import { useWorkspaceValue } from '../workspace/use-workspace';
import { exportApprovalEvents, exportElement, exportWholeApp } from './export-zips';

/** The app bar's Export button: a menu of this element, all approval events, or the whole app. */
export function ExportMenu({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const selected = useWorkspaceValue((s) => s.selected);
  const events = useWorkspaceValue((s) => s.events);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [failure, setFailure] = useState<string | undefined>();
  const menuId = useId();

  const run = (action: () => void) => {
    setAnchor(null);
    try {
      action();
    } catch (error) {
      // writeZip refuses a tree it could not read back (clashing paths): say so, ship nothing.
      setFailure(
        t('appBar.exportFailed', { reason: error instanceof Error ? error.message : String(error) }),
      );
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
        {t('appBar.export')}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <UnexportedCount />
        <MenuItem disabled={!selected} onClick={() => run(() => selected && exportElement(selected))}>
          {t('appBar.exportElement')}
        </MenuItem>
        <MenuItem disabled={events.length === 0} onClick={() => run(exportApprovalEvents)}>
          {t('appBar.exportEvents')}
        </MenuItem>
        <MenuItem onClick={() => run(exportWholeApp)}>{t('appBar.exportApp')}</MenuItem>
      </Menu>
      <Snackbar open={failure !== undefined} onClose={() => setFailure(undefined)}>
        <Alert severity="error" onClose={() => setFailure(undefined)}>
          {failure}
        </Alert>
      </Snackbar>
    </>
  );
}
