import { parser } from '@lezer/python';

// @lezer/common is not a direct dependency; take its node types from the parser itself.
type Tree = ReturnType<typeof parser.parse>;
type SyntaxNode = Tree['topNode'];

/** The function the cursor is in, and the names bound before the cursor that a chain can start from. */
export interface PythonScope {
  /** The enclosing `def`, innermost first; absent at module level. */
  function?: { name: string; params: string[] };
  /** Name → the source range of the value last assigned to it before the cursor (function, then module). */
  assignments: Map<string, { from: number; to: number }>;
}

/** A simple assignment of a block: where its statement starts, the name, the value's range. */
interface Assignment {
  statementFrom: number;
  name: string;
  from: number;
  to: number;
}

// Completions, hovers and markers ask about the same text many times in a row: the tree and each
// block's assignments are read once per distinct text.
let cached: { source: string; tree: Tree; assignments: Map<number, Assignment[]> } | undefined;

function cacheFor(source: string) {
  if (cached?.source !== source) cached = { source, tree: parser.parse(source), assignments: new Map() };
  return cached;
}

/** The @lezer/python tree of a source, parsed once per distinct text. */
export function parsePython(source: string): Tree {
  return cacheFor(source).tree;
}

/**
 * True when the offset is inside a comment or a string literal, where code suggestions would only
 * be noise; the `{…}` parts of an f-string count as code.
 */
export function isInStringOrComment(source: string, offset: number): boolean {
  for (let node: SyntaxNode | null = parsePython(source).resolveInner(offset, -1); node; node = node.parent) {
    if (node.name === 'FormatReplacement') return false;
    if (node.name === 'Comment') return true;
    if (node.name === 'String' || node.name === 'FormatString') {
      return offset > node.from && (offset < node.to || !isClosedString(source.slice(node.from, node.to)));
    }
  }
  return false;
}

function isClosedString(text: string): boolean {
  const body = text.replace(/^[A-Za-z]*/, '');
  const quote = body.startsWith('"""') || body.startsWith("'''") ? body.slice(0, 3) : body.slice(0, 1);
  return body.length >= quote.length * 2 && body.endsWith(quote);
}

/** The enclosing function at an offset and what was assigned before it. */
export function scopeAt(source: string, offset: number): PythonScope {
  const tree = parsePython(source);
  const fn = enclosingFunction(tree, source, offset);
  const assignments = new Map<string, { from: number; to: number }>();
  const line = lineStartOf(source, offset);
  const bind = (block: SyntaxNode) => {
    for (const found of blockAssignments(block, source)) {
      if (found.statementFrom >= line) break;
      assignments.set(found.name, { from: found.from, to: found.to });
    }
  };
  bind(tree.topNode);
  if (fn === undefined) return { assignments };
  const body = fn.getChild('Body');
  // The function's own assignments shadow the module's, so they are read last.
  if (body !== null) bind(body);
  const name = fn.getChild('VariableName');
  return {
    function: {
      name: name === null ? '' : source.slice(name.from, name.to),
      params: readParamNames(fn.getChild('ParamList'), source),
    },
    assignments,
  };
}

/** A block's assignments in source order, read once per source text. */
function blockAssignments(block: SyntaxNode, source: string): Assignment[] {
  const cache = cacheFor(source).assignments;
  let found = cache.get(block.from);
  if (found === undefined) {
    found = [];
    collectAssignments(block, source, found);
    cache.set(block.from, found);
  }
  return found;
}

function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The innermost `def` whose body holds the offset. The tree ends a function before trailing blank
 * lines, so on an indented line after it the nearest less-indented `def` above is taken instead.
 */
function enclosingFunction(tree: Tree, source: string, offset: number): SyntaxNode | undefined {
  for (let node: SyntaxNode | null = tree.resolveInner(offset, -1); node; node = node.parent) {
    if (node.name === 'FunctionDefinition') {
      const params = node.getChild('ParamList');
      if (params !== null && offset >= params.to) return node;
    }
  }
  const lineStart = lineStartOf(source, offset);
  const indent = /^[ \t]*/.exec(source.slice(lineStart, offset))?.[0].length ?? 0;
  if (indent === 0) return undefined;
  let found: SyntaxNode | undefined;
  tree.topNode.cursor().iterate((ref) => {
    if (ref.from >= lineStart) return false;
    if (ref.name === 'FunctionDefinition') {
      const defIndent = ref.from - lineStartOf(source, ref.from);
      if (defIndent < indent) found = ref.node;
    }
    return undefined;
  });
  return found;
}

/** Simple assignments (`name = value`) in a block, in order, outside nested scopes. */
function collectAssignments(block: SyntaxNode, source: string, into: Assignment[]): void {
  for (let child = block.firstChild; child !== null; child = child.nextSibling) {
    if (child.name === 'FunctionDefinition' || child.name === 'ClassDefinition') continue;
    if (child.name === 'DecoratedStatement') continue;
    if (child.name === 'AssignStatement') {
      readAssignment(child, source, into);
      continue;
    }
    // Assignments inside if/for/while/try/with blocks bind names in the same scope.
    if (child.firstChild !== null && /Statement$|^Body$/.test(child.name))
      collectAssignments(child, source, into);
  }
}

function readAssignment(node: SyntaxNode, source: string, into: Assignment[]) {
  const targets: string[] = [];
  let value: SyntaxNode | null = null;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.name === 'AssignOp') continue;
    if (child.nextSibling?.name === 'AssignOp') {
      // `a = b = value`: every name before an `=` is a target; a tuple target binds nothing we track.
      if (child.name === 'VariableName') targets.push(source.slice(child.from, child.to));
    } else {
      value = child;
    }
  }
  if (value === null) return;
  for (const name of targets) into.push({ statementFrom: node.from, name, from: value.from, to: value.to });
}

/** Parameter names in order; default values and annotations are skipped. */
function readParamNames(list: SyntaxNode | null, source: string): string[] {
  const names: string[] = [];
  if (list === null) return names;
  let expectName = true;
  for (let child = list.firstChild; child !== null; child = child.nextSibling) {
    if (child.name === '(' || child.name === ',') expectName = true;
    else if (child.name === 'VariableName' && expectName) {
      names.push(source.slice(child.from, child.to));
      expectName = false;
    } else if (child.name !== '*' && child.name !== '**') expectName = false;
  }
  return names;
}
