import {
  findNodeAtLocation,
  type Node as JsonNode,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { describeJsonError } from '../issue/json-error-description.js';
import { type LineColumn, TextLines } from './text-lines.js';

/** A parsed JSON file that can still say where each of its values is. */
export interface JsonDocument {
  value: unknown;
  /** Line and column of the value at a path (`['nodeList', 0, 'type']`), when it exists. */
  positionOf(path: readonly (string | number)[]): LineColumn | undefined;
}

export type JsonDocumentResult =
  | { ok: true; doc: JsonDocument }
  | { ok: false; message: string; line: number; column: number };

/**
 * Reads strict JSON. jsonc-parser says where a broken text breaks and keeps value positions;
 * JSON.parse builds the value because it treats a `__proto__` key as plain data.
 */
export function readJsonDocument(text: string): JsonDocumentResult {
  // A BOM is not JSON; blank it out (same length) so offsets still match the file.
  const body = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const lines = new TextLines(text);
  const deep = tooDeepAt(body);
  if (deep !== undefined) {
    const at = lines.at(deep);
    return {
      ok: false,
      message: `values nest deeper than ${MAX_DEPTH} levels at line ${at.line}, column ${at.column}`,
      ...at,
    };
  }
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first !== undefined) {
    const code = printParseErrorCode(first.error);
    const at = lines.at(first.offset);
    return {
      ok: false,
      message: `${describeJsonError(code)} at line ${at.line}, column ${at.column}`,
      ...at,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (caught) {
    const detail = caught instanceof Error ? caught.message : String(caught);
    return { ok: false, message: detail, line: 1, column: 1 };
  }
  return {
    ok: true,
    doc: {
      value,
      positionOf(path) {
        const node: JsonNode | undefined = root ? findNodeAtLocation(root, [...path]) : undefined;
        return node ? lines.at(node.offset) : undefined;
      },
    },
  };
}

/** Nesting no real e.json or config.json comes near; deeper input would overflow the parsers' stacks. */
const MAX_DEPTH = 256;

/** The offset where brackets first nest deeper than MAX_DEPTH (strings skipped), if they do. */
function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}

/** A JSON pointer (`/nodeConfig/a~1b/handleList/0`) for a path, escaped as RFC 6901 asks. */
export function jsonPointer(path: readonly (string | number)[]): string {
  return path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
