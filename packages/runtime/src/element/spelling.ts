import type { FuncType, Spelling } from './approval-event.types.js';

/** A plain JSON object, as e.json holds at its top level. */
export type JsonObject = Record<string, unknown>;

/** True for a non-null, non-array object: the only shape an e.json may have at its top level. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Which spelling an e.json object is written in. The newer revision is recognised by what only it
 * writes: a capitalised `funcType` (`Inner`/`Global`), or, with no funcType at all, an `enable` key.
 * A lower-case funcType is the seed's, whatever else the file has: `enable` only switches firing
 * (issue #17: a seed event given `enable: 1` was read as newer and its handler looked for as customFunc).
 */
export function detectSpelling(config: JsonObject): Spelling {
  const funcType = config.funcType;
  if (funcType === 'Inner' || funcType === 'Global') return 'newer';
  if (funcType === 'inner' || funcType === 'global') return 'seed';
  if ('enable' in config) return 'newer';
  return 'seed';
}

/** How each spelling writes a function type in e.json. */
export function spellFuncType(funcType: FuncType, spelling: Spelling): string {
  if (spelling === 'seed') return funcType;
  return funcType === 'inner' ? 'Inner' : 'Global';
}

/** The funcType values a spelling accepts, as written. */
export function funcTypeValues(spelling: Spelling): [string, string] {
  return [spellFuncType('inner', spelling), spellFuncType('global', spelling)];
}

/** The name the newer spelling always gives an Inner handler. */
export const NEWER_INNER_HANDLER = 'customFunc';

/**
 * The function a newer-spelling Inner event calls, as `inner.<name>`: customFunc "or the configured
 * handler" (approval-events.md, newer revision), so a func naming an inner function is that function.
 */
export function newerInnerFunc(written: string): string {
  return written.startsWith('inner.') ? written : `inner.${NEWER_INNER_HANDLER}`;
}

const NODE_PREFIX = /^(after|before)\./;

/** A trigger node id without the newer spelling's `after.` / `before.` prefix. */
export function stripNodePrefix(node: string): string {
  return node.replace(NODE_PREFIX, '');
}

/**
 * A trigger node in its comparable form. The seed's plain id fires on reaching the node, which the
 * newer revision writes `before.<id>` ("before the node is reached"); `after.<id>` is a different
 * moment, after the node is approved (approval-events.md, newer revision; issue #17). So `node1` and
 * `before.node1` are the same trigger, `after.node1` is not.
 */
export function normaliseTriggerNode(node: string): string {
  return NODE_PREFIX.test(node) ? node : `before.${node}`;
}

/**
 * Handle-type names that mean the same action in the two vocabularies. Only transfer (seed) ≈
 * transmit (newer) is mapped: seed's `reject` is ambiguous between the newer `refuse` (reject and
 * end) and `reject` (send back), so it is compared by name only.
 */
const HANDLE_TYPE_SYNONYMS: Readonly<Record<string, string>> = { transfer: 'transmit' };

/** A handle-type name in its comparable form (`transfer` → `transmit`). */
export function canonicalHandleType(name: string): string {
  return HANDLE_TYPE_SYNONYMS[name] ?? name;
}

/** True when two handle-type names name the same action in either vocabulary. */
export function sameHandleType(a: string, b: string): boolean {
  return canonicalHandleType(a) === canonicalHandleType(b);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True for a Python identifier as the platform accepts it in folder and function names (ASCII). */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}
