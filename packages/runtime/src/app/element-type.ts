import { type AppTree, readText } from './app-tree.js';
import { isJsonObject, readJsonValue } from './json-document.js';

/** The `type` an element's e.json declares (`models.NormalType`), or undefined when unreadable. */
export function elementTypeOf(tree: AppTree, folder: string): string | undefined {
  const text = readText(tree, `${folder}/e.json`);
  if (text === undefined) return undefined;
  const read = readJsonValue(text);
  if (!read.ok || !isJsonObject(read.value)) return undefined;
  const type = read.value.type;
  return typeof type === 'string' ? type : undefined;
}

/** The context kinds an element can be, decided by its e.json `type`, never by its folder. */
export type ContextKind = 'model' | 'workflow' | 'service';

const PREFIXES: readonly [string, ContextKind][] = [
  ['models.', 'model'],
  ['workflows.', 'workflow'],
  ['services.', 'service'],
];

/**
 * Which context kind an element type is: `models.NormalType` → model. Type elements themselves
 * (`models.Meta`, the Meta a Type element declares) are not instances and count as nothing.
 */
export function contextKindOfType(type: string | undefined): ContextKind | undefined {
  if (type === undefined || type.endsWith('.Meta')) return undefined;
  return PREFIXES.find(([prefix]) => type.startsWith(prefix) && type.length > prefix.length)?.[1];
}
