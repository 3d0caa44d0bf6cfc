import type { ZipError } from '@event-studio/runtime';
import {
  Alert,
  AlertTitle,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Says why a zip was refused — the file, the entry, the rule — and that nothing changed. */
export function ImportRefusedDialog({
  fileName,
  error,
  onClose,
}: {
  fileName: string;
  error: ZipError;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" role="alertdialog">
      <DialogTitle>{t('importZip.refused')}</DialogTitle>
      <DialogContent>
        <Alert severity="error">
          <AlertTitle>{t('importZip.notImported', { fileName })}</AlertTitle>
          {error.message}
        </Alert>
        <Typography
          component="dl"
          variant="body2"
          sx={{ mt: 2, '& dt': { fontWeight: 600 }, '& dd': { ml: 2, mb: 1 } }}
        >
          {error.entry !== undefined && (
            <>
              <dt>{t('importZip.entry')}</dt>
              <dd>
                <code>{error.entry}</code>
              </dd>
            </>
          )}
          <dt>{t('importZip.rule')}</dt>
          <dd>
            <code>{error.code}</code>
          </dd>
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} autoFocus>
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
