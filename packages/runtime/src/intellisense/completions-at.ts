import { describeElementName } from './element-names.js';
import { identifierStart, readChainBefore } from './expression-chain.js';
import type { CodeIntelInput, CompletionItem } from './intellisense.types.js';
import { PLATFORM_MODULES } from './platform-symbols.js';
import { isInStringOrComment } from './python-scope.js';
import { resolveChain, resolveEnvOf } from './resolve-symbol.js';
import { scopeCompletions } from './scope-completions.js';
import { lineStartAt, offsetAt } from './source-position.js';
import { membersOf } from './symbol-members.js';
import type { SymbolMember } from './symbol-types.js';

/**
 * Suggestions at the cursor in inner.py: members after a dot (event data, the row's fields, log,
 * HandleTypeEnum, app and its elements), element names inside `app.getElement("`, module names in
 * imports, and names and snippets at the start of a statement.
 */
export function completionsAt(input: CodeIntelInput): CompletionItem[] {
  const { source } = input;
  const offset = offsetAt(source, input.line, input.column);
  const lineStart = lineStartAt(source, offset);
  const before = source.slice(lineStart, offset);

  const imports = importCompletions(before);
  if (imports !== undefined) return imports;
  const names = elementNameCompletions(input, offset, lineStart);
  if (names !== undefined) return names;
  if (isInStringOrComment(source, offset)) return [];

  const wordStart = identifierStart(source, offset, lineStart);
  if (source[wordStart - 1] === '.') {
    const chain = readChainBefore(source, wordStart - 1, lineStart);
    if (chain === undefined) return [];
    const env = resolveEnvOf(input);
    const type = resolveChain(chain, chain.from, env);
    return type === undefined ? [] : membersOf(type, env).map(memberItem);
  }
  return scopeCompletions(input, offset, wordStart);
}

/** A symbol member as a completion. */
export function memberItem(member: SymbolMember): CompletionItem {
  const item: CompletionItem = {
    label: member.name,
    kind: member.kind,
    detail: member.detail,
    documentation: member.documentation,
    insertText: member.insertText,
  };
  if (member.isSnippet === true) item.isSnippet = true;
  if (member.sortText !== undefined) item.sortText = member.sortText;
  if (member.retrigger === true) item.retrigger = true;
  return item;
}

const FROM_MODULE = /^\s*(?:from|import)\s+([A-Za-z0-9_.]*)$/;
const FROM_IMPORT =
  /^\s*from\s+([A-Za-z0-9_.]+)\s+import\s+(?:\(?\s*(?:[A-Za-z0-9_]+\s*,\s*)*)([A-Za-z0-9_]*)$/;

/** Module paths after `from`/`import`, and a module's names after `from m import`. */
function importCompletions(before: string): CompletionItem[] | undefined {
  const names = FROM_IMPORT.exec(before);
  if (names !== null) {
    const module = PLATFORM_MODULES[names[1] ?? ''];
    if (module === undefined) return undefined;
    return module.exports.map((name) => ({
      label: name,
      kind: name === 'HandleTypeEnum' ? 'property' : 'value',
      detail: `${names[1]}.${name}`,
      insertText: name,
    }));
  }
  const path = FROM_MODULE.exec(before);
  if (path === null) return undefined;
  const typed = path[1] ?? '';
  const parent = typed.includes('.') ? typed.slice(0, typed.lastIndexOf('.')) : '';
  return Object.entries(PLATFORM_MODULES)
    .filter(([name]) =>
      parent === ''
        ? !name.includes('.')
        : name.startsWith(`${parent}.`) && !name.slice(parent.length + 1).includes('.'),
    )
    .map(([name, module]) => {
      const last = name.slice(name.lastIndexOf('.') + 1);
      return { label: last, kind: 'module', detail: name, documentation: module.doc, insertText: last };
    });
}

const GET_ELEMENT_OPEN = /\bgetElement\(\s*(["'])([A-Za-z0-9_.]*)$/;

/** The app's element full names inside `app.getElement("…`, replacing the whole dotted name. */
function elementNameCompletions(
  input: CodeIntelInput,
  offset: number,
  lineStart: number,
): CompletionItem[] | undefined {
  const { source } = input;
  const match = GET_ELEMENT_OPEN.exec(source.slice(lineStart, offset));
  if (match === null) return undefined;
  const typedFrom = offset - (match[2] ?? '').length;
  if (isInStringOrComment(source, typedFrom - 1)) return undefined;
  let end = offset;
  while (end < source.length && /[A-Za-z0-9_.]/.test(source[end] ?? '')) end++;
  const replace = { startColumn: typedFrom - lineStart + 1, endColumn: end - lineStart + 1 };
  const own = [input.element.model, input.element.fullName];
  return [...new Set(input.elementNames)].map((name) => {
    const described = describeElementName(name, input.context);
    return {
      label: name,
      kind: 'value',
      detail: described.detail,
      documentation: described.documentation,
      insertText: name,
      // The event's own model and the event itself are what handlers fetch most.
      sortText: `${own.includes(name) ? 0 : 1}${name}`,
      replace,
    };
  });
}
