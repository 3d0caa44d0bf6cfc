import { Alert, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { appShelf } from '../apps/app-shelf';
import { useAutosaveState } from './use-autosave-state';

/** Says, plainly, when this tab's work is not being kept, and offers the two ways out. */
export function AutosaveBanner() {
  const { t } = useTranslation();
  const state = useAutosaveState();
  if (state.kind === 'failed') {
    return (
      <Alert severity="warning" sx={{ borderRadius: 0 }}>
        {t('autosave.failedHint', { message: state.message })}
      </Alert>
    );
  }
  if (state.kind !== 'conflict') return null;
  return (
    <Alert
      severity="warning"
      sx={{ borderRadius: 0 }}
      action={
        <Stack direction="row" sx={{ gap: 1 }}>
          <Button color="inherit" onClick={() => location.reload()}>
            {t('autosave.loadOther')}
          </Button>
          <Button color="inherit" onClick={() => void appShelf.keepThisTab()}>
            {t('autosave.keepThis')}
          </Button>
        </Stack>
      }
    >
      {t('autosave.conflict')}
    </Alert>
  );
}
