/** One step of a dotted expression: the root name, an attribute, or a call with its argument text. */
export type ChainSegment =
  | { kind: 'name'; name: string }
  | { kind: 'attr'; name: string }
  | { kind: 'call'; args: string };

/** A dotted expression such as `app.getElement("models.X").get(f)`, read from the source. */
export interface Chain {
  /** Offset where the expression starts. */
  from: number;
  segments: ChainSegment[];
}

const IDENT_CHAR = /[A-Za-z0-9_]/;

/** The start of the identifier that ends at `end` (equal to `end` when there is none). */
export function identifierStart(text: string, end: number, lower = 0): number {
  let start = end;
  while (start > lower && IDENT_CHAR.test(text[start - 1] ?? '')) start--;
  return start;
}

/** The end of the identifier that starts at `start`. */
export function identifierEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && IDENT_CHAR.test(text[end] ?? '')) end++;
  return end;
}

/**
 * The dotted expression that ends right before `end`, not reaching below `lower` (the cursor's
 * line start: code being typed is too broken for a parse tree to say where a chain starts, while
 * the characters before the cursor are all there is to go by). Undefined when it is not a chain of
 * names, attributes and calls (a subscript, a literal, an operator).
 */
export function readChainBefore(text: string, end: number, lower = 0): Chain | undefined {
  const segments: ChainSegment[] = [];
  let p = end;
  for (let guard = 0; guard < 64; guard++) {
    if (text[p - 1] === ')') {
      const open = matchingOpenParen(text, p - 1, lower);
      if (open < 0) return undefined;
      segments.unshift({ kind: 'call', args: text.slice(open + 1, p - 1) });
      p = open;
      continue;
    }
    const start = identifierStart(text, p, lower);
    if (start === p || /^[0-9]/.test(text[start] ?? '')) return undefined;
    const name = text.slice(start, p);
    if (start - 1 >= lower && text[start - 1] === '.') {
      segments.unshift({ kind: 'attr', name });
      p = start - 1;
      continue;
    }
    segments.unshift({ kind: 'name', name });
    return { from: start, segments };
  }
  return undefined;
}

/** Offset of the `(` matching the `)` at `close`, skipping quoted strings; -1 when unbalanced. */
function matchingOpenParen(text: string, close: number, lower: number): number {
  let depth = 0;
  for (let i = close; i >= lower; i--) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const opening = text.lastIndexOf(c, i - 1);
      if (opening < lower) return -1;
      i = opening;
    } else if (c === ')' || c === ']') {
      depth++;
    } else if (c === '(' || c === '[') {
      depth--;
      if (depth === 0) return c === '(' ? i : -1;
    }
  }
  return -1;
}

/** The value of a call's argument text when it is exactly one string literal (`"models.X"`). */
export function singleStringArgument(args: string): string | undefined {
  const match = /^\s*(?:fullName\s*=\s*)?(["'])([^"'\\]*)\1\s*$/.exec(args);
  return match?.[2];
}
