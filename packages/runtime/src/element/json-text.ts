import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { describeJsonError } from '../issue/json-error-description.js';
import { lineStarts, positionAt, type TextPosition } from './text-position.js';

/** The outcome of reading a JSON text: its value, or the first syntax error and where it is. */
export type JsonReadResult =
  | { ok: true; value: unknown }
  | { ok: false; error: { message: string } & TextPosition };

/**
 * Reads strict JSON. jsonc-parser finds where the text is broken (JSON.parse only says so in an
 * engine-specific message); JSON.parse builds the value, because it keeps a `__proto__` key as
 * data instead of touching the prototype and is the final word on what is strict JSON.
 */
export function readJson(text: string): JsonReadResult {
  // A BOM is not JSON; blank it out (same length) so offsets still match the file.
  const body = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const errors: ParseError[] = [];
  parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined) {
    const code = printParseErrorCode(first.error);
    const what = describeJsonError(code);
    const at = positionAt(lineStarts(text), first.offset);
    return { ok: false, error: { message: `${what} at line ${at.line}, column ${at.column}`, ...at } };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (caught) {
    const detail = caught instanceof Error ? caught.message : String(caught);
    return { ok: false, error: { message: detail, line: 1, column: 1 } };
  }
}
