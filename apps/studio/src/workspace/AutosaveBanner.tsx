import { Alert, Button, Stack } from '@mui/material';
import { useAutosaveState } from './use-autosave-state';
import { autosave } from './workspace-autosave';

/** Says, plainly, when this tab's work is not being kept, and offers the two ways out. */
export function AutosaveBanner() {
  const state = useAutosaveState();
  if (state.kind === 'failed') {
    return (
      <Alert severity="warning" sx={{ borderRadius: 0 }}>
        {state.message} Export your work as a zip to keep it.
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
            Load the other tab’s version
          </Button>
          <Button color="inherit" onClick={() => void autosave.keepThisTab()}>
            Keep this tab’s version
          </Button>
        </Stack>
      }
    >
      Another tab saved this workspace since this tab opened it, so changes made here are not being saved.
    </Alert>
  );
}
