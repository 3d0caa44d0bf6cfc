import { type Chain, readChainBefore } from './expression-chain.js';
import type { CodeIntelInput } from './intellisense.types.js';
import { type PythonScope, scopeAt } from './python-scope.js';
import { lineStartAt } from './source-position.js';
import { membersOf } from './symbol-members.js';
import type { SymbolEnv, SymbolMember, SymbolType } from './symbol-types.js';

/** What resolving needs: the symbol environment plus the source and the handler's function name. */
export interface ResolveEnv extends SymbolEnv {
  source: string;
  /** The inner handler's function name (`handleOrderApproval`), undefined for a global handler. */
  handlerName: string | undefined;
}

// Assignments may refer to other assignments (`r = eventOutData.row`, `row = r`); a cycle must end.
const MAX_DEPTH = 6;

/** The inner handler's function name of an element, or undefined when it calls a service. */
export function handlerNameOf(env: SymbolEnv): string | undefined {
  const { func, funcType } = env.element;
  return funcType === 'inner' && func.startsWith('inner.') ? func.slice('inner.'.length) : undefined;
}

/** The resolving environment of an editor request. */
export function resolveEnvOf(input: Omit<CodeIntelInput, 'line' | 'column' | 'elementNames'>): ResolveEnv {
  const env = { element: input.element, model: input.model, context: input.context };
  return { ...env, source: input.source, handlerName: handlerNameOf(env) };
}

// Names mean the same on every column of a line; a marker pass asks about the same few names on
// every line, so answers are kept per environment (one request) and line.
const nameMemo = new WeakMap<ResolveEnv, Map<string, SymbolType | undefined>>();

/** The type of a name at an offset: a handler parameter, an assignment before it, or a platform global. */
export function resolveName(name: string, at: number, env: ResolveEnv, depth = 0): SymbolType | undefined {
  let memo = nameMemo.get(env);
  if (memo === undefined) {
    memo = new Map();
    nameMemo.set(env, memo);
  }
  const key = `${name}@${lineStartAt(env.source, at)}`;
  if (memo.has(key)) return memo.get(key);
  const type = resolveNameUncached(name, at, env, depth);
  memo.set(key, type);
  return type;
}

function resolveNameUncached(
  name: string,
  at: number,
  env: ResolveEnv,
  depth: number,
): SymbolType | undefined {
  const scope = scopeAt(env.source, at);
  const assigned = scope.assignments.get(name);
  if (assigned !== undefined && depth < MAX_DEPTH) {
    const chain = readChainBefore(env.source, assigned.to, assigned.from);
    if (chain !== undefined && chain.from === assigned.from) {
      const type = resolveChain(chain, assigned.from, env, depth + 1);
      if (type !== undefined) return type;
    }
  }
  const param = paramType(scope, name, env);
  if (param !== undefined) return param;
  return conventionalType(name, env);
}

function paramType(scope: PythonScope, name: string, env: ResolveEnv): SymbolType | undefined {
  const fn = scope.function;
  if (fn === undefined) return undefined;
  // The handler's first parameter is the event data whatever the author called it.
  if (fn.name === env.handlerName && fn.params[0] === name) return { kind: 'eventOutData' };
  return undefined;
}

/**
 * Names handlers conventionally use for platform objects: the globals (`app`, `HandleTypeEnum`),
 * the imported logger, and `eventOutData` / `row` as the sample apps' helpers name their parameters.
 */
function conventionalType(name: string, env: ResolveEnv): SymbolType | undefined {
  switch (name) {
    case 'eventOutData':
      return { kind: 'eventOutData' };
    case 'row':
      return { kind: 'row', model: env.model };
    case 'log':
    case 'logger':
      return { kind: 'log' };
    case 'HandleTypeEnum':
      return { kind: 'handleTypeEnum' };
    case 'app':
      return { kind: 'app' };
    default:
      return undefined;
  }
}

/** The type a chain such as `eventOutData.row.orderNo` evaluates to, or undefined when unknown. */
export function resolveChain(chain: Chain, at: number, env: ResolveEnv, depth = 0): SymbolType | undefined {
  let current: SymbolType | undefined;
  let pending: SymbolMember | undefined;
  for (const segment of chain.segments) {
    if (segment.kind === 'name') {
      current = resolveName(segment.name, at, env, depth);
    } else if (segment.kind === 'attr') {
      const member = current === undefined ? undefined : findMember(current, segment.name, env);
      if (member === undefined) return undefined;
      current = member.type;
      pending = member.returns === undefined ? undefined : member;
    } else {
      if (pending?.returns === undefined) return undefined;
      current = pending.returns(segment.args);
      pending = undefined;
    }
    if (current === undefined && pending === undefined) return undefined;
  }
  return current;
}

/** A symbol's member by name. */
export function findMember(type: SymbolType, name: string, env: SymbolEnv): SymbolMember | undefined {
  return membersOf(type, env).find((member) => member.name === name);
}
