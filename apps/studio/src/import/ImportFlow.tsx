import { Alert, Backdrop, CircularProgress, Snackbar, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportDialog } from './ImportDialog';
import { ImportRefusedDialog } from './ImportRefusedDialog';
import { describeImport } from './import-summary';
import type { ZipImportState } from './use-zip-import';

/** The dialogs of an import in progress, and the confirmation once it is applied. */
export function ImportFlow({ state, onDone }: { state: ZipImportState; onDone(): void }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | undefined>();
  return (
    <>
      {state.step === 'reading' && (
        <Backdrop open sx={{ zIndex: (theme) => theme.zIndex.modal + 1, color: '#fff', gap: 2 }}>
          <CircularProgress color="inherit" />
          <Typography role="status">{t('importZip.reading', { fileName: state.fileName })}</Typography>
        </Backdrop>
      )}
      {state.step === 'refused' && (
        <ImportRefusedDialog fileName={state.fileName} error={state.error} onClose={onDone} />
      )}
      {state.step === 'review' && (
        <ImportDialog
          key={state.ticket}
          fileName={state.fileName}
          plan={state.plan}
          onClose={onDone}
          onImported={(result) => {
            setDone(describeImport(t, state.fileName, state.plan.kind, result));
            onDone();
          }}
        />
      )}
      <Snackbar open={done !== undefined} autoHideDuration={6000} onClose={() => setDone(undefined)}>
        <Alert severity="success" role="status" onClose={() => setDone(undefined)}>
          {done}
        </Alert>
      </Snackbar>
    </>
  );
}
