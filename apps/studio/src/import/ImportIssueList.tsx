import type { ValidationIssue } from '@event-studio/runtime';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';

/** Where an issue is, as people read it: `events/a/inner.py:12:5` or `events/a/e.json /operate`. */
function locationOf(issue: ValidationIssue): string {
  if (issue.line !== undefined)
    return `${issue.file}:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
  return issue.pointer ? `${issue.file} ${issue.pointer}` : issue.file;
}

/** The validation issues of an import, errors first, each with its file and message. */
export function ImportIssueList({ issues }: { issues: readonly ValidationIssue[] }) {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (issues.length === 0) {
    return (
      <Typography variant="body2" color="success.main">
        The runtime’s validation finds no problem.
      </Typography>
    );
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <>
      <Typography variant="body2">
        {count(errors.length, 'error')} and {count(warnings.length, 'warning')}. They can be fixed after the
        import.
      </Typography>
      <List dense disablePadding aria-label="Validation issues" sx={{ maxHeight: 220, overflow: 'auto' }}>
        {[...errors, ...warnings].map((issue) => (
          <ListItem
            key={`${issue.file}|${issue.pointer}|${issue.code}|${issue.line}|${issue.column}|${issue.message}`}
            disableGutters
          >
            <ListItemIcon sx={{ minWidth: 30 }}>
              {issue.severity === 'error' ? (
                <ErrorIcon fontSize="small" color="error" titleAccess="Error" />
              ) : (
                <WarningIcon fontSize="small" color="warning" titleAccess="Warning" />
              )}
            </ListItemIcon>
            <ListItemText
              primary={issue.message}
              secondary={locationOf(issue)}
              slotProps={{ secondary: { sx: { fontFamily: 'monospace', fontSize: 12 } } }}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
