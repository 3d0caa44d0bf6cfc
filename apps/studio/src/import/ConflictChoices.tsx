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

const OPTIONS: readonly { value: ConflictChoice; label: string }[] = [
  { value: 'replace', label: 'Replace' },
  { value: 'keepBoth', label: 'Keep both' },
  { value: 'skip', label: 'Skip' },
];

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
  const values = new Set(conflicts.map((c) => choices[c.folder]));
  const common = values.size === 1 ? ([...values][0] ?? '') : '';
  return (
    <Stack spacing={1} component="section" aria-label="Already in the app">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          {conflicts.length === 1 ? '1 element already exists' : `${conflicts.length} elements already exist`}
        </Typography>
        <RadioGroup
          row
          aria-label="Apply to all"
          value={common}
          onChange={(event) => {
            const value = event.target.value;
            if (isChoice(value)) onChange(Object.fromEntries(conflicts.map((c) => [c.folder, value])));
          }}
        >
          <Typography variant="body2" component="span" sx={{ alignSelf: 'center', mr: 1.5 }}>
            Apply to all:
          </Typography>
          {OPTIONS.map((option) => (
            <FormControlLabel
              key={option.value}
              value={option.value}
              control={<Radio size="small" />}
              label={option.label}
            />
          ))}
        </RadioGroup>
      </Stack>
      <List dense disablePadding>
        {conflicts.map((conflict) => (
          <ListItem key={conflict.folder} disableGutters sx={{ flexWrap: 'wrap', columnGap: 2 }}>
            <ListItemText
              primary={conflict.title ?? conflict.fullName}
              secondary={
                conflict.existing === conflict.folder
                  ? conflict.fullName
                  : `${conflict.fullName} (in the app: ${conflict.existing})`
              }
              sx={{ minWidth: 200 }}
            />
            <RadioGroup
              row
              aria-label={`What to do with ${conflict.fullName}`}
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
                  label={option.label}
                />
              ))}
            </RadioGroup>
          </ListItem>
        ))}
      </List>
    </Stack>
  );
}
