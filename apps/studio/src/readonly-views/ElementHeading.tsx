import { Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppText } from '../app-text/AppText';

/** The title row of a read-only element view: its title, full name and a "read-only" marker. */
export function ElementHeading({
  title,
  fullName,
  children,
}: {
  title?: string;
  fullName: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack sx={{ gap: 0.5, mb: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <Typography variant="h6" component="h2" sx={{ fontSize: 16 }}>
          <AppText text={title ?? fullName} />
        </Typography>
        <Chip size="small" variant="outlined" label={t('readonly.badge')} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {fullName}
      </Typography>
      {children}
    </Stack>
  );
}
