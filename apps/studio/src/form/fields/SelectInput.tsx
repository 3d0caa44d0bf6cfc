import { MenuItem, TextField } from '@mui/material';
import { memo } from 'react';
import { Controller } from 'react-hook-form';
import type { FieldOption, FieldProps } from './field-props';

/** A closed choice (model, operate, handle node, function type) as a select. */
export const SelectInput = memo(function SelectInput({
  control,
  name,
  label,
  error,
  helperText,
  options,
}: FieldProps<'model' | 'operate' | 'handleNode' | 'funcType'> & { options: readonly FieldOption[] }) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <TextField
          {...field}
          value={field.value ?? ''}
          select
          label={label}
          error={error}
          helperText={helperText}
        >
          {options.map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {o.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
});
