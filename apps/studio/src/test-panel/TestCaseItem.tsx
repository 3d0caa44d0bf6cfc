import type { TestCase } from '@event-studio/runtime';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Box, Chip, IconButton, ListItem, Stack, Tooltip, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseOutcome } from './use-test-cases';

/** What the case feeds the handler and what it checks, in one line. */
function describeCase(t: TFunction, testCase: TestCase): string {
  const { input, expect } = testCase;
  const given = [
    t('testPanel.cases.givenStatus', { status: input.status ?? t('common.defaultStatus') }),
    input.triggerNode && t('testPanel.cases.givenNode', { node: input.triggerNode }),
    input.nodeId && t('testPanel.cases.givenNode', { node: input.nodeId }),
    input.handleType && t('testPanel.cases.givenAction', { action: input.handleType }),
  ].filter(Boolean);
  const checks = [
    expect.fired === false && t('testPanel.cases.checkNotFire'),
    ...Object.entries(expect.changed ?? {}).map(([field, value]) => `${field} = ${JSON.stringify(value)}`),
    expect.error === null && t('testPanel.cases.checkNoError'),
    expect.error &&
      t('testPanel.cases.checkRaises', { type: expect.error.type ?? t('testPanel.saveCase.anError') }),
    ...(expect.logIncludes ?? []).map((text) => t('testPanel.cases.checkLogs', { text })),
    expect.saves !== undefined && t('testPanel.cases.checkSaves', { count: expect.saves }),
  ].filter(Boolean);
  return t('testPanel.cases.given', {
    given: given.join(', '),
    checks: checks.length > 0 ? checks.join(', ') : t('testPanel.cases.expectsNothing'),
  });
}

function VerdictChip({ outcome, running }: { outcome: CaseOutcome | undefined; running: boolean }) {
  const { t } = useTranslation();
  if (running) return <Chip size="small" label={t('testPanel.cases.running')} />;
  if (!outcome) return <Chip size="small" label={t('common.notRun')} variant="outlined" />;
  return outcome.verdict.passed ? (
    <Chip size="small" color="success" label={t('testPanel.cases.passed')} />
  ) : (
    <Chip size="small" color="error" label={t('testPanel.cases.failed')} />
  );
}

/** One saved test case: its name, verdict, what it checks and, when it failed, why. */
export function TestCaseItem({
  testCase,
  outcome,
  running,
  onOpen,
  onDelete,
}: {
  testCase: TestCase;
  outcome: CaseOutcome | undefined;
  running: boolean;
  onOpen: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ListItem
      aria-label={testCase.name}
      divider
      sx={{ alignItems: 'flex-start' }}
      secondaryAction={
        <Stack direction="row">
          <Tooltip title={t('testPanel.cases.openTooltip')}>
            <IconButton aria-label={t('testPanel.cases.open', { name: testCase.name })} onClick={onOpen}>
              <OpenInNewIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title={t('testPanel.cases.deleteTooltip')}>
            <IconButton aria-label={t('testPanel.cases.delete', { name: testCase.name })} onClick={onDelete}>
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Stack>
      }
    >
      <Box sx={{ pr: 10, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="subtitle2">{testCase.name}</Typography>
          <VerdictChip outcome={outcome} running={running} />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {describeCase(t, testCase)}
        </Typography>
        {outcome && !outcome.verdict.passed && (
          <Box
            component="ul"
            aria-label={t('testPanel.cases.whyFailed', { name: testCase.name })}
            sx={{ m: 0, mt: 0.5, pl: 2.5 }}
          >
            {outcome.verdict.failures.map((failure) => (
              <Typography component="li" key={failure} variant="body2" color="error">
                {failure}
              </Typography>
            ))}
          </Box>
        )}
      </Box>
    </ListItem>
  );
}
