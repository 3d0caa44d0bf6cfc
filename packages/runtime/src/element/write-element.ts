import { APPROVAL_EVENT_TYPE } from './approval-event.types.js';
import { draftOf, type ElementDraft } from './element-draft.js';
import {
  insertProperty,
  keysOf,
  propertiesNamed,
  removeProperty,
  replaceValue,
  rootObject,
  styleOf,
  valueText,
} from './json-edit.js';
import { readJson } from './json-text.js';
import { normaliseElement } from './parse-element.js';
import { isJsonObject, spellFuncType } from './spelling.js';

/** e.json keys in the order the spec's examples write them; inserted keys take their place in it. */
const KEY_ORDER = [
  'title',
  'type',
  'backendBundleEntry',
  'model',
  'operate',
  'triggerNode',
  'handleType',
  'handleNode',
  'func',
  'funcType',
  'enable',
] as const;

type ManagedKey =
  | 'title'
  | 'model'
  | 'operate'
  | 'triggerNode'
  | 'handleType'
  | 'handleNode'
  | 'func'
  | 'funcType'
  | 'enable';

const MANAGED: readonly ManagedKey[] = [
  'title',
  'model',
  'operate',
  'triggerNode',
  'handleType',
  'handleNode',
  'func',
  'funcType',
  'enable',
];

/**
 * What a draft writes for each key; undefined means the key does not belong in the file.
 * triggerNode belongs to NodeChange only, handleType and handleNode to NodeHandled only; func is
 * absent for newer Inner handlers; enable exists only in the newer spelling (seed cannot say 0).
 */
function desiredValues(draft: ElementDraft): Record<ManagedKey, unknown> {
  const newerInner = draft.spelling === 'newer' && draft.funcType === 'inner';
  return {
    title: draft.title,
    model: draft.model,
    operate: draft.operate,
    triggerNode: draft.operate === 'NodeChange' ? draft.triggerNode : undefined,
    handleType: draft.operate === 'NodeHandled' ? draft.handleType : undefined,
    handleNode: draft.operate === 'NodeHandled' ? draft.handleNode : undefined,
    func: newerInner ? undefined : draft.func,
    funcType: spellFuncType(draft.funcType, draft.spelling),
    enable: draft.spelling === 'newer' ? draft.enable : undefined,
  };
}

/**
 * The e.json text for a draft. With an original text, only keys whose value the draft changes are
 * edited (key order, layout, line endings and unknown keys kept; an unchanged draft gives the
 * original back byte for byte); keys that no longer belong to the operate or spelling are removed;
 * added keys go where the spec's key order puts them. Without an original (or when it is not a
 * JSON object), a new file is written: seed key order, 4-space indentation, trailing newline.
 */
export function writeElement(originalText: string | undefined, edit: ElementDraft): string {
  const root = originalText === undefined ? undefined : rootObject(originalText);
  const config = root === undefined || originalText === undefined ? undefined : parseObject(originalText);
  if (originalText === undefined || root === undefined || config === undefined) return newElementText(edit);
  const before = desiredValues(draftOf(normaliseElement('', config)));
  const after = desiredValues(edit);
  let text = originalText;
  for (const key of MANAGED) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    text = setKey(text, key, after[key], config[key]);
  }
  return text;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  const read = readJson(text);
  return read.ok && isJsonObject(read.value) ? read.value : undefined;
}

/** Sets, replaces or removes one top-level key, re-reading the tree so offsets stay right. */
function setKey(text: string, key: ManagedKey, value: unknown, originalRaw: unknown): string {
  let next = text;
  if (value === undefined) {
    // Remove every occurrence: a repeated key would otherwise resurface.
    for (let root = rootObject(next); root !== undefined; root = rootObject(next)) {
      const found = propertiesNamed(root, key)[0];
      if (found === undefined) break;
      next = removeProperty(next, root, found);
    }
    return next;
  }
  // A single handle type written as a string stays a string.
  const written =
    key === 'handleType' && typeof originalRaw === 'string' && Array.isArray(value) && value.length === 1
      ? value[0]
      : value;
  const root = rootObject(next);
  if (root === undefined) return next;
  const existing = propertiesNamed(root, key);
  const last = existing[existing.length - 1];
  if (last !== undefined) return replaceValue(next, last, valueText(written, next, last.children?.[1]));
  return insertProperty(
    next,
    root,
    insertionIndex(keysOf(root), key),
    key,
    valueText(written),
    styleOf(next, root),
  );
}

/** After the nearest key that precedes this one in KEY_ORDER, else before the nearest that follows. */
function insertionIndex(keys: readonly string[], key: string): number {
  const order: readonly string[] = KEY_ORDER;
  const rank = order.indexOf(key);
  for (let r = rank - 1; r >= 0; r--) {
    const at = keys.lastIndexOf(order[r] ?? '');
    if (at >= 0) return at + 1;
  }
  for (let r = rank + 1; r < order.length; r++) {
    const at = keys.indexOf(order[r] ?? '');
    if (at >= 0) return at;
  }
  return keys.length;
}

/** A new e.json in the spec's layout: seed key order, 4 spaces, inline arrays, trailing newline. */
function newElementText(draft: ElementDraft): string {
  const values: Record<string, unknown> = {
    ...desiredValues(draft),
    type: APPROVAL_EVENT_TYPE,
    backendBundleEntry: '.',
  };
  const lines = KEY_ORDER.filter((key) => values[key] !== undefined).map(
    (key) => `    ${JSON.stringify(key)}: ${valueText(values[key])}`,
  );
  return `{\n${lines.join(',\n')}\n}\n`;
}
