import type { ApprovalEvent, EventInput, ModelInfo, WorkflowNode } from '@event-studio/runtime';
import { Alert, Stack } from '@mui/material';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDelayedFlag } from '../hooks/use-delayed-flag';
import { BUSY_AFTER_MS } from '../sandbox/busy-after';
import { useSandboxLoading } from '../sandbox/use-sandbox-state';
import { EventInputs } from './EventInputs';
import { RunControls } from './RunControls';
import { RunOutcomeArea } from './RunOutcomeArea';
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
  const { running, runAll } = runner;
  const sandboxLoading = useSandboxLoading();
  const busy = useDelayedFlag(running, BUSY_AFTER_MS);
  const onRunAll = useCallback(
    () =>
      void runAll(
        rows.rows.map((r) => r.values),
        input,
      ),
    [runAll, rows.rows, input],
  );
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <EventInputs element={element} nodes={nodes} input={input} onChange={onInput} />
        <RunControls
          running={running}
          showStop={busy}
          sandboxLoading={sandboxLoading}
          selectedRow={rows.selected?.number}
          rowCount={rows.rows.length}
          onRun={onRun}
          onRunAll={onRunAll}
          onStop={runner.stop}
        />
      </Stack>
      {model ? (
        <Stack spacing={1}>
          <SampleRowsToolbar model={model} rows={rows} />
          <SampleRowsTable model={model} rows={rows} />
        </Stack>
      ) : (
        <Alert severity="warning">{t('testPanel.modelMissing', { model: element.model })}</Alert>
      )}
      <RunOutcomeArea
        failure={runner.failure}
        busy={running && sandboxLoading ? 'waiting' : busy ? 'running' : undefined}
        outcome={runner.outcome}
        shown={runner.shown}
        onShow={runner.show}
        onSaveCase={onSaveCase}
        onGoToLine={onGoToLine}
      />
    </Stack>
  );
}
