import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ModelField, ModelInfo } from '../app/app-context.types.js';
import { jsonTooDeepAt, MAX_JSON_DEPTH } from '../app/json-document.js';
import type { Severity } from '../issue/validation-issue.js';
import type { PlainValue, SampleRow } from '../sandbox/run.types.js';
import { coerceFieldText, coerceFieldValue } from './rows-import-coerce.js';
import { splitCsv } from './rows-import-csv.js';

/** A problem with pasted or imported rows; the message names the line and the field. */
export interface RowsImportIssue {
  severity: Severity;
  /** 1-based line in the text, when known. */
  line?: number;
  field?: string;
  message: string;
}

/** Rows read from JSON or CSV text; import them only when no issue is an error. */
export interface ParsedRows {
  rows: SampleRow[];
  format: 'json' | 'csv';
  issues: RowsImportIssue[];
}

/** Sets a key as a plain own property, so a field called `__proto__` stays a field. */
function put(target: Record<string, PlainValue>, key: string, value: PlainValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** A JSON node's value, built key by key (jsonc-parser's own getNodeValue would let `__proto__` through). */
function plainOf(node: Node): PlainValue {
  if (node.type === 'array') return (node.children ?? []).map(plainOf);
  if (node.type === 'object') {
    const value: Record<string, PlainValue> = {};
    for (const property of node.children ?? []) {
      const [key, child] = property.children ?? [];
      if (key && child) put(value, String(key.value), plainOf(child));
    }
    return value;
  }
  return (node.value ?? null) as PlainValue;
}

/** Field by name; else by a case-insensitive name or title, since spreadsheet headers drift. */
function findField(model: ModelInfo, name: string): ModelField | undefined {
  const wanted = name.trim();
  const lower = wanted.toLowerCase();
  return (
    model.fields.find((f) => f.name === wanted) ??
    model.fields.find((f) => f.name.toLowerCase() === lower || f.title?.toLowerCase() === lower)
  );
}

function parseJsonRows(text: string, model: ModelInfo): ParsedRows {
  // parseTree and plainOf recurse once per level; the app's JSON reader says when that is too deep.
  const deep = jsonTooDeepAt(text);
  if (deep !== undefined) {
    const line = lineAt(text, deep);
    const message = `Line ${line}: values nest deeper than ${MAX_JSON_DEPTH} levels; a row needs two or three.`;
    return { rows: [], format: 'json', issues: [{ severity: 'error', line, message }] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const issues: RowsImportIssue[] = errors.slice(0, 5).map((error) => {
    const line = lineAt(text, error.offset);
    return {
      severity: 'error',
      line,
      message: `Line ${line}: not valid JSON (${printParseErrorCode(error.error)}).`,
    };
  });
  if (!root || issues.length > 0) return { rows: [], format: 'json', issues };
  // One object is one row: a row copied out of a run result pastes as is.
  const items = root.type === 'array' ? (root.children ?? []) : [root];
  const rows: SampleRow[] = [];
  const unknown = new Map<string, number>();
  items.forEach((item, index) => {
    const line = lineAt(text, item.offset);
    if (item.type !== 'object') {
      issues.push({
        severity: 'error',
        line,
        message: `Line ${line}: row ${index + 1} is ${item.type === 'array' ? 'a list' : `a ${item.type}`}; each row must be an object of field → value.`,
      });
      return;
    }
    const row: SampleRow = {};
    for (const property of item.children ?? []) {
      const [key, child] = property.children ?? [];
      if (!key || !child) continue;
      const name = String(key.value);
      const field = findField(model, name);
      if (!field) {
        if (!unknown.has(name)) unknown.set(name, lineAt(text, key.offset));
        continue;
      }
      const coerced = coerceFieldValue(field, plainOf(child));
      if (coerced.ok) put(row, field.name, coerced.value);
      else {
        const at = lineAt(text, child.offset);
        issues.push({
          severity: 'error',
          line: at,
          field: field.name,
          message: `Line ${at}, field ${field.name}: ${coerced.message}.`,
        });
      }
    }
    rows.push(row);
  });
  for (const [name, line] of unknown) issues.push(unknownField(model, name, line));
  return { rows, format: 'json', issues };
}

function unknownField(model: ModelInfo, name: string, line: number): RowsImportIssue {
  return {
    severity: 'warning',
    line,
    field: name,
    message: `Line ${line}: '${name}' is not a field of ${model.fullName}, so it is left out (fields: ${model.fields.map((f) => f.name).join(', ')}).`,
  };
}

function parseCsvRows(text: string, model: ModelInfo): ParsedRows {
  const { records, unclosedQuoteLine } = splitCsv(text);
  const issues: RowsImportIssue[] = [];
  if (unclosedQuoteLine !== undefined) {
    const message = `Line ${unclosedQuoteLine}: a quoted value is never closed; add the closing ".`;
    return { rows: [], format: 'csv', issues: [{ severity: 'error', line: unclosedQuoteLine, message }] };
  }
  const [header, ...body] = records;
  if (!header)
    return {
      rows: [],
      format: 'csv',
      issues: [{ severity: 'error', message: 'There is nothing to import.' }],
    };
  const columns = header.cells.map((name) => findField(model, name));
  header.cells.forEach((name, index) => {
    const field = columns[index];
    if (!field) issues.push(unknownField(model, name, header.line));
    else if (columns.indexOf(field) !== index) {
      issues.push({
        severity: 'error',
        line: header.line,
        field: field.name,
        message: `Line ${header.line}: the column ${field.name} appears twice.`,
      });
    }
  });
  if (body.length === 0) {
    issues.push({
      severity: 'error',
      line: header.line,
      message: `Line ${header.line} is a header of field names, but no rows follow it.`,
    });
  }
  const rows: SampleRow[] = [];
  for (const record of body) {
    if (record.cells.length !== header.cells.length) {
      issues.push({
        severity: 'error',
        line: record.line,
        message: `Line ${record.line} has ${record.cells.length} values, but the header has ${header.cells.length} columns.`,
      });
      continue;
    }
    const row: SampleRow = {};
    record.cells.forEach((cell, index) => {
      const field = columns[index];
      if (!field) return;
      const coerced = coerceFieldText(field, cell);
      if (coerced.ok) put(row, field.name, coerced.value);
      else
        issues.push({
          severity: 'error',
          line: record.line,
          field: field.name,
          message: `Line ${record.line}, field ${field.name}: ${coerced.message}.`,
        });
    });
    rows.push(row);
  }
  return { rows, format: 'csv', issues };
}

/**
 * Reads sample rows of a model from pasted or imported text: a JSON array of row objects (or one
 * object), or CSV/TSV whose header names the fields. Values are coerced by the field's type;
 * every problem is reported with its line, none is thrown.
 */
export function parseRowsText(text: string, model: ModelInfo): ParsedRows {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart()[0];
  if (start === undefined)
    return {
      rows: [],
      format: 'csv',
      issues: [{ severity: 'error', message: 'There is nothing to import.' }],
    };
  return start === '[' || start === '{' ? parseJsonRows(body, model) : parseCsvRows(body, model);
}
