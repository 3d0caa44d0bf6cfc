// The members of each datatypes field object, read from the shim's own source
// (python/_event_studio/field_types/*.py), so the editor offers exactly what a run has: one source.
// embed-python.ts writes the table to intellisense/field-members.generated.ts; field-members.test.ts
// checks it against the source and against the live sandbox. The shim is our own regular Python
// (classes, `def`s with a docstring, `@property`, `x = param("x")`, `y = needs_platform("y", why)`),
// so a line reader is enough; it is not a Python parser.

/** One member of a field object as the editor shows it. */
export interface FieldMember {
  name: string;
  kind: 'method' | 'property';
  /** For methods, the parameters after self as written: `(value)`, `(rangeList)`, `()`. */
  params?: string;
  /** The docstring's text (first paragraph), or what a declared parameter or a platform-only function is. */
  doc: string;
}

/** Field type name (`Money`) → its members, inherited ones included, by name. */
export type FieldMembersTable = Record<string, FieldMember[]>;

interface ClassInfo {
  bases: string[];
  members: Map<string, FieldMember>;
}

const FIELD_TYPES_DIR = '_event_studio/field_types/';
const CLASS = /^class (\w+)(?:\(([\w, ]*)\))?:/;
const DEF = /^ {4}def (\w+)\(self(?:, )?(.*)\):/;
const PARAM = /^ {4}(\w+) = param\("(\w+)"\)/;
const PROPERTY = /^ {4}(\w+) = property\(.*doc="([^"]*)"\)/;
const PLATFORM_PROPERTY = /^ {4}(\w+) = property\(needs_platform\("\w+", (?:"([^"]*)"|(\w+))\)\)/;
/** `x = _link_part("x")`-style: a module helper that makes a property (its doc is the helper's). */
const HELPER_PROPERTY = /^ {4}(\w+) = (_\w+)\("\w+"\)$/;
const PLATFORM = /^ {4}(\w+) = needs_platform\("(\w+)", (?:"([^"]*)"|(\w+))\)/;
const STRING_CONSTANT = /^(_\w+) = "([^"]*)"$/;
const TYPE_ENTRY = /"(\w+)": (\w+)/g;

/** The docstring that starts at `lines[at]` (a `"""` line), as one line of text; '' when there is none. */
function docstringAt(lines: readonly string[], at: number): string {
  const first = lines[at]?.trim() ?? '';
  if (!first.startsWith('"""')) return '';
  const parts: string[] = [];
  for (let i = at; i < lines.length && i < at + 12; i++) {
    const text = (i === at ? first.slice(3) : (lines[i] ?? '').trim()).replace(/"""$/, '');
    if (text === '' && parts.length > 0) break;
    parts.push(text);
    if ((lines[i] ?? '').trim().endsWith('"""') && (i > at || first.length > 3)) break;
  }
  return parts.join(' ').trim();
}

function isPublic(name: string): boolean {
  return !name.startsWith('_') && name[0] === name[0]?.toLowerCase();
}

/** The classes of one field_types module and its `_CONSTANT = "…"` strings. */
function readModule(text: string, classes: Map<string, ClassInfo>, types: Map<string, string>): void {
  const lines = text.split('\n');
  const constants = new Map<string, string>();
  const helpers = new Map<string, string>();
  let current: ClassInfo | undefined;
  let pendingProperty = false;
  let inTypes = false;
  lines.forEach((line, index) => {
    const constant = STRING_CONSTANT.exec(line);
    if (constant) constants.set(constant[1] ?? '', constant[2] ?? '');
    const helperDef = /^def (_\w+)\(/.exec(line);
    if (helperDef) helpers.set(helperDef[1] ?? '', docstringAt(lines, index + 1));
    if (line.startsWith('TYPES = {') || inTypes) {
      for (const entry of line.matchAll(TYPE_ENTRY)) types.set(entry[1] ?? '', entry[2] ?? '');
      inTypes = !line.trimEnd().endsWith('}');
      current = undefined;
      return;
    }
    const cls = CLASS.exec(line);
    if (cls) {
      current = {
        bases: (cls[2] ?? '')
          .split(',')
          .map((b) => b.trim())
          .filter(Boolean),
        members: new Map(),
      };
      classes.set(cls[1] ?? '', current);
      return;
    }
    // Anything else at the left margin ends the class.
    if (/^\S/.test(line)) current = undefined;
    if (current === undefined) return;
    if (line.trim() === '@property') {
      pendingProperty = true;
      return;
    }
    const def = DEF.exec(line);
    if (def) {
      const name = def[1] ?? '';
      const doc = docstringAt(lines, index + 1);
      if (isPublic(name))
        current.members.set(
          name,
          pendingProperty
            ? { name, kind: 'property', doc }
            : { name, kind: 'method', params: `(${def[2] ?? ''})`, doc },
        );
      pendingProperty = false;
      return;
    }
    const param = PARAM.exec(line);
    if (param && isPublic(param[1] ?? '')) {
      const name = param[1] ?? '';
      current.members.set(name, {
        name,
        kind: 'property',
        doc: `The declaration's ${param[2]} (read-only).`,
      });
      return;
    }
    const platformProperty = PLATFORM_PROPERTY.exec(line);
    if (platformProperty && isPublic(platformProperty[1] ?? '')) {
      const name = platformProperty[1] ?? '';
      const why =
        platformProperty[2] ?? constants.get(platformProperty[3] ?? '') ?? 'needs the live platform';
      const doc = `Needs the live JitAI platform (it ${why}): in the sandbox reading it raises NotInSandbox.`;
      current.members.set(name, { name, kind: 'property', doc });
      return;
    }
    const helper = HELPER_PROPERTY.exec(line);
    if (helper && isPublic(helper[1] ?? '')) {
      const name = helper[1] ?? '';
      current.members.set(name, { name, kind: 'property', doc: helpers.get(helper[2] ?? '') ?? '' });
      return;
    }
    const prop = PROPERTY.exec(line);
    if (prop && isPublic(prop[1] ?? '')) {
      const name = prop[1] ?? '';
      current.members.set(name, { name, kind: 'property', doc: prop[2] ?? '' });
      return;
    }
    const platform = PLATFORM.exec(line);
    if (platform && isPublic(platform[1] ?? '')) {
      const name = platform[1] ?? '';
      const why = platform[3] ?? constants.get(platform[4] ?? '') ?? 'needs the live platform';
      const doc = `Needs the live JitAI platform (it ${why}): in the sandbox it raises NotInSandbox.`;
      current.members.set(name, { name, kind: 'method', params: '(*args, **kwargs)', doc });
    }
  });
}

/** A class's members with its bases' (the class's own win), in the order Python's MRO would find them. */
function resolved(
  name: string,
  classes: Map<string, ClassInfo>,
  seen = new Set<string>(),
): Map<string, FieldMember> {
  const info = classes.get(name);
  if (info === undefined || seen.has(name)) return new Map();
  seen.add(name);
  const out = new Map<string, FieldMember>();
  for (const base of [...info.bases].reverse())
    for (const [k, v] of resolved(base, classes, seen)) out.set(k, v);
  for (const [k, v] of info.members) out.set(k, v);
  return out;
}

/** Names in code point order, as Python's sorted() lists them. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The field members table of the shim's sources (path under python/ → text). */
export function readFieldMembers(sources: Record<string, string>): FieldMembersTable {
  const classes = new Map<string, ClassInfo>();
  const types = new Map<string, string>();
  for (const [path, text] of Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))) {
    if (path.startsWith(FIELD_TYPES_DIR)) readModule(text, classes, types);
  }
  const table: FieldMembersTable = {};
  for (const [type, cls] of [...types].sort(([a], [b]) => a.localeCompare(b))) {
    table[type] = [...resolved(cls, classes).values()].sort((a, b) => byCodePoint(a.name, b.name));
  }
  return table;
}

/**
 * A FieldMembersTable stored once per distinct member: most members are inherited by many types,
 * so each type lists indexes into one array (the generated file stays small in the editor's chunk).
 */
export interface FieldMembersIndex {
  members: FieldMember[];
  types: Record<string, number[]>;
}

/** The table as an index of distinct members. */
export function indexFieldMembers(table: FieldMembersTable): FieldMembersIndex {
  const members: FieldMember[] = [];
  const at = new Map<string, number>();
  const types: Record<string, number[]> = {};
  for (const [type, list] of Object.entries(table)) {
    types[type] = list.map((member) => {
      const key = JSON.stringify(member);
      let index = at.get(key);
      if (index === undefined) {
        index = members.push(member) - 1;
        at.set(key, index);
      }
      return index;
    });
  }
  return { members, types };
}

/** The members of one field type from an index; none for a type the shim does not define. */
export function fieldMembersOf(index: FieldMembersIndex, type: string): FieldMember[] {
  return (Object.hasOwn(index.types, type) ? (index.types[type] ?? []) : []).flatMap((i) => {
    const member = index.members[i];
    return member === undefined ? [] : [member];
  });
}

/** The text of intellisense/field-members.generated.ts for a table. */
export function renderFieldMembers(table: FieldMembersTable): string {
  return [
    '// Generated from src/sandbox/python/_event_studio/field_types/*.py by packages/runtime/scripts/embed-python.ts',
    '// (sandbox/field-members-source.ts): do not edit. After changing a .py file, run `pnpm embed-python`.',
    "import type { FieldMembersIndex } from '../sandbox/field-members-source.js';",
    '',
    "/** Each field type's members in the sandbox (inherited ones included), as indexes into `members`. */",
    `export const FIELD_MEMBERS: FieldMembersIndex = ${JSON.stringify(indexFieldMembers(table))};`,
    '',
  ].join('\n');
}
