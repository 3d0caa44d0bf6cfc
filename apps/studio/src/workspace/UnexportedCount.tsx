import { ListSubheader } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useUnexportedSummary } from './use-unexported';

/** A line atop the Export menu: how many elements changed since the last export (deleted ones too). */
export function UnexportedCount() {
  const { t } = useTranslation();
  const { present, removed, any } = useUnexportedSummary();
  const lines: string[] = [];
  if (present > 0) lines.push(t('apps.notExported', { count: present }));
  if (removed > 0) lines.push(t('apps.deletedNotExported', { count: removed }));
  if (lines.length === 0) lines.push(t(any ? 'apps.appFilesNotExported' : 'apps.allExported'));
  return (
    <ListSubheader
      role="presentation"
      sx={{ lineHeight: '20px', py: 0.75, fontSize: 12, bgcolor: 'transparent' }}
    >
      {lines.join(' · ')}
    </ListSubheader>
  );
}
