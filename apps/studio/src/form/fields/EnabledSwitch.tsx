import type { ElementDraft } from '@event-studio/runtime';
import { FormControlLabel, Switch } from '@mui/material';
import { memo } from 'react';
import { type Control, Controller } from 'react-hook-form';

/** The newer spelling's `enable` flag (1 or 0) as a switch. */
export const EnabledSwitch = memo(function EnabledSwitch({
  control,
  label,
}: {
  control: Control<ElementDraft>;
  label: string;
}) {
  return (
    <Controller
      name="enable"
      control={control}
      render={({ field }) => (
        <FormControlLabel
          label={label}
          control={
            <Switch checked={field.value !== 0} onChange={(_e, checked) => field.onChange(checked ? 1 : 0)} />
          }
        />
      )}
    />
  );
});
