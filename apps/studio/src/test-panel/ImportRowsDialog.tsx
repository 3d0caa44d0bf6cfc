import { type ModelInfo, parseRowsText, type SampleRow } from '@event-studio/runtime';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appTextString } from '../app-text/AppText';

/** Paste or choose a JSON/CSV file of rows; the runtime reads it, and only a clean read can be imported. */
export function ImportRowsDialog({
  model,
  open,
  onClose,
  onImport,
}: {
  model: ModelInfo;
  open: boolean;
  onClose: () => void;
  onImport: (rows: SampleRow[], mode: 'replace' | 'append') => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | undefined>();
  const parsed = useMemo(() => (text.trim() ? parseRowsText(text, model) : undefined), [text, model]);
  const errors = parsed?.issues.filter((i) => i.severity === 'error') ?? [];
  const warnings = parsed?.issues.filter((i) => i.severity === 'warning') ?? [];
  const importable = parsed !== undefined && errors.length === 0 && parsed.rows.length > 0;

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setText(await file.text());
      setFileError(undefined);
    } catch (error) {
      setFileError(
        t('testPanel.importRows.unreadable', {
          fileName: file.name,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };
  const finish = (mode: 'replace' | 'append') => {
    if (!parsed || !importable) return;
    onImport(parsed.rows, mode);
    setText('');
    onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="import-rows-title">
      <DialogTitle id="import-rows-title">{t('testPanel.importRows.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2" sx={{ mb: 1.5 }}>
          {t('testPanel.importRows.intro', {
            model: appTextString(model.fullName),
            fields: model.fields.map((f) => f.name).join(', '),
          })}
        </DialogContentText>
        <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} sx={{ mb: 1.5 }}>
          {t('testPanel.importRows.chooseFile')}
          <input
            type="file"
            hidden
            aria-label={t('testPanel.importRows.fileInput')}
            accept=".json,.csv,.tsv,.txt,application/json,text/csv"
            onChange={(e) => {
              void chooseFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </Button>
        <TextField
          label={t('testPanel.importRows.text')}
          multiline
          fullWidth
          minRows={8}
          maxRows={16}
          value={text}
          onChange={(e) => setText(e.target.value)}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } } }}
        />
        <Box
          role="status"
          aria-label={t('testPanel.importRows.check')}
          sx={{ mt: 1.5, display: 'grid', gap: 1 }}
        >
          {fileError && <Alert severity="error">{fileError}</Alert>}
          {errors.map((issue) => (
            <Alert key={issue.message} severity="error">
              {issue.message}
            </Alert>
          ))}
          {warnings.map((issue) => (
            <Alert key={issue.message} severity="warning">
              {issue.message}
            </Alert>
          ))}
          {importable && (
            <Alert severity="success">
              {t(
                warnings.length > 0 ? 'testPanel.importRows.readWithWarnings' : 'testPanel.importRows.read',
                {
                  count: parsed.rows.length,
                  format: parsed.format.toUpperCase(),
                },
              )}
            </Alert>
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button disabled={!importable} onClick={() => finish('append')}>
          {t('testPanel.importRows.add')}
        </Button>
        <Button variant="contained" disabled={!importable} onClick={() => finish('replace')}>
          {t('testPanel.importRows.replace')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
