import { type IncomingStudioFile, isImportableStudioFile, issueText } from '@event-studio/runtime';
import ErrorIcon from '@mui/icons-material/Error';
import {
  Checkbox,
  FormControlLabel,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { studioFilesTexts } from './studio-files-texts';

/**
 * The studio's own files a whole-app zip brings (saved test cases, sample rows): those that pass
 * the studio's checks, each ticked to be imported unless the user unticks it, and those that do
 * not, with why, never imported.
 */
export function StudioFilesGroup({
  files,
  picked,
  onChange,
}: {
  files: readonly IncomingStudioFile[];
  /** Paths the user keeps ticked. */
  picked: readonly string[];
  onChange(picked: string[]): void;
}) {
  const { t, i18n } = useTranslation();
  const texts = studioFilesTexts(i18n.language);
  const importable = files.filter(isImportableStudioFile);
  const refused = files.filter((file) => !isImportableStudioFile(file));
  const willImport = importable.filter((file) => picked.includes(file.path)).length;
  const toggle = (path: string, on: boolean) =>
    onChange(on ? [...picked, path] : picked.filter((other) => other !== path));

  return (
    <section aria-label={texts.group}>
      <Stack spacing={0.5}>
        <Typography variant="subtitle2">{texts.heading(willImport)}</Typography>
        <Typography variant="body2" color="text.secondary">
          {texts.why}
        </Typography>
        {importable.map((file) => (
          <div key={file.path}>
            <FormControlLabel
              control={
                <Checkbox
                  size="small"
                  checked={picked.includes(file.path)}
                  onChange={(event) => toggle(file.path, event.target.checked)}
                />
              }
              label={<span style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{file.path}</span>}
            />
            <Typography variant="body2" color="text.secondary" sx={{ pl: 4, mt: -0.5 }}>
              {texts.holds(file)}
            </Typography>
          </div>
        ))}
        {refused.length > 0 && (
          <Typography variant="body2" sx={{ pt: 1 }}>
            {texts.notImported(refused.length)}
          </Typography>
        )}
        {refused.length > 0 && (
          <List dense disablePadding aria-label={texts.notImported(refused.length)}>
            {refused.flatMap((file) =>
              file.issues.map((issue) => (
                <ListItem key={`${file.path}|${issue.code}|${issue.pointer}|${issue.message}`} disableGutters>
                  <ListItemIcon sx={{ minWidth: 30 }}>
                    <ErrorIcon fontSize="small" color="error" titleAccess={t('common.error')} />
                  </ListItemIcon>
                  <ListItemText
                    primary={issueText(issue, i18n.language)}
                    secondary={issue.pointer ? `${file.path} ${issue.pointer}` : file.path}
                    slotProps={{ secondary: { sx: { fontFamily: 'monospace', fontSize: 12 } } }}
                  />
                </ListItem>
              )),
            )}
          </List>
        )}
      </Stack>
    </section>
  );
}
