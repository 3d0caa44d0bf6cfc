import type { ModelInfo } from '@event-studio/runtime';
import AddIcon from '@mui/icons-material/Add';
import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import { Button, Stack, TextField, Typography } from '@mui/material';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appTextString } from '../app-text/AppText';
import { ImportRowsDialog } from './ImportRowsDialog';
import type { SampleRowsState } from './use-sample-rows';

const MAX_GENERATED = 200;

/** Above the rows table: Generate N plausible rows, Import JSON/CSV, Add row. */
export const SampleRowsToolbar = memo(function SampleRowsToolbar({
  model,
  rows,
}: {
  model: ModelInfo;
  rows: SampleRowsState;
}) {
  const { t } = useTranslation();
  const [count, setCount] = useState('3');
  const [importing, setImporting] = useState(false);
  const wanted = Math.min(MAX_GENERATED, Math.max(1, Math.floor(Number(count)) || 1));
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="subtitle2" component="h3" sx={{ mr: 'auto' }}>
        {t('testPanel.rows.heading', { name: appTextString(model.fullName) })}
      </Typography>
      <TextField
        size="small"
        type="number"
        label={t('testPanel.rows.toGenerate')}
        value={count}
        onChange={(e) => setCount(e.target.value)}
        sx={{ width: 130 }}
        slotProps={{ htmlInput: { min: 1, max: MAX_GENERATED } }}
      />
      <Button startIcon={<AutoFixHighIcon />} onClick={() => rows.generate(wanted)}>
        {t('testPanel.rows.generate')}
      </Button>
      <Button startIcon={<FileUploadIcon />} onClick={() => setImporting(true)}>
        {t('testPanel.rows.import')}
      </Button>
      <Button startIcon={<AddIcon />} onClick={rows.add}>
        {t('testPanel.rows.add')}
      </Button>
      <ImportRowsDialog
        model={model}
        open={importing}
        onClose={() => setImporting(false)}
        onImport={rows.load}
      />
    </Stack>
  );
});
