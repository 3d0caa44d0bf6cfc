import type { EventInput, TestCase } from '@event-studio/runtime';
import { Box, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useSandboxState } from '../sandbox/use-sandbox-state';
import { SimulationPanel } from '../simulation/SimulationPanel';
import { RunTab } from './RunTab';
import { SaveTestCaseDialog } from './SaveTestCaseDialog';
import { TestCasesTab } from './TestCasesTab';
import { useSampleRows } from './use-sample-rows';
import { useTestCases } from './use-test-cases';
import { useTestElement } from './use-test-element';
import { useTestRunner } from './use-test-runner';

type TabName = 'run' | 'cases' | 'simulate';

/** Runs the open element's handler on sample rows, keeps test cases for it, and simulates actions. */
export function TestPanel({
  folder,
  onGoToLine,
  runRef,
}: {
  folder: string;
  onGoToLine: (line: number) => void;
  /** Set to this panel's Run, so the editor's Ctrl+Enter can press it. */
  runRef?: { current: (() => void) | undefined };
}) {
  const { element, model, nodes } = useTestElement(folder);
  const sandboxState = useSandboxState();
  // State lives here, not in the tabs: only the open tab is mounted, and a switch must lose nothing.
  const rows = useSampleRows(model);
  const runner = useTestRunner(folder);
  const cases = useTestCases(folder);
  const [input, setInput] = useState<EventInput>({});
  const [tab, setTab] = useState<TabName>('run');
  const [saving, setSaving] = useState(false);

  if (!element) return null;
  const run = () => {
    const chosen = rows.selected;
    if (!chosen || runner.running) return;
    setTab('run');
    void runner.run({ values: chosen.row.values, number: chosen.number }, input);
  };
  const open = (testCase: TestCase) => {
    setInput(testCase.input);
    rows.load([testCase.row], 'append');
    setTab('run');
  };
  if (runRef) runRef.current = run;

  return (
    <Box component="section" aria-label="Test run" sx={{ px: 2, pb: 2 }}>
      <Tabs
        value={tab}
        onChange={(_e, value: TabName) => setTab(value)}
        aria-label="Test panel"
        sx={{ mb: 2 }}
      >
        <Tab value="run" label="Run" id="test-tab-run" aria-controls="test-tabpanel" />
        <Tab
          value="cases"
          label={cases.cases.length > 0 ? `Test cases (${cases.cases.length})` : 'Test cases'}
          id="test-tab-cases"
          aria-controls="test-tabpanel"
        />
        <Tab value="simulate" label="Simulate" id="test-tab-simulate" aria-controls="test-tabpanel" />
      </Tabs>
      <Box role="tabpanel" id="test-tabpanel" aria-labelledby={`test-tab-${tab}`}>
        {tab === 'run' && (
          <RunTab
            element={element}
            model={model}
            nodes={nodes}
            input={input}
            onInput={(patch) => setInput((current) => ({ ...current, ...patch }))}
            rows={rows}
            runner={runner}
            sandboxState={sandboxState}
            onRun={run}
            onSaveCase={() => setSaving(true)}
            onGoToLine={onGoToLine}
          />
        )}
        {tab === 'cases' && <TestCasesTab state={cases} onOpen={open} />}
        {tab === 'simulate' && <SimulationPanel folder={folder} onGoToLine={onGoToLine} />}
      </Box>
      {saving && runner.shown && (
        <SaveTestCaseDialog
          run={runner.shown}
          existingNames={cases.cases.map((c) => c.name)}
          onSave={cases.save}
          onClose={() => setSaving(false)}
        />
      )}
    </Box>
  );
}
