import type { parser } from '@lezer/python';

// @lezer/common is not a direct dependency; take its node type from the parser itself.
type SyntaxNode = ReturnType<typeof parser.parse>['topNode'];

/** Where a module's first syntax error is, and what to tell the user about it. */
export type PythonSyntaxError =
  /** A string literal that runs to the end of its line (or, triple-quoted, of the file). */
  | { kind: 'unterminatedString'; from: number; text: string; quote: string }
  /** A bracket whose closing partner never comes, found where the parser gave up inside it. */
  | { kind: 'unclosedBracket'; from: number; open: string; close: string }
  /** Anything else: the place the parser could not go on from. */
  | { kind: 'unexpected'; from: number };

const CLOSERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const STRING_NODES = new Set(['String', 'FormatString']);

/**
 * The first syntax error of a parsed module, told the way CPython tells it where that helps: the
 * parser recovers from an unclosed string or bracket and only fails lines later, so pointing at
 * where it failed would send the user to code that is fine.
 */
export function firstSyntaxError(top: SyntaxNode, source: string): PythonSyntaxError | undefined {
  let error: SyntaxNode | undefined;
  let string: SyntaxNode | undefined;
  const openBrackets: SyntaxNode[] = [];
  top.cursor().iterate((ref) => {
    if (error !== undefined) return false;
    if (ref.type.isError) {
      error = ref.node;
      return false;
    }
    if (string === undefined && STRING_NODES.has(ref.name)) {
      if (unterminatedQuote(source.slice(ref.from, ref.to)) !== undefined) string = ref.node;
      // Only a node that starts with a bracket can be an unclosed one; checked first, since reading
      // a node's children makes objects and this runs on every keystroke in inner.py.
    } else if (CLOSERS[source[ref.from] ?? ''] !== undefined && isUnclosedBracket(ref.node, source)) {
      openBrackets.push(ref.node);
    }
    return undefined;
  });
  if (error === undefined && string === undefined) return undefined;
  // CPython reads strings as it goes: an unclosed one is the error unless the parser failed before it.
  if (string !== undefined && (error === undefined || string.from <= error.from)) {
    const text = source.slice(string.from, string.to);
    return { kind: 'unterminatedString', from: string.from, text, quote: unterminatedQuote(text) ?? '"' };
  }
  const at = error as SyntaxNode;
  // The innermost bracket opened before the error and never closed is what the user forgot.
  const bracket = openBrackets.filter((node) => node.from < at.from).at(-1);
  if (bracket !== undefined) {
    const open = source[bracket.from] ?? '(';
    return { kind: 'unclosedBracket', from: bracket.from, open, close: CLOSERS[open] ?? ')' };
  }
  return { kind: 'unexpected', from: at.from };
}

/** The quote a string literal's text opens with when it is not closed by the same quote, else undefined. */
function unterminatedQuote(text: string): string | undefined {
  const opening = /^[A-Za-z]{0,2}("""|'''|"|')/.exec(text);
  const quote = opening?.[1];
  if (opening === null || quote === undefined) return undefined;
  const body = text.slice(opening[0].length);
  if (!body.endsWith(quote)) return quote;
  // The closing quote must not be escaped, and must not be the opening one read again (`"""`).
  const beforeClose = body.slice(0, body.length - quote.length);
  const backslashes = /\\*$/.exec(beforeClose)?.[0].length ?? 0;
  return backslashes % 2 === 1 ? quote : undefined;
}

/** A bracketed node (call arguments, list, dict, …) whose first child opens and whose last does not close it. */
function isUnclosedBracket(node: SyntaxNode, source: string): boolean {
  const first = node.firstChild;
  const last = node.lastChild;
  if (first === null || last === null || first.to - first.from !== 1) return false;
  const close = CLOSERS[source[first.from] ?? ''];
  if (close === undefined || first.name !== source[first.from]) return false;
  return last === first || last.name !== close;
}
