import type { ApprovalEvent, EventInput, ModelInfo, WorkflowNode } from '@event-studio/runtime';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import PlaylistPlayIcon from '@mui/icons-material/PlaylistPlay';
import SaveIcon from '@mui/icons-material/SaveOutlined';
import StopIcon from '@mui/icons-material/Stop';
import { Alert, Box, Button, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSandboxState } from '../sandbox/use-sandbox-state';
import { BatchSummary } from './BatchSummary';
import { EventInputs } from './EventInputs';
import { RunResultView } from './RunResultView';
import { SampleRowsTable } from './SampleRowsTable';
import { SampleRowsToolbar } from './SampleRowsToolbar';
import type { SampleRowsState } from './use-sample-rows';
import type { TestRunner } from './use-test-runner';

/** The Run tab: the event's input, the sample rows, Run / Run all rows, and what the handler did. */
export function RunTab({
  element,
  model,
  nodes,
  input,
  onInput,
  rows,
  runner,
  onRun,
  onSaveCase,
  onGoToLine,
}: {
  element: ApprovalEvent;
  model: ModelInfo | undefined;
  nodes: WorkflowNode[];
  input: EventInput;
  onInput: (patch: Partial<EventInput>) => void;
  rows: SampleRowsState;
  runner: TestRunner;
  onRun: () => void;
  onSaveCase: () => void;
  onGoToLine: (line: number) => void;
}) {
  const { t } = useTranslation();
  const { outcome, shown, running } = runner;
  const sandboxState = useSandboxState();
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <EventInputs element={element} nodes={nodes} input={input} onChange={onInput} />
        <Tooltip title={sandboxState === 'loading' ? t('testPanel.loadingTooltip') : ''}>
          <span>
            <Button
              variant="contained"
              startIcon={<PlayArrowIcon />}
              onClick={onRun}
              disabled={running || !rows.selected}
              sx={{ height: 40 }}
            >
              {t('common.run')}
            </Button>
          </span>
        </Tooltip>
        <Button
          variant="outlined"
          startIcon={<PlaylistPlayIcon />}
          onClick={() =>
            void runner.runAll(
              rows.rows.map((r) => r.values),
              input,
            )
          }
          disabled={running || rows.rows.length === 0}
          sx={{ height: 40 }}
        >
          {t('testPanel.runAllRows')}
        </Button>
        {running && (
          <Button
            variant="outlined"
            color="error"
            startIcon={<StopIcon />}
            onClick={runner.stop}
            sx={{ height: 40 }}
          >
            {t('common.stop')}
          </Button>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
          {rows.selected
            ? t('testPanel.runUsesRow', { number: rows.selected.number })
            : t('testPanel.addRowToRun')}
        </Typography>
      </Stack>
      {model ? (
        <Stack spacing={1}>
          <SampleRowsToolbar model={model} rows={rows} />
          <SampleRowsTable model={model} rows={rows} />
        </Stack>
      ) : (
        <Alert severity="warning">{t('testPanel.modelMissing', { model: element.model })}</Alert>
      )}
      <Box>
        {runner.failure && <Alert severity="error">{runner.failure}</Alert>}
        {running && (
          <Typography role="status" color="text.secondary">
            {sandboxState === 'loading' ? t('testPanel.waitingForPython') : t('testPanel.running')}
          </Typography>
        )}
        {outcome?.kind === 'batch' && (
          <Box sx={{ mb: 2 }}>
            <BatchSummary runs={outcome.runs} shown={outcome.shown} onShow={runner.show} />
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
        {!outcome && !running && !runner.failure && (
          <Typography color="text.secondary" variant="body2">
            {t('testPanel.runIntro')}
          </Typography>
        )}
      </Box>
    </Stack>
  );
}
