import {
  findNodeAtLocation,
  type Node as JsonNode,
  parseTree,
  printParseErrorCode,
  visit,
} from 'jsonc-parser';
import { describeJsonError } from '../issue/json-error-description.js';
import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import { type LineColumn, TextLines } from './text-lines.js';

// The one reader of JSON that comes from an app or a zip (e.json, config.json, the studio's own
// files under .event-studio/): every such text goes through readJsonValue or readJsonDocument, so
// none reaches a recursive parser (jsonc-parser) or a recursive consumer (zod, JSON.stringify)
// nested deeper than MAX_JSON_DEPTH.

/** A parsed JSON file that can still say where each of its values is. */
export interface JsonDocument {
  value: unknown;
  /** Line and column of the value at a path (`['nodeList', 0, 'type']`), when it exists. */
  positionOf(path: readonly (string | number)[]): LineColumn | undefined;
}

/** Why a JSON text was not read, and where: a syntax error, or values nested past MAX_JSON_DEPTH. */
export interface JsonReadFailure extends LineColumn {
  ok: false;
  reason: 'syntax' | 'too-deep';
  /** What is wrong and where, e.g. "a ',' was expected at line 3, column 5". */
  message: string;
}

export type JsonDocumentResult = { ok: true; doc: JsonDocument } | JsonReadFailure;

export type JsonValueResult = { ok: true; value: unknown } | JsonReadFailure;

/**
 * Nesting no real e.json, config.json or studio file comes near (they nest four or five levels);
 * jsonc-parser, zod and JSON.stringify recurse once per level, so far deeper input would overflow
 * the call stack. 256 levels cost nothing to read.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * Reads strict JSON into a value. jsonc-parser says where a broken text breaks (JSON.parse only
 * says so in an engine-specific message); JSON.parse builds the value, because it keeps a
 * `__proto__` key as data instead of touching the prototype and is the final word on strict JSON.
 * Never throws, whatever the text.
 */
export function readJsonValue(text: string): JsonValueResult {
  // A BOM is not JSON; blank it out (same length) so offsets still match the file.
  const body = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const deep = jsonTooDeepAt(body);
  if (deep !== undefined) {
    const at = new TextLines(text).at(deep);
    const message = `values nest deeper than ${MAX_JSON_DEPTH} levels at line ${at.line}, column ${at.column}`;
    return { ok: false, reason: 'too-deep', message, ...at };
  }
  const broken = firstSyntaxError(body);
  if (broken !== undefined) {
    const at = new TextLines(text).at(broken.offset);
    const message = `${describeJsonError(broken.code)} at line ${at.line}, column ${at.column}`;
    return { ok: false, reason: 'syntax', message, ...at };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (caught) {
    const detail = caught instanceof Error ? caught.message : String(caught);
    return { ok: false, reason: 'syntax', message: detail, line: 1, column: 1 };
  }
}

/** Reads strict JSON (as readJsonValue) into a document that can also say where each value is. */
export function readJsonDocument(text: string): JsonDocumentResult {
  const read = readJsonValue(text);
  if (!read.ok) return read;
  let root: JsonNode | undefined | null = null;
  let lines: TextLines | undefined;
  return {
    ok: true,
    doc: {
      value: read.value,
      positionOf(path) {
        // The syntax tree and the line index are built on the first question: most files get none.
        if (root === null) {
          const body = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
          root = parseTree(body, [], { disallowComments: true, allowTrailingComma: false });
        }
        const node = root ? findNodeAtLocation(root, [...path]) : undefined;
        if (!node) return undefined;
        lines ??= new TextLines(text);
        return lines.at(node.offset);
      },
    },
  };
}

/**
 * The issue for a JSON file of an app that could not be read: `json.syntax` (an error, with the
 * caller's wording) or `json.too-deep` (an error naming the file, the limit and where).
 */
export function jsonReadIssue(
  failure: JsonReadFailure,
  file: string,
  syntaxMessage?: string,
): ValidationIssue {
  const where = { line: failure.line, column: failure.column };
  const name = file.split('/').pop() ?? file;
  if (failure.reason === 'too-deep') {
    const message = `${name} nests values deeper than ${MAX_JSON_DEPTH} levels (at line ${failure.line}, column ${failure.column}); no real ${name} comes near that, so it is not read`;
    return issue('error', 'json.too-deep', file, '', message, {
      ...where,
      params: {
        file: name,
        limit: String(MAX_JSON_DEPTH),
        line: String(failure.line),
        column: String(failure.column),
      },
    });
  }
  return issue(
    'error',
    'json.syntax',
    file,
    '',
    syntaxMessage ?? `${name} is not valid JSON: ${failure.message}`,
    where,
  );
}

/** The offset where brackets first nest deeper than MAX_JSON_DEPTH (strings skipped), if they do. */
export function jsonTooDeepAt(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** The first syntax error of strict JSON, found without building a tree (the caller checked the depth). */
function firstSyntaxError(body: string): { code: string; offset: number } | undefined {
  let first: { code: string; offset: number } | undefined;
  visit(
    body,
    {
      onError(error, offset) {
        first ??= { code: printParseErrorCode(error), offset };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return first;
}

/** A JSON pointer (`/nodeConfig/a~1b/handleList/0`) for a path, escaped as RFC 6901 asks. */
export function jsonPointer(path: readonly (string | number)[]): string {
  return path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
