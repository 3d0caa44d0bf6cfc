import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { appTextString } from '../app-text/AppText';

/** Asks before closing an app whose changes were not exported to a zip: closing it loses them. */
export function CloseAppDialog({
  name,
  onConfirm,
  onCancel,
}: {
  name: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const bodyId = useId();
  return (
    <Dialog open onClose={onCancel} maxWidth="xs" role="alertdialog" aria-describedby={bodyId}>
      <DialogTitle>{t('apps.closeTitle', { name: appTextString(name) })}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>
          {t('apps.closeBody', { name: appTextString(name) })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={onConfirm}>
          {t('apps.closeConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
