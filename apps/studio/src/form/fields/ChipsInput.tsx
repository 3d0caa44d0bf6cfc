import { Autocomplete, Chip, TextField } from '@mui/material';
import { memo } from 'react';
import { Controller } from 'react-hook-form';
import type { FieldOption, FieldProps } from './field-props';

/** A list of values picked from known options or typed freely (trigger nodes, handle types). */
export const ChipsInput = memo(function ChipsInput({
  control,
  name,
  label,
  error,
  helperText,
  options,
}: FieldProps<'triggerNode' | 'handleType'> & { options: readonly FieldOption[] }) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <Autocomplete
          multiple
          freeSolo
          options={options.map((o) => o.value)}
          getOptionLabel={(value) => options.find((o) => o.value === value)?.label ?? value}
          value={field.value ?? []}
          onChange={(_e, value) => field.onChange(value)}
          renderValue={(value, getItemProps) =>
            value.map((v, index) => <Chip size="small" label={v} {...getItemProps({ index })} key={v} />)
          }
          renderInput={(params) => (
            <TextField {...params} label={label} error={error} helperText={helperText} />
          )}
        />
      )}
    />
  );
});
