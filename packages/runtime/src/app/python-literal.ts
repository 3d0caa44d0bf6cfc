import type { PyNode as SyntaxNode } from './python-syntax.js';

/** A Python literal the studio can read without running code. */
export type PyLiteral = null | boolean | number | string | PyLiteral[] | { [key: string]: PyLiteral };

/** Why a value cannot be read: it is an expression, not a literal. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
};

/** Decodes one Python string token (`'a'`, `"""b"""`, `r"c"`, `f"x"`); bytes are not text. */
export function decodePythonString(token: string): string | typeof UNREADABLE {
  const prefix = /^[A-Za-z]*/.exec(token)?.[0] ?? '';
  const flags = prefix.toLowerCase();
  if (flags.includes('b')) return UNREADABLE;
  const rest = token.slice(prefix.length);
  const quote = rest.startsWith('"""') || rest.startsWith("'''") ? rest.slice(0, 3) : rest.slice(0, 1);
  if (
    (quote !== '"' && quote !== "'" && quote.length !== 3) ||
    !rest.endsWith(quote) ||
    rest.length < 2 * quote.length
  ) {
    return UNREADABLE;
  }
  let body = rest.slice(quote.length, rest.length - quote.length);
  if (flags.includes('f')) {
    // Only an f-string without replacement fields is a constant.
    if (/(^|[^{])\{(?!\{)/.test(body.replaceAll('{{', ''))) return UNREADABLE;
    body = body.replaceAll('{{', '{').replaceAll('}}', '}');
  }
  return flags.includes('r') ? body : unescapePython(body);
}

function unescapePython(body: string): string {
  return body.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g,
    (whole, esc: string) => {
      const head = esc[0] ?? '';
      if (esc.length > 1 && (head === 'x' || head === 'u' || head === 'U')) {
        return String.fromCodePoint(Number.parseInt(esc.slice(1), 16));
      }
      if (/^[0-7]+$/.test(esc)) return String.fromCodePoint(Number.parseInt(esc, 8));
      if (esc === '\r') return '';
      // Python keeps unknown escapes as written, backslash included.
      return SIMPLE_ESCAPES[esc] ?? whole;
    },
  );
}

function numberOf(text: string): number | typeof UNREADABLE {
  const clean = text.replaceAll('_', '').toLowerCase();
  if (clean.endsWith('j')) return UNREADABLE;
  if (/^0[box]/.test(clean)) return Number(clean);
  const value = Number(clean.endsWith('l') ? clean.slice(0, -1) : clean);
  return Number.isNaN(value) ? UNREADABLE : value;
}

/** Real options lists nest two or three levels; deeper literals are not worth a stack overflow. */
const MAX_DEPTH = 32;

/** The value of a literal expression node (strings, numbers, True/False/None, lists, tuples, dicts). */
export function literalOf(node: SyntaxNode, source: string, depth = 0): PyLiteral | typeof UNREADABLE {
  if (depth > MAX_DEPTH) return UNREADABLE;
  const text = source.slice(node.from, node.to);
  switch (node.name) {
    case 'String':
    case 'FormatString':
      if (node.getChild('FormatReplacement')) return UNREADABLE;
      return decodePythonString(text);
    case 'ContinuedString': {
      let joined = '';
      for (let child = node.firstChild; child; child = child.nextSibling) {
        const part = literalOf(child, source, depth + 1);
        if (typeof part !== 'string') return UNREADABLE;
        joined += part;
      }
      return joined;
    }
    case 'Number':
      return numberOf(text);
    case 'Boolean':
      return text === 'True';
    case 'None':
      return null;
    case 'UnaryExpression': {
      const operand = node.lastChild;
      const sign = node.firstChild ? source.slice(node.firstChild.from, node.firstChild.to) : '';
      const value = operand ? literalOf(operand, source, depth + 1) : UNREADABLE;
      if (typeof value !== 'number' || (sign !== '-' && sign !== '+')) return UNREADABLE;
      return sign === '-' ? -value : value;
    }
    case 'ArrayExpression':
    case 'TupleExpression':
      return listOf(node, source, depth);
    case 'ParenthesizedExpression': {
      const inner = node.firstChild?.nextSibling;
      return inner && inner.name !== ')' ? literalOf(inner, source, depth + 1) : UNREADABLE;
    }
    case 'DictionaryExpression':
      return dictOf(node, source, depth);
    default:
      return UNREADABLE;
  }
}

const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', ':']);

function listOf(node: SyntaxNode, source: string, depth: number): PyLiteral[] | typeof UNREADABLE {
  const items: PyLiteral[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (PUNCTUATION.has(child.name)) continue;
    const value = literalOf(child, source, depth + 1);
    if (value === UNREADABLE) return UNREADABLE;
    items.push(value);
  }
  return items;
}

function dictOf(
  node: SyntaxNode,
  source: string,
  depth: number,
): { [key: string]: PyLiteral } | typeof UNREADABLE {
  const values: PyLiteral[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (PUNCTUATION.has(child.name)) continue;
    const value = literalOf(child, source, depth + 1);
    if (value === UNREADABLE) return UNREADABLE;
    values.push(value);
  }
  if (values.length % 2 !== 0) return UNREADABLE;
  const dict: { [key: string]: PyLiteral } = {};
  for (let i = 0; i < values.length; i += 2) {
    const key = values[i];
    if (typeof key !== 'string' && typeof key !== 'number') return UNREADABLE;
    // defineProperty keeps a `__proto__` key as data.
    Object.defineProperty(dict, String(key), {
      value: values[i + 1] ?? null,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return dict;
}
