import {
  buildRunRequest,
  evaluateTestCase,
  fullNameOf,
  type RunResult,
  readTestCasesFile,
  type TestCase,
  type TestCasesFile,
  type TestCaseVerdict,
  testCasesPath,
  upsertTestCase,
  writeTestCasesFile,
} from '@event-studio/runtime';
import { useMemo, useRef, useState } from 'react';
import { i18n } from '../i18n/i18n';
import { startSandbox } from '../sandbox/sandbox-instance';
import { useFileText } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';

/** A case's last verdict, remembered with the case as it was run, so an edited case shows as not run. */
export interface CaseOutcome {
  ran: string;
  verdict: TestCaseVerdict;
  result?: RunResult;
}

/** The open element's saved test cases, their last verdicts, and the actions on them. */
export interface TestCasesState extends TestCasesFile {
  /** The case's last verdict, if it was run as it is now. */
  outcomeOf: (testCase: TestCase) => CaseOutcome | undefined;
  /** The name of the case running now, while `Run tests` is going. */
  runningName: string | undefined;
  save: (testCase: TestCase) => void;
  remove: (name: string) => void;
  runAll: () => Promise<void>;
  stop: () => void;
}

const keyOf = (testCase: TestCase) => JSON.stringify(testCase);

/** Runs one case on the app as it is now; a sandbox that dies is that case's failure, not a crash. */
async function runCase(folder: string, testCase: TestCase): Promise<CaseOutcome> {
  const ran = keyOf(testCase);
  try {
    const { tree, context } = workspace.current();
    const built = buildRunRequest(tree, context, {
      fullName: fullNameOf(folder),
      row: testCase.row,
      input: testCase.input,
    });
    if (!built.ok) return { ran, verdict: { passed: false, failures: [built.message] } };
    const result = await startSandbox().run(built.request);
    return { ran, verdict: evaluateTestCase(testCase, result), result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Worded when it happens, like the runtime's own failure messages beside it.
    const failure = i18n.t('testPanel.cases.sandboxFailed', { reason: message });
    return { ran, verdict: { passed: false, failures: [failure] } };
  }
}

/** The element's test cases from `.event-studio/tests/<folder>.json`, kept with the workspace. */
export function useTestCases(folder: string): TestCasesState {
  const path = testCasesPath(folder);
  const text = useFileText(path);
  const file = useMemo(() => readTestCasesFile(text, folder), [text, folder]);
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, CaseOutcome>>(new Map());
  const [runningName, setRunningName] = useState<string | undefined>();
  const stopped = useRef(false);

  const write = (cases: TestCase[]) =>
    workspace.writeFiles({ [path]: writeTestCasesFile(folder, cases, file.kept) });

  return {
    ...file,
    outcomeOf: (testCase) => {
      const outcome = outcomes.get(testCase.name);
      return outcome?.ran === keyOf(testCase) ? outcome : undefined;
    },
    runningName,
    save: (testCase) => write(upsertTestCase(file.cases, testCase)),
    remove: (name) => write(file.cases.filter((c) => c.name !== name)),
    runAll: async () => {
      stopped.current = false;
      setOutcomes(new Map());
      // One after another, as a person would: each case's verdict appears as soon as it is known.
      for (const testCase of file.cases) {
        if (stopped.current) break;
        setRunningName(testCase.name);
        const outcome = await runCase(folder, testCase);
        setOutcomes((current) => new Map(current).set(testCase.name, outcome));
      }
      setRunningName(undefined);
    },
    stop: () => {
      stopped.current = true;
      startSandbox().interrupt();
    },
  };
}
