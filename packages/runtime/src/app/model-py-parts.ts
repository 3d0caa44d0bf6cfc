import type { ModelField } from './app-context.types.js';
import type { PyLiteral, UNREADABLE } from './python-literal.js';
import type { PyNode } from './python-syntax.js';
import { textOf } from './python-syntax.js';

/**
 * Datatypes the platform documents. A call `anything.<one of these>(…)` is read as a field even
 * when the module alias was not imported in a way the reader follows.
 */
export const KNOWN_DATATYPES: ReadonlySet<string> = new Set([
  'Stext',
  'Ltext',
  'RichText',
  'Numeric',
  'Integer',
  'Money',
  'Percent',
  'AutoInt',
  'Serial',
  'Radio',
  'Dropdown',
  'MultiDropdown',
  'Checkbox',
  'Date',
  'Datetime',
  'Time',
  'Member',
  'MultiMember',
  'Dept',
  'MultiDept',
  'Phone',
  'Email',
  'Address',
  'File',
  'Image',
  'RelateData',
  'SubTable',
  'JitDict',
  'JitList',
  'IDCard',
  'LicensePlate',
  'Rate',
  'Location',
  'Link',
  'Signature',
  'Formula',
]);

/** The statement (a direct child of a block or of the module) that holds a node. */
export function enclosingStatement(node: PyNode): PyNode {
  let at = node;
  while (at.parent && at.parent.name !== 'Body' && at.parent.name !== 'Script') at = at.parent;
  return at;
}

/** True for a class-statement argument that is a base class (not `metaclass=…`). */
export function isBaseExpression(node: PyNode): boolean {
  if (node.name !== 'VariableName' && node.name !== 'MemberExpression') return false;
  // `metaclass=M`: the name before `=` is a keyword, not a base.
  return node.nextSibling?.name !== 'AssignOp';
}

/** A call's keyword arguments by name (`title="x"` → title ↦ the `"x"` node). */
export function keywordArgs(argList: PyNode | null, source: string): Map<string, PyNode> {
  const args = new Map<string, PyNode>();
  if (!argList) return args;
  for (let child = argList.firstChild; child; child = child.nextSibling) {
    const op = child.nextSibling;
    const value = op?.nextSibling;
    if (child.name === 'VariableName' && op?.name === 'AssignOp' && value) {
      args.set(textOf(child, source), value);
      child = value;
    }
  }
  return args;
}

/** Choices from a literal options list: strings and numbers, or each dict's value / name / label. */
export function optionsOf(value: PyLiteral | typeof UNREADABLE): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const choices: string[] = [];
  for (const item of value) {
    if (typeof item === 'string' || typeof item === 'number') choices.push(String(item));
    else if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const chosen = item.value ?? item.name ?? item.label;
      if (typeof chosen === 'string' || typeof chosen === 'number') choices.push(String(chosen));
    }
  }
  return choices.length > 0 ? choices : undefined;
}

/** CPython's parser limit for nested brackets. */
export const MAX_NESTING = 200;

/** The offset where brackets first nest deeper than Python allows, skipping strings and comments roughly. */
export function tooDeepAt(source: string): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (quote !== '') {
      if (c === '\\') i++;
      else if (source.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = '';
      }
    } else if (c === '#') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (c === '"' || c === "'") {
      quote = source.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
    } else if (c === '(' || c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** A class's fields in declaration order, with an index by name: a redeclaration replaces in place. */
export class ClassFields {
  readonly list: ModelField[] = [];
  private readonly at = new Map<string, number>();
  /** Fields declared: the collected ones, and the new names met past the cap. */
  declared = 0;

  /** `cap`: how many fields are collected; past it only new names are counted. */
  constructor(private readonly cap: number) {}

  has(name: string): boolean {
    return this.at.has(name);
  }

  get full(): boolean {
    return this.list.length >= this.cap;
  }

  /** Adds a field, or replaces the one of that name; false when it replaced one. */
  put(field: ModelField): boolean {
    const known = this.at.get(field.name);
    if (known !== undefined) {
      this.list[known] = field;
      return false;
    }
    this.at.set(field.name, this.list.length);
    this.list.push(field);
    this.declared++;
    return true;
  }
}
