import type { TestCase } from '@event-studio/runtime';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Box, Chip, IconButton, ListItem, Stack, Tooltip, Typography } from '@mui/material';
import type { CaseOutcome } from './use-test-cases';

/** What the case feeds the handler and what it checks, in one line. */
function describeCase(testCase: TestCase): string {
  const { input, expect } = testCase;
  const given = [
    `status ${input.status ?? '(default)'}`,
    input.triggerNode && `node ${input.triggerNode}`,
    input.nodeId && `node ${input.nodeId}`,
    input.handleType && `action ${input.handleType}`,
  ].filter(Boolean);
  const checks = [
    expect.fired === false && 'does not fire',
    ...Object.entries(expect.changed ?? {}).map(([field, value]) => `${field} = ${JSON.stringify(value)}`),
    expect.error === null && 'no error',
    expect.error && `raises ${expect.error.type ?? 'an error'}`,
    ...(expect.logIncludes ?? []).map((text) => `logs “${text}”`),
    expect.saves !== undefined && `${expect.saves} save${expect.saves === 1 ? '' : 's'}`,
  ].filter(Boolean);
  return `Given ${given.join(', ')} → expects ${checks.length > 0 ? checks.join(', ') : 'nothing (always passes)'}`;
}

function VerdictChip({ outcome, running }: { outcome: CaseOutcome | undefined; running: boolean }) {
  if (running) return <Chip size="small" label="running…" />;
  if (!outcome) return <Chip size="small" label="not run" variant="outlined" />;
  return outcome.verdict.passed ? (
    <Chip size="small" color="success" label="passed" />
  ) : (
    <Chip size="small" color="error" label="failed" />
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
  return (
    <ListItem
      aria-label={testCase.name}
      divider
      sx={{ alignItems: 'flex-start' }}
      secondaryAction={
        <Stack direction="row">
          <Tooltip title="Load its input and row into the Run tab">
            <IconButton aria-label={`Open test case ${testCase.name} in Run`} onClick={onOpen}>
              <OpenInNewIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title="Delete this test case">
            <IconButton aria-label={`Delete test case ${testCase.name}`} onClick={onDelete}>
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
          {describeCase(testCase)}
        </Typography>
        {outcome && !outcome.verdict.passed && (
          <Box component="ul" aria-label={`Why ${testCase.name} failed`} sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
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
