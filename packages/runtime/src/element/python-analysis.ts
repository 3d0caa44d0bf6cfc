import { parser } from '@lezer/python';
import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import { firstSyntaxError, type PythonSyntaxError } from './python-syntax-error.js';
import { lineStarts, positionAt, type TextPosition } from './text-position.js';

/** How a parameter receives its argument. */
export type PythonParamKind = 'positional' | 'varargs' | 'kwargs' | 'keyword';

export interface PythonParam {
  name: string;
  kind: PythonParamKind;
  hasDefault: boolean;
}

/** Offsets of a function's parts in the source, for edits that must touch nothing else. */
export interface PythonFunctionSpan {
  nameFrom: number;
  nameTo: number;
  /** The parameter list including its parentheses. */
  paramsFrom: number;
  paramsTo: number;
  /** Each parameter's source text range (from its `*`/`**` or name to the end of its default), aligned with params. */
  params: { from: number; to: number }[];
  /**
   * Where a statement can be inserted at the top of the body (after a docstring), and the body's
   * indentation; absent when the body sits on the `def` line.
   */
  bodyInsert?: { offset: number; indent: string };
}

/** A top-level `def` of a Python module. */
export interface PythonFunction {
  name: string;
  /** 1-based line of the `def` keyword. */
  line: number;
  params: PythonParam[];
  span: PythonFunctionSpan;
}

export interface PythonAnalysis {
  functions: PythonFunction[];
  issues: ValidationIssue[];
}

// @lezer/common is not a direct dependency; take its node type from the parser itself.
type SyntaxNode = ReturnType<typeof parser.parse>['topNode'];

// Validation of one element runs on every keystroke; the handler text rarely changes between runs.
// Kept per file name, since the validator, the form and the editor ask about the same text under
// different names, and one shared entry would make them evict each other on every key.
const cache = new Map<string, { source: string; result: PythonAnalysis }>();
const CACHED_FILES = 16;

/**
 * The top-level functions of a Python module with their parameters, and its first syntax error as
 * a `python.syntax` issue. Decorated and async defs count; methods and nested defs do not.
 */
export function analysePython(source: string, file: string): PythonAnalysis {
  const cached = cache.get(file);
  if (cached !== undefined && cached.source === source) return cached.result;
  const tree = parser.parse(source);
  const starts = lineStarts(source);
  const functions: PythonFunction[] = [];
  for (let node = tree.topNode.firstChild; node !== null; node = node.nextSibling) {
    const def = node.name === 'DecoratedStatement' ? node.getChild('FunctionDefinition') : node;
    if (def?.name === 'FunctionDefinition') {
      const fn = readFunction(def, source, starts);
      if (fn !== undefined) functions.push(fn);
    }
  }
  const result = { functions, issues: syntaxIssues(tree.topNode, source, starts, file) };
  cache.delete(file);
  if (cache.size >= CACHED_FILES) cache.delete(cache.keys().next().value as string);
  cache.set(file, { source, result });
  return result;
}

function readFunction(
  def: SyntaxNode,
  source: string,
  starts: readonly number[],
): PythonFunction | undefined {
  const name = def.getChild('VariableName');
  const params = def.getChild('ParamList');
  if (name === null || params === null) return undefined;
  const keyword = def.getChild('def') ?? def;
  const read = readParams(params, source);
  const span: PythonFunctionSpan = {
    nameFrom: name.from,
    nameTo: name.to,
    paramsFrom: params.from,
    paramsTo: params.to,
    params: read.ranges,
  };
  const bodyInsert = findBodyInsert(def.getChild('Body'), source, starts);
  if (bodyInsert !== undefined) span.bodyInsert = bodyInsert;
  return {
    name: source.slice(name.from, name.to),
    line: positionAt(starts, keyword.from).line,
    params: read.params,
    span,
  };
}

/** Walks a ParamList's flat children: names, `=` defaults, `*`, `**` and commas. */
function readParams(
  list: SyntaxNode,
  source: string,
): { params: PythonParam[]; ranges: { from: number; to: number }[] } {
  const params: PythonParam[] = [];
  const ranges: { from: number; to: number }[] = [];
  let starFrom = -1;
  let expectName = true;
  let star: '' | '*' | '**' = '';
  let keywordOnly = false;
  for (let child = list.firstChild; child !== null; child = child.nextSibling) {
    const kind = child.name;
    if (kind !== ',' && kind !== '(' && kind !== ')' && !expectName) {
      const range = ranges[ranges.length - 1];
      if (range !== undefined) range.to = child.to;
    }
    if (kind === ',' || kind === '(') {
      // A bare `*` followed by a comma makes the following parameters keyword-only.
      if (star === '*') keywordOnly = true;
      expectName = true;
      star = '';
    } else if (kind === '*' || kind === '**') {
      star = kind;
      starFrom = child.from;
    } else if (kind === 'AssignOp') {
      const last = params[params.length - 1];
      if (last !== undefined) last.hasDefault = true;
    } else if (kind === 'VariableName' && expectName) {
      const name = source.slice(child.from, child.to);
      ranges.push({ from: star === '' ? child.from : starFrom, to: child.to });
      if (star === '*') {
        params.push({ name, kind: 'varargs', hasDefault: false });
        keywordOnly = true;
      } else if (star === '**') {
        params.push({ name, kind: 'kwargs', hasDefault: false });
      } else {
        params.push({ name, kind: keywordOnly ? 'keyword' : 'positional', hasDefault: false });
      }
      expectName = false;
      star = '';
    }
  }
  return { params, ranges };
}

function findBodyInsert(
  body: SyntaxNode | null,
  source: string,
  starts: readonly number[],
): PythonFunctionSpan['bodyInsert'] {
  const first = body?.firstChild?.nextSibling ?? null;
  if (body === null || first === null) return undefined;
  const colon = body.firstChild;
  if (colon === null) return undefined;
  const colonLine = positionAt(starts, colon.from).line;
  const firstLine = positionAt(starts, first.from);
  if (firstLine.line === colonLine) return undefined;
  const indent = source.slice(first.from - firstLine.column + 1, first.from);
  const isDocstring = first.name === 'ExpressionStatement' && first.firstChild?.name === 'String';
  const next = isDocstring ? first.nextSibling : first;
  if (next === null) {
    // Only a docstring: insert on the line after it.
    const after = positionAt(starts, first.to);
    const lineStart = starts[after.line] ?? source.length;
    return { offset: lineStart, indent };
  }
  return { offset: next.from - positionAt(starts, next.from).column + 1, indent };
}

function syntaxIssues(
  top: SyntaxNode,
  source: string,
  starts: readonly number[],
  file: string,
): ValidationIssue[] {
  const error = firstSyntaxError(top, source);
  if (error === undefined) return [];
  const at = positionAt(starts, error.from);
  const params = {
    line: String(at.line),
    column: String(at.column),
    ...describedParts(error, source, starts, at),
  };
  const where = `Python syntax error at line ${at.line}, column ${at.column}`;
  return [issue('error', 'python.syntax', file, '', `${where}${describe(params)}`, { ...at, params })];
}

const SHOWN_CHARACTERS = 30;

/** The parts of the message that quote the code, as params (issue-texts-zh.ts tells them in Chinese too). */
function describedParts(
  error: PythonSyntaxError,
  source: string,
  starts: readonly number[],
  at: TextPosition,
): Record<string, string> {
  switch (error.kind) {
    case 'unterminatedString':
      return { kind: error.kind, text: quoted(error.text), quote: error.quote };
    case 'unclosedBracket':
      return { kind: error.kind, open: error.open, close: error.close };
    case 'unexpected': {
      const line = source.slice(starts[at.line - 1] ?? 0, starts[at.line] ?? source.length).trim();
      const rest = source.slice(error.from, starts[at.line] ?? source.length).trim();
      return { kind: error.kind, lineText: quoted(line), ...(rest === '' ? {} : { rest: quoted(rest) }) };
    }
  }
}

/** What is wrong and what would be right (after the position), from describedParts. */
function describe(p: Record<string, string>): string {
  switch (p.kind) {
    case 'unterminatedString':
      return p.quote?.length === 3
        ? `: the string ${p.text} is never closed; end it with ${p.quote}`
        : `: the string ${p.text} is not closed on its line; end it with ${p.quote}, or use ${p.quote?.repeat(3)} for text over several lines`;
    case 'unclosedBracket':
      return `: this '${p.open}' is never closed; add the matching '${p.close}'`;
    default: {
      const near =
        p.rest === undefined
          ? `at the end of ${p.lineText}`
          : p.rest === p.lineText
            ? `at ${p.lineText}`
            : `at ${p.rest} in ${p.lineText}`;
      return `, ${near} (or just before it); fix the statement so the module can be imported`;
    }
  }
}

/** The first line of some code in quotes (double when it holds a single quote), cut to a readable length. */
function quoted(code: string): string {
  const line = code.split('\n')[0]?.trimEnd() ?? '';
  const shown = line.length > SHOWN_CHARACTERS ? `${line.slice(0, SHOWN_CHARACTERS)}…` : line;
  const mark = shown.includes("'") && !shown.includes('"') ? '"' : "'";
  return `${mark}${shown}${mark}`;
}
