import type { Spelling } from './approval-event.types.js';
import { draftOf, type ElementDraft } from './element-draft.js';
import { handlerArguments } from './handler-signature.js';
import { parseElement } from './parse-element.js';
import { analysePython, type PythonFunction } from './python-analysis.js';
import { canonicalHandleType, NEWER_INNER_HANDLER, stripNodePrefix } from './spelling.js';
import { writeElement } from './write-element.js';

/** An element's two text files. */
export interface ElementFiles {
  eJson: string;
  innerPy?: string;
}

/**
 * Rewrites an element in the other spelling, e.json and inner.py together. e.json: funcType's case,
 * func (dropped for newer Inner handlers, `inner.customFunc` for seed), enable (newer only), bare
 * trigger nodes ⇄ `before.<id>` (a plain id fires on reaching the node; `after.` ids have no seed form and
 * are kept), transfer ⇄ transmit.
 * inner.py, for inner handlers: to newer, the handler def is renamed customFunc and its extra
 * positional parameters are removed and re-bound at the top of its body from eventOutData
 * (`triggerNode = eventOutData.triggerNode.value`); to seed, the name stays customFunc and
 * missing positional parameters for the operate's extras are appended so the seed call fits.
 * Anything unreadable (bad JSON, no such def) is returned untouched rather than guessed at.
 */
export function convertSpelling(files: ElementFiles, to: Spelling): ElementFiles {
  const { element } = parseElement('element', files.eJson);
  if (element === undefined || element.spelling === to) return files;
  const from = draftOf(element);
  const draft: ElementDraft = {
    ...from,
    spelling: to,
    triggerNode: from.triggerNode.map((node) => convertNode(node, to)),
    handleType: from.handleType.map((type) => convertHandleType(type, to)),
  };
  if (to === 'newer' && draft.funcType === 'inner') draft.func = `inner.${NEWER_INNER_HANDLER}`;
  const eJson = writeElement(files.eJson, draft);
  if (files.innerPy === undefined || element.funcType !== 'inner') return { ...files, eJson };
  const handler = element.func.slice('inner.'.length);
  const innerPy =
    to === 'newer'
      ? toNewerHandler(files.innerPy, handler, element.operate)
      : toSeedHandler(files.innerPy, handler, element.operate);
  return { eJson, innerPy };
}

function convertNode(node: string, to: Spelling): string {
  // A plain id fires on reaching the node: the newer revision's `before.<id>` (spelling.ts).
  if (to === 'newer') return /^(after|before)\./.test(node) ? node : `before.${node}`;
  return node.startsWith('before.') ? stripNodePrefix(node) : node;
}

function convertHandleType(type: string, to: Spelling): string {
  if (to === 'newer') return canonicalHandleType(type);
  return type === 'transmit' ? 'transfer' : type;
}

function findHandler(source: string, name: string): PythonFunction | undefined {
  return analysePython(source, 'inner.py').functions.find((f) => f.name === name);
}

/** Seed handler → customFunc(eventOutData), its extras read from eventOutData instead. */
function toNewerHandler(source: string, name: string, operate: string): string {
  const fn = findHandler(source, name);
  if (fn === undefined) return source;
  const seedArgs = handlerArguments(operate, 'seed');
  const positional = fn.params.flatMap((p, i) => (p.kind === 'positional' ? [i] : []));
  const first = fn.params[positional[0] ?? -1];
  // Extras the seed call filled positionally; later positional params keep their defaults.
  const moved = positional.slice(1, seedArgs.length);
  let params = '';
  let prologue = '';
  const insert = fn.span.bodyInsert;
  if (first !== undefined && moved.length > 0 && insert !== undefined) {
    const kept = fn.params.map((_, i) => i).filter((i) => !moved.includes(i));
    params = `(${kept.map((i) => sliceRange(source, fn, i)).join(', ')})`;
    const eol = source.includes('\r\n') ? '\r\n' : '\n';
    prologue = moved
      .map((i, n) => `${insert.indent}${fn.params[i]?.name} = ${first.name}.${seedArgs[n + 1]}.value${eol}`)
      .join('');
  }
  // Edits from the end of the text backwards, so earlier offsets stay valid.
  let out = source;
  if (prologue !== '' && insert !== undefined)
    out = out.slice(0, insert.offset) + prologue + out.slice(insert.offset);
  if (params !== '') out = out.slice(0, fn.span.paramsFrom) + params + out.slice(fn.span.paramsTo);
  return out.slice(0, fn.span.nameFrom) + NEWER_INNER_HANDLER + out.slice(fn.span.nameTo);
}

/** Newer handler → the same def, with the positional parameters a seed call passes appended. */
function toSeedHandler(source: string, name: string, operate: string): string {
  const fn = findHandler(source, name);
  if (fn === undefined) return source;
  const seedArgs = handlerArguments(operate, 'seed');
  const positional = fn.params.filter((p) => p.kind === 'positional');
  if (fn.params.some((p) => p.kind === 'varargs') || positional.length >= seedArgs.length) return source;
  const taken = new Set(fn.params.map((p) => p.name));
  const defaulted = positional.some((p) => p.hasDefault);
  const added = seedArgs
    .slice(positional.length)
    .map((arg) => (taken.has(arg) ? `${arg}_` : arg))
    .map((arg) => (defaulted ? `${arg}=None` : arg));
  const texts = fn.params.map((_, i) => sliceRange(source, fn, i));
  const lastPositional = fn.params.reduce((at, p, i) => (p.kind === 'positional' ? i : at), -1);
  const keywordAt = fn.params.findIndex((p) => p.kind === 'keyword');
  // Keyword-only parameters without *args were introduced by a bare `*`, which must stay before them.
  const tail = texts.slice(lastPositional + 1);
  if (keywordAt >= 0) tail.splice(keywordAt - lastPositional - 1, 0, '*');
  const list = [...texts.slice(0, lastPositional + 1), ...added, ...tail];
  return `${source.slice(0, fn.span.paramsFrom)}(${list.join(', ')})${source.slice(fn.span.paramsTo)}`;
}

function sliceRange(source: string, fn: PythonFunction, index: number): string {
  const range = fn.span.params[index];
  return range === undefined ? '' : source.slice(range.from, range.to);
}
