import {
  coerceFieldText,
  type FieldInputKind,
  fieldInputKind,
  type ModelField,
  type PlainValue,
} from '@event-studio/runtime';
import { TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellDrafts } from './cell-drafts';

const INPUT_TYPE: Record<FieldInputKind, string> = {
  number: 'number',
  date: 'date',
  datetime: 'datetime-local',
  json: 'text',
  text: 'text',
};
const WIDTH: Record<FieldInputKind, number> = { number: 110, date: 150, datetime: 210, json: 240, text: 170 };

/** The width a field's input wants (a date picker, a JSON object, a number). */
export function fieldInputWidth(field: ModelField): number {
  return WIDTH[fieldInputKind(field.type)];
}

/** The text an input shows for a value: a datetime-local input wants `T` between day and time. */
function textOf(kind: FieldInputKind, value: PlainValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (kind === 'json') return JSON.stringify(value);
  const text = String(value);
  return kind === 'datetime' ? text.replace(' ', 'T') : text;
}

/** One field of one sample row, typed by the field's type; complex values are edited as JSON. */
export function RowCell({
  field,
  value,
  rowNumber,
  onChange,
  drafts,
  draftKey,
}: {
  field: ModelField;
  value: PlainValue | undefined;
  rowNumber: number;
  onChange: (value: PlainValue) => void;
  /** Where the cell keeps its text while the user is editing it (see CellDrafts). */
  drafts: CellDrafts;
  draftKey: string;
}) {
  // A value that is already an object or a list stays JSON, whatever the field claims to be.
  const { t } = useTranslation();
  const kind = typeof value === 'object' && value !== null ? 'json' : fieldInputKind(field.type);
  // While the user types, the text is theirs (`1.`, half a JSON object); the row gets each valid value.
  const [draft, setDraft] = useState<string | undefined>(() => drafts.get(draftKey)?.text);
  const [problem, setProblem] = useState<string | undefined>(() => drafts.get(draftKey)?.problem);

  const change = (text: string) => {
    setDraft(text);
    const coerced =
      kind === 'json' && fieldInputKind(field.type) !== 'json'
        ? coerceFieldText({ ...field, type: 'JitDict' }, text)
        : coerceFieldText(field, text);
    const reason = coerced.ok ? undefined : coerced.message;
    setProblem(reason);
    drafts.set(draftKey, { text, problem: reason });
    if (coerced.ok) onChange(coerced.value);
  };

  return (
    <TextField
      size="small"
      type={INPUT_TYPE[kind]}
      value={draft ?? textOf(kind, value)}
      onChange={(e) => change(e.target.value)}
      onBlur={() => {
        if (problem) return;
        setDraft(undefined);
        drafts.delete(draftKey);
      }}
      error={problem !== undefined}
      // The full reason is long (it shows an example); the cell says what matters and keeps the rest on hover.
      helperText={problem && t('testPanel.rows.cellInvalid')}
      fullWidth
      slotProps={{
        formHelperText: { title: problem },
        // Named by title, not aria-label: a label would make the panel's getByLabel('Status') also
        // find a model's `status` column (label matching is by substring).
        htmlInput: {
          title: t('testPanel.rows.cellTitle', { field: field.name, number: rowNumber }),
          spellCheck: false,
          step: kind === 'datetime' ? 1 : kind === 'number' ? 'any' : undefined,
          style: { fontFamily: kind === 'json' ? 'monospace' : undefined, fontSize: 13 },
        },
      }}
    />
  );
}
