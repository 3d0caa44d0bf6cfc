import type { ModelField, ModelInfo } from '../app/app-context.types.js';
import type { PlainValue } from '../sandbox/run.types.js';

/** Users sample rows pick from; a Member value is `{ userId, name }`. */
export const SAMPLE_PEOPLE: readonly { userId: string; name: string }[] = [
  { userId: 'u1001', name: 'Alice Chen' },
  { userId: 'u1002', name: 'Bob Li' },
  { userId: 'u1003', name: 'Carol Wang' },
  { userId: 'u1004', name: 'David Zhang' },
  { userId: 'u1005', name: 'Emma Liu' },
];

const DEPTS = [
  { deptId: 'd01', name: 'Sales' },
  { deptId: 'd02', name: 'Finance' },
  { deptId: 'd03', name: 'Human Resources' },
  { deptId: 'd04', name: 'Engineering' },
  { deptId: 'd05', name: 'Legal' },
];
const COMPANIES = [
  'Acme Trading Co.',
  'Globex Ltd.',
  'Initech Corp.',
  'Umbrella Supplies',
  'Stark Industries',
];
const SENTENCES = [
  'Please process before the end of the month.',
  'Customer asked for a split delivery.',
  'Urgent: the client is waiting for confirmation.',
  'Follow-up of last quarter agreement.',
  'Standard terms apply.',
];
const MONEY = [12800, 5600.5, 23999.99, 880, 150000];
const PERCENT = [6, 9, 13, 3, 0];
const DAYS = [3, 1, 5, 2, 10];
const BASE_DAY = Date.UTC(2024, 2, 1); // 2024-03-01: a fixed day keeps rows deterministic
const DAY_MS = 86_400_000;

/** Picks from a list by seed, wrapping around. */
function pick<T>(list: readonly T[], seed: number): T {
  return list[((seed % list.length) + list.length) % list.length] as T;
}

/** `ORD` from `orderNo`, `INV` from `invoiceNo`; the model's name when the field is just `no`/`code`. */
function codePrefix(field: ModelField, model: ModelInfo): string {
  const stem = field.name.replace(/(No|Number|Code|Num)$/, '');
  const source = stem.length >= 2 ? stem : (model.className ?? model.fullName.split('.').pop() ?? 'NO');
  return source.slice(0, 3).toUpperCase();
}

function code(field: ModelField, model: ModelInfo, seed: number): string {
  return `${codePrefix(field, model)}-${String(seed + 1).padStart(4, '0')}`;
}

function dateOf(field: ModelField, seed: number): string {
  // Ends, due dates and deliveries fall after starts, so a row's dates read sensibly together.
  const later = /end|due|deliver|expir|until|finish/i.test(field.name) ? 14 : 0;
  return new Date(BASE_DAY + (seed + later) * DAY_MS).toISOString().slice(0, 10);
}

function timeOf(seed: number): string {
  const hour = 9 + (seed % 9);
  return `${String(hour).padStart(2, '0')}:30:00`;
}

function person(seed: number): PlainValue {
  return { ...pick(SAMPLE_PEOPLE, seed) };
}

function emailOf(seed: number): string {
  return `${pick(SAMPLE_PEOPLE, seed).name.toLowerCase().replace(' ', '.')}@example.com`;
}

function choice(field: ModelField, seed: number): string {
  if (typeof field.defaultValue === 'string') return field.defaultValue;
  return field.options ? pick(field.options, seed) : `Option ${(seed % 3) + 1}`;
}

function choices(field: ModelField, seed: number): string[] {
  const options = field.options ?? ['Option 1', 'Option 2', 'Option 3'];
  const first = pick(options, seed);
  const second = pick(options, seed + 1);
  return first === second ? [first] : [first, second];
}

function text(field: ModelField, model: ModelInfo, seed: number): string {
  const name = field.name;
  if (/No$|No[A-Z]|Number|Code$/.test(name) || /^(no|code)$/i.test(name)) return code(field, model, seed);
  if (typeof field.defaultValue === 'string') return field.defaultValue;
  if (/status|state/i.test(name)) return 'pending';
  if (/stage/i.test(name)) return 'draft';
  if (/e?mail/i.test(name)) return emailOf(seed);
  if (/phone|mobile|tel/i.test(name)) return phoneOf(seed);
  if (/customer|company|party|vendor|supplier|client/i.test(name)) return pick(COMPANIES, seed);
  if (/remark|note|comment|reason|desc/i.test(name)) return pick(SENTENCES, seed);
  if (/name|title|subject/i.test(name)) {
    const stem = name.replace(/(Name|Title|Subject)$/, '');
    const label = stem ? stem[0]?.toUpperCase() + stem.slice(1) : (field.title ?? 'Item');
    return `${label} #${seed + 1}`;
  }
  return `${field.title ?? name} ${seed + 1}`;
}

function phoneOf(seed: number): string {
  return `1380013${String(8000 + seed).padStart(4, '0')}`;
}

function numeric(field: ModelField, seed: number): number {
  if (/day/i.test(field.name)) return pick(DAYS, seed);
  return ((seed % 9) + 1) * 10;
}

/**
 * A plausible, deterministic value for one field: the same field and seed always give the same
 * value, and different seeds give different rows.
 */
export function sampleValue(field: ModelField, model: ModelInfo, seed = 0): PlainValue {
  switch (field.type) {
    case 'AutoInt':
      return seed + 1;
    case 'Serial':
      return code(field, model, seed);
    case 'Stext':
    case 'IDCard':
    case 'LicensePlate':
      return text(field, model, seed);
    case 'Ltext':
      return typeof field.defaultValue === 'string' ? field.defaultValue : pick(SENTENCES, seed);
    case 'RichText':
      return `<p>${pick(SENTENCES, seed)}</p>`;
    case 'Numeric':
    case 'Integer':
      return typeof field.defaultValue === 'number' ? field.defaultValue : numeric(field, seed);
    case 'Money':
      return pick(MONEY, seed);
    case 'Percent':
      return pick(PERCENT, seed);
    case 'Rate':
      return (seed % 5) + 1;
    case 'Radio':
    case 'Dropdown':
      return choice(field, seed);
    case 'MultiDropdown':
    case 'Checkbox':
      return choices(field, seed);
    case 'Date':
      return dateOf(field, seed);
    case 'Datetime':
      return `${dateOf(field, seed)} ${timeOf(seed)}`;
    case 'Time':
      return timeOf(seed);
    case 'Member':
      return person(seed);
    case 'MultiMember':
      return [person(seed + 1), person(seed + 2)];
    case 'Dept':
      return { ...pick(DEPTS, seed) };
    case 'MultiDept':
      return [{ ...pick(DEPTS, seed) }, { ...pick(DEPTS, seed + 1) }];
    case 'Phone':
      return phoneOf(seed);
    case 'Email':
      return emailOf(seed);
    case 'Address':
      return `${88 + seed} Century Avenue, Pudong, Shanghai`;
    case 'Link':
      return `https://example.com/${field.name}/${seed + 1}`;
    case 'File':
    case 'Image': {
      const extension = field.type === 'Image' ? 'png' : 'pdf';
      const fileName = `${field.name}-${String(seed + 1).padStart(4, '0')}.${extension}`;
      return [{ name: fileName, url: `https://files.example.com/${fileName}`, size: 20480 + seed }];
    }
    case 'SubTable':
    case 'JitList':
      return [];
    case 'JitDict':
      return {};
    case 'RelateData':
      return null;
    default:
      return typeof field.defaultValue === 'string'
        ? field.defaultValue
        : `${field.title ?? field.name} ${seed + 1}`;
  }
}

/** A plausible row of a model (field name → value); `seed` picks which one, deterministically. */
export function sampleRow(model: ModelInfo, seed = 0): Record<string, PlainValue> {
  const row: Record<string, PlainValue> = {};
  for (const field of model.fields) {
    // defineProperty: a field called `__proto__` is a valid Python name and must stay a plain key.
    Object.defineProperty(row, field.name, {
      value: sampleValue(field, model, seed),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return row;
}

/** `count` different sample rows of a model (seeds 0 … count-1, so AutoInt ids run 1 … count). */
export function sampleRows(model: ModelInfo, count: number): Record<string, PlainValue>[] {
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, seed) => sampleRow(model, seed));
}
