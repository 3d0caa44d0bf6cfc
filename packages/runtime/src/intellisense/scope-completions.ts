import { handlerArguments } from '../element/handler-signature.js';
import { analysePython } from '../element/python-analysis.js';
import { statusValues } from '../element/status-values.js';
import { symbolDoc, symbolLabel } from './describe-symbol.js';
import { handlerDefText, hasLogImport, LOG_IMPORT } from './handler-def.js';
import type { CodeIntelInput, CompletionItem } from './intellisense.types.js';
import { markdownCode, plainText } from './markdown-text.js';
import { GLOBAL_DOCS, handleTypeMembers } from './platform-symbols.js';
import { scopeAt } from './python-scope.js';
import { type ResolveEnv, resolveEnvOf, resolveName } from './resolve-symbol.js';
import { lineStartAt } from './source-position.js';
import { escapeSnippet } from './symbol-types.js';

/**
 * Suggestions where no dot precedes the cursor: the names in scope with what they hold and, at the
 * start of a statement, snippets (the handler with its operate's signature at module level; the
 * usual first lines inside a function).
 */
export function scopeCompletions(input: CodeIntelInput, offset: number, wordStart: number): CompletionItem[] {
  const env = resolveEnvOf(input);
  const scope = scopeAt(input.source, offset);
  const items = nameItems(input.source, offset, env, [
    ...(scope.function?.params ?? []),
    ...scope.assignments.keys(),
  ]);
  const lineStart = lineStartAt(input.source, offset);
  if (input.source.slice(lineStart, wordStart).trim() !== '') return items;
  if (scope.function === undefined && wordStart === lineStart)
    return [...items, ...moduleSnippets(input, env)];
  if (scope.function !== undefined) return [...items, ...bodySnippets(input, offset, env)];
  return items;
}

function nameItems(source: string, offset: number, env: ResolveEnv, local: string[]): CompletionItem[] {
  const globals = ['app', 'HandleTypeEnum', ...(hasLogImport(source) ? ['log'] : [])];
  return [...new Set([...local, ...globals])].map((name, index) => {
    const type = resolveName(name, offset, env);
    const item: CompletionItem = {
      label: name,
      kind: 'value',
      insertText: name,
      sortText: `${local.includes(name) ? 0 : 1}${String(index).padStart(3, '0')}`,
    };
    if (type !== undefined) {
      item.detail = symbolLabel(type, env);
      item.documentation = symbolDoc(name, type, env);
    } else if (GLOBAL_DOCS[name] !== undefined) {
      item.detail = GLOBAL_DOCS[name].detail;
    }
    return item;
  });
}

function snippet(label: string, detail: string, insertText: string, documentation?: string): CompletionItem {
  const item: CompletionItem = {
    label,
    kind: 'snippet',
    detail,
    insertText,
    isSnippet: true,
    sortText: `9${label}`,
  };
  if (documentation !== undefined) item.documentation = documentation;
  return item;
}

/** A snippet placeholder `${n:text}`. */
function tabstop(index: number, text: string): string {
  return `\${${index}:${text}}`;
}

function moduleSnippets(input: CodeIntelInput, env: ResolveEnv): CompletionItem[] {
  const items: CompletionItem[] = [];
  const { element, source } = input;
  const name = env.handlerName;
  const defined = analysePython(source, `${element.folder}/inner.py`).functions.some(
    (fn) => fn.name === name,
  );
  if (name !== undefined && !defined) {
    const args = handlerArguments(element.operate, element.spelling);
    items.push(
      snippet(
        `def ${name}(${args.join(', ')})`,
        `handler for ${plainText(element.operate) || 'the event'} (${element.spelling} spelling)`,
        `${escapeSnippet(handlerDefText(element, name).trimEnd())}\n$0`,
        `The function ${markdownCode(element.func)} names, with the arguments the platform passes for ${markdownCode(element.operate)}: \`(${args.join(', ')})\`.`,
      ),
    );
  }
  items.push(
    snippet(
      'def helper(row)',
      'a helper taking the row',
      `def ${tabstop(1, 'processRow')}(row):\n    """${tabstop(2, 'What it does.')}"""\n    $0`,
    ),
  );
  if (!hasLogImport(source))
    items.push(snippet(LOG_IMPORT, 'import the platform logger', `${LOG_IMPORT}\n$0`));
  return items;
}

function bodySnippets(input: CodeIntelInput, offset: number, env: ResolveEnv): CompletionItem[] {
  const { element, source } = input;
  const scope = scopeAt(source, offset);
  const params = scope.function?.params ?? [];
  const isHandler = scope.function?.name === env.handlerName;
  const eventData = isHandler && params[0] !== undefined ? params[0] : 'eventOutData';
  const items: CompletionItem[] = [];
  if (resolveName(eventData, offset, env)?.kind === 'eventOutData') {
    if (!scope.assignments.has('row') && !params.includes('row')) {
      items.push(snippet(`row = ${eventData}.row`, 'the approval row', `row = ${eventData}.row\n$0`));
    }
    const hasStatus = scope.assignments.has('status');
    if (!hasStatus) {
      items.push(
        snippet(
          `status = ${eventData}.status.value`,
          'the approval status',
          `status = ${eventData}.status.value\n$0`,
        ),
      );
    }
    const choices = statusValues(element.spelling).join(',');
    const subject = hasStatus ? 'status' : `${eventData}.status.value`;
    items.push(
      snippet(
        `if ${subject} == …`,
        'branch on the approval status',
        `if ${subject} == "\${1|${choices}|}":\n    $0`,
      ),
    );
    const action = handleTypeSubject(element.operate, element.spelling, isHandler ? params : [], eventData);
    if (action !== undefined) {
      const members = handleTypeMembers(element.spelling)
        .filter((member) => member.sortText?.startsWith('0'))
        .map((member) => member.name)
        .join(',');
      items.push(
        snippet(
          `if ${action} == HandleTypeEnum.…`,
          'branch on the action taken',
          `if ${action} == HandleTypeEnum.\${1|${members}|}:\n    $0`,
        ),
      );
    }
  }
  items.push(
    snippet(
      'raise (veto the approval)',
      'abort the approval action',
      `raise ValueError("${tabstop(1, 'why the approval cannot go ahead')}")`,
      'An exception raised by the handler aborts the approval action, and its message is shown to the user.',
    ),
  );
  return items;
}

/** What a NodeHandled handler compares with HandleTypeEnum: its argument (seed) or eventOutData's (newer). */
function handleTypeSubject(operate: string, spelling: string, params: string[], eventData: string) {
  if (operate !== 'NodeHandled') return undefined;
  if (spelling === 'newer') return `${eventData}.handleType.value`;
  const index = handlerArguments(operate, 'seed').indexOf('handleType');
  return params[index] ?? 'handleType';
}
