import { TextField } from '@mui/material';
import { memo } from 'react';
import { Controller } from 'react-hook-form';
import type { FieldProps } from './field-props';

/** A free-text field of the form (the event's title). */
export const TextInput = memo(function TextInput({
  control,
  name,
  label,
  error,
  helperText,
}: FieldProps<'title'>) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => <TextField {...field} label={label} error={error} helperText={helperText} />}
    />
  );
});
