import { TextField } from '@mui/material';
import { memo } from 'react';
import type { FieldProps } from './field-props';

/**
 * A free-text field of the form (the event's title). Registered rather than controlled: the form
 * reads what is typed from the input itself, so a keystroke does not re-render the field (a MUI
 * TextField is a dozen styled components); it re-renders when its label or message changes.
 */
export const TextInput = memo(function TextInput({
  control,
  name,
  label,
  error,
  helperText,
  defaultValue,
}: FieldProps<'title'> & { defaultValue: string | undefined }) {
  const { ref, ...input } = control.register(name);
  return (
    <TextField
      {...input}
      inputRef={ref}
      defaultValue={defaultValue}
      label={label}
      error={error}
      helperText={helperText}
    />
  );
});
