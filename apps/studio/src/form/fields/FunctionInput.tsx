import { Autocomplete, TextField } from '@mui/material';
import { memo } from 'react';
import { Controller } from 'react-hook-form';
import type { FieldProps } from './field-props';

/** The handler's name: one of the functions the app knows, or typed freely. */
export const FunctionInput = memo(function FunctionInput({
  control,
  name,
  label,
  error,
  helperText,
  options,
}: FieldProps<'func'> & { options: readonly string[] }) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <Autocomplete
          freeSolo
          options={options}
          value={field.value ?? ''}
          onChange={(_e, value) => field.onChange(value ?? '')}
          onInputChange={(_e, value, reason) => reason === 'input' && field.onChange(value)}
          renderInput={(params) => (
            <TextField {...params} label={label} error={error} helperText={helperText} />
          )}
        />
      )}
    />
  );
});
