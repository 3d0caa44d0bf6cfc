import type { TestCase } from '@event-studio/runtime';
import PlaylistPlayIcon from '@mui/icons-material/PlaylistPlay';
import StopIcon from '@mui/icons-material/Stop';
import { Alert, Button, List, Stack, Typography } from '@mui/material';
import { TestCaseItem } from './TestCaseItem';
import type { TestCasesState } from './use-test-cases';

/** How the last Run tests went, counting only cases that ran as they are now. */
function summaryOf(state: TestCasesState): string {
  const verdicts = state.cases.map((c) => state.outcomeOf(c)?.verdict).filter((v) => v !== undefined);
  if (state.runningName !== undefined) return `Running ${state.runningName}…`;
  if (verdicts.length === 0) return '';
  const passed = verdicts.filter((v) => v.passed).length;
  return `${passed} of ${verdicts.length} passed`;
}

/** The element's saved test cases: Run tests, each case's verdict and failures, delete. */
export function TestCasesTab({
  state,
  onOpen,
}: {
  state: TestCasesState;
  onOpen: (testCase: TestCase) => void;
}) {
  const running = state.runningName !== undefined;
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <Button
          variant="contained"
          startIcon={<PlaylistPlayIcon />}
          disabled={running || state.cases.length === 0}
          onClick={() => void state.runAll()}
        >
          Run tests
        </Button>
        {running && (
          <Button variant="outlined" color="error" startIcon={<StopIcon />} onClick={state.stop}>
            Stop
          </Button>
        )}
        <Typography role="status" aria-label="Test summary" variant="body2" color="text.secondary">
          {summaryOf(state)}
        </Typography>
      </Stack>
      {state.issues.map((issue) => (
        <Alert key={issue.message} severity={issue.severity}>
          {issue.message}
        </Alert>
      ))}
      {state.cases.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No test cases yet. Run the handler on the Run tab, then press Save as test case: its input, row and
          what it did are kept in this workspace (not in the element's folder) and checked by Run tests.
        </Typography>
      ) : (
        <List aria-label="Test cases" disablePadding>
          {state.cases.map((testCase) => (
            <TestCaseItem
              key={testCase.name}
              testCase={testCase}
              outcome={state.outcomeOf(testCase)}
              running={state.runningName === testCase.name}
              onOpen={() => onOpen(testCase)}
              onDelete={() => state.remove(testCase.name)}
            />
          ))}
        </List>
      )}
    </Stack>
  );
}
