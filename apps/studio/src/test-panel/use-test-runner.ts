import {
  buildRunRequest,
  type EventInput,
  fullNameOf,
  type RunResult,
  type SampleRow,
} from '@event-studio/runtime';
import { useCallback, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { startSandbox } from '../sandbox/sandbox-instance';
import { workspace } from '../workspace/workspace-store';

/** One run of the handler: what went in (input, row and its number in the table) and what came out. */
export interface RowRun {
  rowNumber: number;
  input: EventInput;
  row: SampleRow;
  result: RunResult;
}

/** The last Run (one row) or Run all rows (every row, one of them shown in full). */
export type RunOutcome = { kind: 'single'; run: RowRun } | { kind: 'batch'; runs: RowRun[]; shown: number };

/** Runs and their outcome, shared by the Run tab and Ctrl+Enter. */
export interface TestRunner {
  running: boolean;
  failure: string | undefined;
  outcome: RunOutcome | undefined;
  /** The run shown in full: the single run, or the chosen row of a batch. */
  shown: RowRun | undefined;
  run: (row: { values: SampleRow; number: number }, input: EventInput) => Promise<void>;
  runAll: (rows: SampleRow[], input: EventInput) => Promise<void>;
  show: (index: number) => void;
  stop: () => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs the element's handler in the sandbox on one row or on every row (one batch in the worker). */
export function useTestRunner(folder: string): TestRunner {
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<RunOutcome | undefined>();

  // The request is built when the run starts, from the app as it is then (the code just typed).
  const execute = useCallback(
    async (
      rows: SampleRow[],
      input: EventInput,
      finish: (results: RunResult[], used: EventInput) => void,
    ) => {
      const first = rows[0];
      if (!first) return;
      setRunning(true);
      setFailure(undefined);
      let settle: () => void;
      try {
        const { tree, context } = workspace.current();
        const built = buildRunRequest(tree, context, { fullName: fullNameOf(folder), row: first, input });
        if (!built.ok) throw new Error(built.message);
        const sandbox = startSandbox();
        const results =
          rows.length === 1
            ? [await sandbox.run(built.request)]
            : await sandbox.runBatch(built.request, rows);
        // The input as completed from the element (default status, first node): what actually ran.
        settle = () => finish(results, built.request.input);
      } catch (error) {
        settle = () => setFailure(messageOf(error));
      }
      // At once, not in a scheduler task after the next frame: a warm run takes a few milliseconds,
      // and its result is what the user is waiting for.
      flushSync(() => {
        settle();
        setRunning(false);
      });
    },
    [folder],
  );

  // Stable callbacks, so the memoised controls and result re-render only when their own data changes.
  const run = useCallback<TestRunner['run']>(
    (row, input) =>
      execute([row.values], input, ([result], used) => {
        if (result)
          setOutcome({
            kind: 'single',
            run: { rowNumber: row.number, input: used, row: row.values, result },
          });
      }),
    [execute],
  );
  const runAll = useCallback<TestRunner['runAll']>(
    (rows, input) =>
      execute(rows, input, (results, used) =>
        setOutcome({
          kind: 'batch',
          shown: 0,
          runs: results.map((result, index) => ({
            rowNumber: index + 1,
            input: used,
            row: rows[index] ?? {},
            result,
          })),
        }),
      ),
    [execute],
  );
  const show = useCallback(
    (index: number) =>
      setOutcome((current) => (current?.kind === 'batch' ? { ...current, shown: index } : current)),
    [],
  );
  const stop = useCallback(() => startSandbox().interrupt(), []);
  return useMemo(
    () => ({
      running,
      failure,
      outcome,
      shown: outcome?.kind === 'single' ? outcome.run : outcome?.runs[outcome.shown],
      run,
      runAll,
      show,
      stop,
    }),
    [running, failure, outcome, run, runAll, show, stop],
  );
}
