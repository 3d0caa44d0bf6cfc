import type { ModelField } from '../app/app-context.types.js';
import { readJsonValue } from '../app/json-document.js';
import type { PlainValue } from '../sandbox/run.types.js';

/** How a field's value is typed in: a number, a date, a date and time, JSON, or plain text. */
export type FieldInputKind = 'number' | 'date' | 'datetime' | 'json' | 'text';

const NUMBER_TYPES = new Set(['Numeric', 'Integer', 'Money', 'Percent', 'AutoInt', 'Rate']);
// Values that are objects or lists on the platform (members, departments, files, multi-choices …).
const JSON_TYPES = new Set([
  'Member',
  'MultiMember',
  'Dept',
  'MultiDept',
  'MultiDropdown',
  'Checkbox',
  'File',
  'Image',
  'SubTable',
  'JitList',
  'JitDict',
  'RelateData',
]);
// Multi-choice fields hold a list of strings; a spreadsheet cell writes them as `a;b`.
const LIST_OF_TEXT_TYPES = new Set(['MultiDropdown', 'Checkbox']);

/** How a field of this datatypes class is typed in a sample row. */
export function fieldInputKind(type: string): FieldInputKind {
  if (NUMBER_TYPES.has(type)) return 'number';
  if (type === 'Date') return 'date';
  if (type === 'Datetime') return 'datetime';
  if (JSON_TYPES.has(type)) return 'json';
  return 'text';
}

/** A coerced value, or what is wrong with the text (a sentence without the line or field). */
export type Coerced = { ok: true; value: PlainValue } | { ok: false; message: string };

const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DATETIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function pad(part: string): string {
  return part.padStart(2, '0');
}

/** `YYYY-MM-DD` when the parts name a real calendar day (no 2024-02-30). */
function calendarDay(year: string, month: string, day: string): string | undefined {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return date.toISOString().slice(0, 10) === text ? text : undefined;
}

function coerceDate(text: string): Coerced {
  const match = DATE.exec(text);
  const day = match ? calendarDay(match[1] ?? '', match[2] ?? '', match[3] ?? '') : undefined;
  return day
    ? { ok: true, value: day }
    : { ok: false, message: `expected a date like 2024-03-01; got '${text}'` };
}

function coerceDatetime(text: string): Coerced {
  const match = DATETIME.exec(text);
  const day = match ? calendarDay(match[1] ?? '', match[2] ?? '', match[3] ?? '') : undefined;
  const [hour, minute, second] = [match?.[4] ?? '', match?.[5] ?? '', match?.[6] ?? '00'];
  if (!day || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return { ok: false, message: `expected a date and time like 2024-03-01 09:30:00; got '${text}'` };
  }
  return { ok: true, value: `${day} ${pad(hour)}:${minute}:${second}` };
}

function coerceJson(field: ModelField, text: string): Coerced {
  const read = readJsonValue(text);
  if (read.ok) return { ok: true, value: read.value as PlainValue };
  if (LIST_OF_TEXT_TYPES.has(field.type)) {
    return {
      ok: true,
      value: text
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean),
    };
  }
  return {
    ok: false,
    message: `expected JSON for a ${field.type}, e.g. ${jsonExample(field.type)}; got '${text}'`,
  };
}

function jsonExample(type: string): string {
  if (type === 'Member') return '{"userId": "u1001", "name": "Alice Chen"}';
  if (type === 'Dept') return '{"deptId": "d01", "name": "Sales"}';
  if (type.startsWith('Multi')) return '[{…}, {…}]';
  return '[] or {}';
}

/**
 * The value a typed-in text stands for, by the field's type: a number for Money, a normalised
 * `YYYY-MM-DD` for Date, parsed JSON for a Member … An empty text is null (or '' for text fields).
 */
export function coerceFieldText(field: ModelField, text: string): Coerced {
  const kind = fieldInputKind(field.type);
  const trimmed = text.trim();
  if (kind === 'text') return { ok: true, value: text };
  if (trimmed === '') return { ok: true, value: null };
  switch (kind) {
    case 'number': {
      // Spreadsheets write thousands as 12,800; only that exact shape loses its commas.
      const plain = THOUSANDS.test(trimmed) ? trimmed.replaceAll(',', '') : trimmed;
      const value = Number(plain);
      return Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, message: `expected a number for a ${field.type}; got '${text}'` };
    }
    case 'date':
      return coerceDate(trimmed);
    case 'datetime':
      return coerceDatetime(trimmed);
    case 'json':
      return coerceJson(field, trimmed);
  }
}

/**
 * Checks a value that came as JSON against its field: numbers and dates may come as text and are
 * converted; anything else that cannot be the field's value is refused.
 */
export function coerceFieldValue(field: ModelField, value: PlainValue): Coerced {
  if (value === null) return { ok: true, value };
  const kind = fieldInputKind(field.type);
  if (typeof value === 'string' && kind !== 'text' && kind !== 'json') return coerceFieldText(field, value);
  if (kind === 'number' && typeof value !== 'number') {
    return { ok: false, message: `expected a number for a ${field.type}; got ${JSON.stringify(value)}` };
  }
  if ((kind === 'date' || kind === 'datetime') && typeof value !== 'string') {
    return { ok: false, message: `expected a ${field.type} as text; got ${JSON.stringify(value)}` };
  }
  return { ok: true, value };
}
