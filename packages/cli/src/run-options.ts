import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readJsonValue, type SampleRow } from '@event-studio/runtime';
import { UsageError } from './exit-codes.js';

// Options that `run` and `simulate` share: the row and the time limit.

function parseRow(text: string, source: string): SampleRow {
  // The runtime's one guarded reader: a hostile row nested millions deep is a usage error, not a crash.
  const read = readJsonValue(text);
  if (!read.ok) throw new UsageError(`${source}: not valid JSON (${read.message}).`);
  const value = read.value;
  if (!isRow(value)) {
    throw new UsageError(`${source}: a row must be a JSON object of field → value, e.g. {"amount": 1200}.`);
  }
  return value;
}

/** JSON.parse gives plain data, so an object (not an array) is a row. */
function isRow(value: unknown): value is SampleRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The row from --row <file> or --row-json, or undefined for the model's sample row. */
export async function readRow(file: string | undefined, json: string | undefined, cwd: string) {
  if (file !== undefined && json !== undefined)
    throw new UsageError('give either --row <file.json> or --row-json <json>, not both.');
  if (json !== undefined) return parseRow(json, '--row-json');
  if (file === undefined) return undefined;
  const text = await readFile(resolve(cwd, file), 'utf8').catch(() => {
    throw new UsageError(`--row ${file}: cannot read that file.`);
  });
  return parseRow(text, file);
}

/** --timeout in milliseconds, or undefined for the sandbox's default. */
export function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new UsageError(`--timeout must be a whole number of milliseconds; got '${text}'.`);
  return ms;
}
