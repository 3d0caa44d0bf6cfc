import type { EventInput, TestCase } from '@event-studio/runtime';
import { Box, Tab, Tabs } from '@mui/material';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SimulationPanel } from '../simulation/SimulationPanel';
import { useSimulationForm } from '../simulation/use-simulation-form';
import { RunTab } from './RunTab';
import { SaveTestCaseDialog } from './SaveTestCaseDialog';
import { TestCasesTab } from './TestCasesTab';
import { useSampleRows } from './use-sample-rows';
import { useTestCases } from './use-test-cases';
import { useTestElement } from './use-test-element';
import { useTestRunner } from './use-test-runner';

type TabName = 'run' | 'cases' | 'simulate';

// Memoised: MUI's Tabs measure themselves on every render, and a run re-renders the panel.
const TestPanelTabs = memo(function TestPanelTabs({
  tab,
  onTab,
  caseCount,
}: {
  tab: TabName;
  onTab: (tab: TabName) => void;
  caseCount: number;
}) {
  const { t } = useTranslation();
  return (
    <Tabs
      value={tab}
      onChange={(_e, value: TabName) => onTab(value)}
      aria-label={t('testPanel.tabs')}
      sx={{ mb: 2 }}
    >
      <Tab value="run" label={t('common.run')} id="test-tab-run" aria-controls="test-tabpanel" />
      <Tab
        value="cases"
        label={caseCount > 0 ? t('testPanel.casesTabCount', { number: caseCount }) : t('testPanel.casesTab')}
        id="test-tab-cases"
        aria-controls="test-tabpanel"
      />
      <Tab
        value="simulate"
        label={t('testPanel.simulateTab')}
        id="test-tab-simulate"
        aria-controls="test-tabpanel"
      />
    </Tabs>
  );
});

/** Runs the open element's handler on sample rows, keeps test cases for it, and simulates actions. */
export const TestPanel = memo(function TestPanel({
  folder,
  onGoToLine,
  runRef,
}: {
  folder: string;
  onGoToLine: (line: number) => void;
  /** Set to this panel's Run, so the editor's Ctrl+Enter can press it. */
  runRef?: { current: (() => void) | undefined };
}) {
  const { t } = useTranslation();
  const { element, model, nodes } = useTestElement(folder);
  // State lives here, not in the tabs: only the open tab is mounted, and a switch must lose nothing.
  const rows = useSampleRows(folder, model);
  const runner = useTestRunner(folder);
  const cases = useTestCases(folder);
  const simulation = useSimulationForm();
  const [input, setInput] = useState<EventInput>({});
  const [tab, setTab] = useState<TabName>('run');
  const [saving, setSaving] = useState(false);
  const onInput = useCallback(
    (patch: Partial<EventInput>) => setInput((current) => ({ ...current, ...patch })),
    [],
  );

  const { selected } = rows;
  const { running, run: runRow } = runner;
  const run = useCallback(() => {
    if (!selected || running) return;
    setTab('run');
    void runRow({ values: selected.row.values, number: selected.number }, input);
  }, [selected, running, runRow, input]);
  const onSaveCase = useCallback(() => setSaving(true), []);

  if (!element) return null;
  const open = (testCase: TestCase) => {
    setInput(testCase.input);
    rows.load([testCase.row], 'append');
    setTab('run');
  };
  if (runRef) runRef.current = run;

  return (
    <Box component="section" aria-label={t('testPanel.label')} sx={{ px: 2, pb: 2 }}>
      <TestPanelTabs tab={tab} onTab={setTab} caseCount={cases.cases.length} />
      <Box role="tabpanel" id="test-tabpanel" aria-labelledby={`test-tab-${tab}`}>
        {tab === 'run' && (
          <RunTab
            element={element}
            model={model}
            nodes={nodes}
            input={input}
            onInput={onInput}
            rows={rows}
            runner={runner}
            onRun={run}
            onSaveCase={onSaveCase}
            onGoToLine={onGoToLine}
          />
        )}
        {tab === 'cases' && <TestCasesTab state={cases} onOpen={open} />}
        {tab === 'simulate' && (
          <SimulationPanel folder={folder} state={simulation} rows={rows} onGoToLine={onGoToLine} />
        )}
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
});
