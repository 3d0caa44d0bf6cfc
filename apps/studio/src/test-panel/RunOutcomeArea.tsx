import SaveIcon from '@mui/icons-material/SaveOutlined';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { BatchSummary } from './BatchSummary';
import { RunResultView } from './RunResultView';
import type { RowRun, RunOutcome } from './use-test-runner';

/** What the last Run or Run all rows gave, or why there is nothing yet. */
export const RunOutcomeArea = memo(function RunOutcomeArea({
  failure,
  busy,
  outcome,
  shown,
  onShow,
  onSaveCase,
  onGoToLine,
}: {
  failure: string | undefined;
  /**
   * What a run in progress is doing, once it is worth saying: waiting for Python to load (said at
   * once, it can take seconds), or running (said once it has lasted a moment).
   */
  busy: 'waiting' | 'running' | undefined;
  outcome: RunOutcome | undefined;
  shown: RowRun | undefined;
  onShow: (index: number) => void;
  onSaveCase: () => void;
  onGoToLine: (line: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Box>
      {failure && <Alert severity="error">{failure}</Alert>}
      {busy && (
        <Typography role="status" color="text.secondary">
          {busy === 'waiting' ? t('testPanel.waitingForPython') : t('testPanel.running')}
        </Typography>
      )}
      {outcome?.kind === 'batch' && (
        <Box sx={{ mb: 2 }}>
          <BatchSummary runs={outcome.runs} shown={outcome.shown} onShow={onShow} />
        </Box>
      )}
      {shown && (
        <Stack spacing={1}>
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="subtitle2" component="h3">
              {t('testPanel.resultFor', {
                number: shown.rowNumber,
                status: shown.input.status ?? t('common.defaultStatus'),
              })}
            </Typography>
            <Button startIcon={<SaveIcon />} onClick={onSaveCase}>
              {t('testPanel.saveAsCase')}
            </Button>
          </Stack>
          <RunResultView result={shown.result} onGoToLine={onGoToLine} />
        </Stack>
      )}
      {!outcome && !busy && !failure && (
        <Typography color="text.secondary" variant="body2">
          {t('testPanel.runIntro')}
        </Typography>
      )}
    </Box>
  );
});
