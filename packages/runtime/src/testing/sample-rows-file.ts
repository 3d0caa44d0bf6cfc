import { z } from 'zod';
import { STUDIO_FILES_ROOT } from '../app/app-tree.js';
import { readJsonValue } from '../app/json-document.js';
import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import type { PlainValue, SampleRow } from '../sandbox/run.types.js';

/**
 * Where the studio keeps the sample rows a user built for an element, beside its test cases:
 * outside the element folder, so exports carry nothing the platform does not expect, and inside
 * the workspace, so the rows survive a reload and follow undo.
 */
export const SAMPLE_ROWS_ROOT = `${STUDIO_FILES_ROOT}rows`;

/** The path of an element's sample rows: `.event-studio/rows/events/orderApproval.json`. */
export function sampleRowsPath(folder: string): string {
  return `${SAMPLE_ROWS_ROOT}/${folder}.json`;
}

const plainValue: z.ZodType<PlainValue> = z.json();

const sampleRowsFileSchema = z.object({
  version: z.literal(1),
  /** The model the rows were made for: rows of another model are not offered. */
  model: z.string(),
  rows: z.array(z.record(z.string(), plainValue)),
  /** Index of the row `Run` uses. */
  selected: z.number().int().nonnegative(),
});

/** An element's saved sample rows, the one `Run` uses, and what was wrong with the file. */
export interface SampleRowsFile {
  /** Undefined when there is no usable file: the caller starts from generated rows. */
  rows: SampleRow[] | undefined;
  /** The model the rows were made for. */
  model: string | undefined;
  selected: number;
  issues: ValidationIssue[];
}

/** Reads an element's sample-rows file; a broken file is an issue (the rows start afresh), never a throw. */
export function readSampleRowsFile(text: string | undefined, folder: string): SampleRowsFile {
  if (text === undefined) return { rows: undefined, model: undefined, selected: 0, issues: [] };
  const file = sampleRowsPath(folder);
  const read = readJsonValue(text);
  if (!read.ok) {
    const message = `${file} is not ${read.reason === 'syntax' ? 'valid JSON' : 'read'} (${read.message}); the next edit of the rows replaces it.`;
    return {
      rows: undefined,
      model: undefined,
      selected: 0,
      issues: [issue('warning', 'sampleRows.json', file, '', message)],
    };
  }
  const json = read.value;
  const parsed = sampleRowsFileSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || '(top)').join(', ');
    const message = `${file} is not a sample-rows file (wrong: ${where}; expected {"version": 1, "model": "models.X", "rows": [{…}], "selected": 0}); the next edit of the rows replaces it.`;
    return {
      rows: undefined,
      model: undefined,
      selected: 0,
      issues: [issue('warning', 'sampleRows.shape', file, '', message)],
    };
  }
  const { rows, model, selected } = parsed.data;
  return { rows, model, selected: Math.min(selected, Math.max(rows.length - 1, 0)), issues: [] };
}

/** The file's text for these rows, pretty-printed so a diff of the workspace reads well. */
export function writeSampleRowsFile(model: string, rows: readonly SampleRow[], selected: number): string {
  return `${JSON.stringify({ version: 1, model, rows, selected }, null, 2)}\n`;
}
