import type { ValidationIssue } from '@event-studio/runtime';
import { Alert, Box } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Other files that name the event, as the runtime reported them: shown, never rewritten. */
export function ReferenceWarnings({
  intro,
  warnings,
}: {
  intro: string;
  warnings: readonly ValidationIssue[];
}) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mt: 2 }}>
      {intro}
      <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
        {warnings.map((w) => (
          <li key={`${w.file}:${w.line}:${w.column}`}>
            {t('eventActions.referenceAt', { file: w.file, line: w.line ?? 1 })}
          </li>
        ))}
      </Box>
    </Alert>
  );
}
