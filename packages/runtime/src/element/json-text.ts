import { type JsonReadFailure, readJsonValue } from '../app/json-document.js';

/** The outcome of reading a JSON text: its value, or why not (a syntax error, too deep) and where. */
export type JsonReadResult = { ok: true; value: unknown } | { ok: false; error: JsonReadFailure };

/** Reads strict JSON through the app's one guarded reader (readJsonValue); never throws. */
export function readJson(text: string): JsonReadResult {
  const read = readJsonValue(text);
  return read.ok ? read : { ok: false, error: read };
}
