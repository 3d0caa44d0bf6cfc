import type { ElementDraft } from '@event-studio/runtime';
import type { Control } from 'react-hook-form';

/**
 * What every field of the element form takes. Only primitives and memoised arrays, so a field
 * re-renders when its own value, label or message changes, not on every keystroke elsewhere.
 */
export interface FieldProps<Name> {
  control: Control<ElementDraft>;
  name: Name;
  label: string;
  error: boolean;
  helperText: string | undefined;
}

/** A choice as the form lists it: the value written to e.json and its label. */
export interface FieldOption {
  value: string;
  label: string;
}
