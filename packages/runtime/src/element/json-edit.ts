import { type Node as JsonNode, type ParseError, parseTree } from 'jsonc-parser';
import { jsonTooDeepAt } from '../app/json-document.js';

// Minimal, style-preserving edits of a JSON object's top-level properties. jsonc-parser's own
// `modify` re-formats neighbouring values (arrays become multi-line, compact files get indented),
// so edits are computed here from its syntax tree and touch only the property they change.

/** The layout habits of a JSON text, so inserted text looks like its neighbours. */
export interface JsonStyle {
  eol: string;
  /** Between a key and its value: `": "` or `":"`. */
  colon: string;
}

/** The root object node of a JSON text, or undefined when the text is not a clean object. */
export function rootObject(text: string): JsonNode | undefined {
  const errors: ParseError[] = [];
  // A BOM is blanked (same length) so offsets still address the original text.
  const body = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  // parseTree recurses once per level: a hostile depth would overflow the stack (see readJsonValue).
  if (jsonTooDeepAt(body) !== undefined) return undefined;
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  return errors.length === 0 && root?.type === 'object' ? root : undefined;
}

/** The line ending and key/value separator a JSON text already uses. */
export function styleOf(text: string, root: JsonNode): JsonStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const first = root.children?.[0]?.children;
  const key = first?.[0];
  const value = first?.[1];
  const colon =
    key !== undefined && value !== undefined ? text.slice(key.offset + key.length, value.offset) : ': ';
  return { eol, colon: colon.trim() === ':' ? colon : ': ' };
}

/** The top-level properties whose key is `key` (several when a file repeats a key). */
export function propertiesNamed(root: JsonNode, key: string): JsonNode[] {
  return (root.children ?? []).filter((p) => p.children?.[0]?.value === key);
}

/** Keys of the root object, in file order. */
export function keysOf(root: JsonNode): string[] {
  return (root.children ?? []).map((p) => String(p.children?.[0]?.value));
}

/** Replaces one property's value text. */
export function replaceValue(text: string, property: JsonNode, valueText: string): string {
  const value = property.children?.[1];
  if (value === undefined) return text;
  return text.slice(0, value.offset) + valueText + text.slice(value.offset + value.length);
}

/** Removes a property with its comma, keeping the layout of what stays. */
export function removeProperty(text: string, root: JsonNode, property: JsonNode): string {
  const siblings = root.children ?? [];
  const index = siblings.indexOf(property);
  const next = siblings[index + 1];
  const previous = siblings[index - 1];
  const end = property.offset + property.length;
  // Not last: cut up to the next key, so its own indentation takes this one's place.
  if (next !== undefined) return text.slice(0, property.offset) + text.slice(next.offset);
  if (previous !== undefined) return text.slice(0, previous.offset + previous.length) + text.slice(end);
  // The only property: leave an empty object.
  return `${text.slice(0, root.offset + 1)}${text.slice(root.offset + root.length - 1)}`;
}

/** Inserts `"key": value` so it becomes the index-th property, laid out like its neighbours. */
export function insertProperty(
  text: string,
  root: JsonNode,
  index: number,
  key: string,
  valueText: string,
  style: JsonStyle,
): string {
  const siblings = root.children ?? [];
  const entry = `${JSON.stringify(key)}${style.colon}${valueText}`;
  const before = siblings[index];
  if (before !== undefined) {
    const gap = leadingWhitespace(text, before.offset);
    return `${text.slice(0, before.offset)}${entry},${gap}${text.slice(before.offset)}`;
  }
  const last = siblings[siblings.length - 1];
  if (last !== undefined) {
    const gap = leadingWhitespace(text, last.offset);
    const end = last.offset + last.length;
    return `${text.slice(0, end)},${gap}${entry}${text.slice(end)}`;
  }
  // An empty object: open it up in the new-file layout.
  const close = root.offset + root.length - 1;
  return `${text.slice(0, root.offset + 1)}${style.eol}    ${entry}${style.eol}${text.slice(close)}`;
}

/** The whitespace just before an offset (the line break and indentation of a property). */
function leadingWhitespace(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && /\s/.test(text.charAt(start - 1))) start--;
  return text.slice(start, offset);
}

/**
 * A JSON value as text. Arrays are written inline (`["a", "b"]`, as the spec's examples) unless
 * the value they replace was laid out one item per line, in which case that layout is reused.
 */
export function valueText(value: unknown, text?: string, replaced?: JsonNode): string {
  if (!Array.isArray(value)) return JSON.stringify(value);
  const items = value.map((v) => JSON.stringify(v));
  const old = replaced?.type === 'array' ? replaced : undefined;
  const first = old?.children?.[0];
  if (text === undefined || old === undefined || first === undefined) return `[${items.join(', ')}]`;
  const second = old.children?.[1];
  const itemIndent = leadingWhitespace(text, first.offset);
  if (!itemIndent.includes('\n')) {
    const separator = second !== undefined ? text.slice(first.offset + first.length, second.offset) : ', ';
    return `[${items.join(separator.trim() === ',' ? separator : ', ')}]`;
  }
  if (items.length === 0) return '[]';
  const closeIndent = leadingWhitespace(text, old.offset + old.length - 1);
  return `[${items.map((i) => `${itemIndent}${i}`).join(',')}${closeIndent}]`;
}
