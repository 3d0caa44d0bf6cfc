import type { ConflictChoice, ImportConflict } from '@event-studio/runtime';
import {
  FormControlLabel,
  List,
  ListItem,
  ListItemText,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { AppText } from '../app-text/AppText';

const OPTIONS = [
  { value: 'replace', label: 'importZip.replace' },
  { value: 'keepBoth', label: 'importZip.keepBoth' },
  { value: 'skip', label: 'importZip.skip' },
] as const satisfies readonly { value: ConflictChoice; label: string }[];

const isChoice = (value: string): value is ConflictChoice => OPTIONS.some((o) => o.value === value);

/** One Replace / Keep both / Skip choice per existing element, and an "Apply to all" shortcut. */
export function ConflictChoices({
  conflicts,
  choices,
  onChange,
}: {
  conflicts: readonly ImportConflict[];
  choices: Readonly<Record<string, ConflictChoice>>;
  onChange(next: Record<string, ConflictChoice>): void;
}) {
  const { t } = useTranslation();
  const values = new Set(conflicts.map((c) => choices[c.folder]));
  const common = values.size === 1 ? ([...values][0] ?? '') : '';
  return (
    <Stack spacing={1} component="section" aria-label={t('importZip.alreadyInApp')}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          {t('importZip.alreadyExist', { count: conflicts.length })}
        </Typography>
        <RadioGroup
          row
          aria-label={t('importZip.applyToAll')}
          value={common}
          onChange={(event) => {
            const value = event.target.value;
            if (isChoice(value)) onChange(Object.fromEntries(conflicts.map((c) => [c.folder, value])));
          }}
        >
          <Typography variant="body2" component="span" sx={{ alignSelf: 'center', mr: 1.5 }}>
            {t('importZip.applyToAllColon')}
          </Typography>
          {OPTIONS.map((option) => (
            <FormControlLabel
              key={option.value}
              value={option.value}
              control={<Radio size="small" />}
              label={t(option.label)}
            />
          ))}
        </RadioGroup>
      </Stack>
      <List dense disablePadding>
        {conflicts.map((conflict) => (
          <ListItem key={conflict.folder} disableGutters sx={{ flexWrap: 'wrap', columnGap: 2 }}>
            <ListItemText
              primary={<AppText text={conflict.title ?? conflict.fullName} />}
              secondary={
                conflict.existing === conflict.folder
                  ? conflict.fullName
                  : t('importZip.inTheApp', { fullName: conflict.fullName, existing: conflict.existing })
              }
              sx={{ minWidth: 200 }}
            />
            <RadioGroup
              row
              aria-label={t('importZip.whatToDo', { fullName: conflict.fullName })}
              value={choices[conflict.folder] ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                if (isChoice(value)) onChange({ ...choices, [conflict.folder]: value });
              }}
            >
              {OPTIONS.map((option) => (
                <FormControlLabel
                  key={option.value}
                  value={option.value}
                  control={<Radio size="small" />}
                  label={t(option.label)}
                />
              ))}
            </RadioGroup>
          </ListItem>
        ))}
      </List>
    </Stack>
  );
}
