import type { TestCase } from '@event-studio/runtime';
import PlaylistPlayIcon from '@mui/icons-material/PlaylistPlay';
import StopIcon from '@mui/icons-material/Stop';
import { Alert, Button, List, Stack, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TestCaseItem } from './TestCaseItem';
import type { TestCasesState } from './use-test-cases';

/** How the last Run tests went, counting only cases that ran as they are now. */
function summaryOf(t: TFunction, state: TestCasesState): string {
  const verdicts = state.cases.map((c) => state.outcomeOf(c)?.verdict).filter((v) => v !== undefined);
  if (state.runningName !== undefined) return t('testPanel.cases.runningCase', { name: state.runningName });
  if (verdicts.length === 0) return '';
  const passed = verdicts.filter((v) => v.passed).length;
  return t('testPanel.cases.passedOf', { passed, total: verdicts.length });
}

/** The element's saved test cases: Run tests, each case's verdict and failures, delete. */
export function TestCasesTab({
  state,
  onOpen,
}: {
  state: TestCasesState;
  onOpen: (testCase: TestCase) => void;
}) {
  const { t } = useTranslation();
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
          {t('testPanel.cases.runTests')}
        </Button>
        {running && (
          <Button variant="outlined" color="error" startIcon={<StopIcon />} onClick={state.stop}>
            {t('common.stop')}
          </Button>
        )}
        <Typography
          role="status"
          aria-label={t('testPanel.cases.summary')}
          variant="body2"
          color="text.secondary"
        >
          {summaryOf(t, state)}
        </Typography>
      </Stack>
      {state.issues.map((issue) => (
        <Alert key={issue.message} severity={issue.severity}>
          {issue.message}
        </Alert>
      ))}
      {state.cases.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('testPanel.cases.empty')}
        </Typography>
      ) : (
        <List aria-label={t('testPanel.cases.list')} disablePadding>
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
