import { issueText, type ValidationIssue } from '@event-studio/runtime';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Where an issue is, as people read it: `events/a/inner.py:12:5` or `events/a/e.json /operate`. */
function locationOf(issue: ValidationIssue): string {
  if (issue.line !== undefined)
    return `${issue.file}:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
  return issue.pointer ? `${issue.file} ${issue.pointer}` : issue.file;
}

/** The validation issues of an import, errors first, each with its file and message. */
export function ImportIssueList({ issues }: { issues: readonly ValidationIssue[] }) {
  const { t, i18n } = useTranslation();
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (issues.length === 0) {
    return (
      <Typography variant="body2" color="success.main">
        {t('importZip.noProblem')}
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2">
        {t('importZip.issueCounts', {
          errors: t('importZip.errors', { count: errors.length }),
          warnings: t('importZip.warnings', { count: warnings.length }),
        })}
      </Typography>
      <List
        dense
        disablePadding
        aria-label={t('importZip.validationIssues')}
        sx={{ maxHeight: 220, overflow: 'auto' }}
      >
        {[...errors, ...warnings].map((issue) => (
          <ListItem
            key={`${issue.file}|${issue.pointer}|${issue.code}|${issue.line}|${issue.column}|${issue.message}`}
            disableGutters
          >
            <ListItemIcon sx={{ minWidth: 30 }}>
              {issue.severity === 'error' ? (
                <ErrorIcon fontSize="small" color="error" titleAccess={t('common.error')} />
              ) : (
                <WarningIcon fontSize="small" color="warning" titleAccess={t('common.warning')} />
              )}
            </ListItemIcon>
            <ListItemText
              primary={issueText(issue, i18n.language)}
              secondary={locationOf(issue)}
              slotProps={{ secondary: { sx: { fontFamily: 'monospace', fontSize: 12 } } }}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
