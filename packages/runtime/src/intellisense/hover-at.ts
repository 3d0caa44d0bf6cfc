import { handlerArguments } from '../element/handler-signature.js';
import { symbolDoc } from './describe-symbol.js';
import { describeElementName } from './element-names.js';
import { readChainBefore } from './expression-chain.js';
import type { CodeIntelInput, HoverInfo } from './intellisense.types.js';
import { markdownCode, markdownCodeBlock, markdownText, plainText } from './markdown-text.js';
import { isInStringOrComment, scopeAt } from './python-scope.js';
import { findMember, type ResolveEnv, resolveChain, resolveEnvOf, resolveName } from './resolve-symbol.js';
import { lineStartAt, offsetAt, rangeOf, wordAround } from './source-position.js';

const PARAM_DOCS: Readonly<Record<string, string>> = {
  triggerNode: 'The id of the node the workflow reached (bare, without `after.`/`before.`).',
  handleType: 'The action the approver took, a `HandleTypeEnum` member (equal to its plain string).',
  nodeId: 'The id of the node that was handled.',
  nodeTitle: 'The title of the node that was handled.',
};

/**
 * Markdown documentation for what is under the cursor: a platform object, a member (a row field
 * shows its title and type), the handler's def and parameters, or an element name in
 * `app.getElement("…")`.
 */
export function hoverAt(input: CodeIntelInput): HoverInfo | undefined {
  const { source } = input;
  const offset = offsetAt(source, input.line, input.column);
  const elementHover = elementNameHover(input, offset);
  if (elementHover !== undefined) return elementHover;
  const word = wordAround(source, offset);
  if (word === undefined || isInStringOrComment(source, word.from + 1)) return undefined;
  const range = rangeOf(source, word.from, word.to);
  const env = resolveEnvOf(input);
  const name = source.slice(word.from, word.to);

  if (/\bdef\s+$/.test(source.slice(lineStartAt(source, word.from), word.from))) {
    return name === env.handlerName ? { contents: handlerDoc(env), range } : undefined;
  }
  const chain = readChainBefore(source, word.to, lineStartAt(source, word.from));
  if (chain === undefined) return undefined;
  const last = chain.segments[chain.segments.length - 1];
  if (chain.segments.length === 1) {
    const param = paramDoc(name, word.from, env);
    if (param !== undefined) return { contents: param, range };
    const type = resolveName(name, word.from, env);
    return type === undefined ? undefined : { contents: symbolDoc(name, type, env), range };
  }
  if (last?.kind !== 'attr') return undefined;
  const parent = resolveChain({ from: chain.from, segments: chain.segments.slice(0, -1) }, chain.from, env);
  const member = parent === undefined ? undefined : findMember(parent, last.name, env);
  if (member === undefined) return undefined;
  const header = member.documentation.startsWith('```')
    ? ''
    : `${markdownCodeBlock(`${plainText(member.name)}: ${member.detail}`)}\n\n`;
  return { contents: `${header}${member.documentation}`, range };
}

function handlerDoc(env: ResolveEnv): string {
  const { element } = env;
  const args = handlerArguments(element.operate, element.spelling);
  return [
    markdownCodeBlock(`def ${plainText(env.handlerName ?? '')}(${args.join(', ')})`),
    `The handler of ${markdownCode(element.fullName)} (${markdownCode(element.func)}): the platform calls it on ${markdownCode(element.operate)} with \`(${args.join(', ')})\`.`,
    'It runs inside the approval action: raising an exception aborts the action and shows its message to the user.',
  ].join('\n\n');
}

/** The handler's extra parameters (seed spelling) are plain values: say what each one is. */
function paramDoc(name: string, at: number, env: ResolveEnv): string | undefined {
  const fn = scopeAt(env.source, at).function;
  if (fn === undefined || fn.name !== env.handlerName) return undefined;
  const index = fn.params.indexOf(name);
  if (index < 1) return undefined;
  const expected = handlerArguments(env.element.operate, env.element.spelling)[index];
  if (expected === undefined) return undefined;
  return `${markdownCodeBlock(`${name}  # ${expected}`)}\n\n${PARAM_DOCS[expected] ?? ''} Argument ${index + 1} of a ${markdownText(env.element.operate)} handler.`;
}

const GET_ELEMENT_STRING = /\bgetElement\(\s*(["'])([A-Za-z0-9_.]*)\1?/g;

function elementNameHover(input: CodeIntelInput, offset: number): HoverInfo | undefined {
  const { source } = input;
  const lineStart = lineStartAt(source, offset);
  const lineEnd = source.indexOf('\n', offset) < 0 ? source.length : source.indexOf('\n', offset);
  const line = source.slice(lineStart, lineEnd);
  for (const match of line.matchAll(GET_ELEMENT_STRING)) {
    const name = match[2] ?? '';
    const from = lineStart + (match.index ?? 0) + match[0].indexOf(name, match[0].indexOf(match[1] ?? '"'));
    if (name === '' || offset < from || offset > from + name.length) continue;
    if (isInStringOrComment(source, from - 1)) return undefined;
    const known = input.elementNames.includes(name);
    const text = known
      ? describeElementName(name, input.context).documentation
      : `**${markdownText(name)}** is not an element of this app.`;
    return { contents: text, range: rangeOf(source, from, from + name.length) };
  }
  return undefined;
}
