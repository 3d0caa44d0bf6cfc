import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import type { ModelField } from './app-context.types.js';
import { encodeText } from './app-tree.js';
import { FileIssues } from './file-issues.js';
import {
  ClassFields,
  enclosingStatement,
  isBaseExpression,
  KNOWN_DATATYPES,
  keywordArgs,
  MAX_NESTING,
  optionsOf,
  tooDeepAt,
} from './model-py-parts.js';
import { type ImportBinding, readImports } from './python-imports.js';
import { literalOf, type PyLiteral, UNREADABLE } from './python-literal.js';
import { childrenOf, descendants, firstError, type PyNode, parsePython, textOf } from './python-syntax.js';
import { TextLines } from './text-lines.js';

/** A base class as written: `OrderModel` or `m.OrderModel`, resolved through the file's imports. */
export interface ParsedBase {
  /** The class name in the module it comes from. */
  name: string;
  /** The module it was imported from (`models.OrderModel.model`); undefined for a name defined or unknown here. */
  module?: string;
  line: number;
}

/** A top-level class of a model.py with the fields it declares itself (not inherited ones). */
export interface ParsedModelClass {
  name: string;
  line: number;
  bases: ParsedBase[];
  fields: ModelField[];
}

export interface ParsedModelPy {
  classes: ParsedModelClass[];
  issues: ValidationIssue[];
}

/**
 * Reads the classes and field declarations of a model.py; problems become warnings, never throws.
 * A file over MAX_MODEL_PY_BYTES is not parsed (one `model.too-large` warning); a class past
 * MAX_FIELDS_PER_MODEL fields keeps its first ones (`model.too-many-fields`); past
 * MAX_ISSUES_PER_FILE warnings the rest are counted in one `model.more-issues`.
 */
export function readModelPy(source: string, file: string): ParsedModelPy {
  // UTF-8 needs at most 3 bytes a UTF-16 unit: only a long text needs its size counted.
  if (source.length * 3 > MAX_MODEL_PY_BYTES) {
    const size = encodeText(source).byteLength;
    if (size > MAX_MODEL_PY_BYTES) return { classes: [], issues: [modelPyTooLargeIssue(file, size)] };
  }
  return new ModelPyReader(source, file).read();
}

/**
 * Largest model.py the reader parses. A model at the field cap (MAX_FIELDS_PER_MODEL) written the
 * usual way is about 220 KB (some 110 bytes a field); 512 KiB leaves room for long option lists,
 * comments and methods. A larger file is not parsed at all: parsing costs time in proportion to
 * the file's size (a second or more for a few MB) even when its fields would be left out.
 */
export const MAX_MODEL_PY_BYTES = 512 * 1024;

/**
 * Most fields the reader collects for one model class. Real JitAI models have tens to a few hundred
 * fields; every field becomes an option of the form's pickers, a completion in the editor and a
 * column of the sample rows, so a generated or hostile model.py with tens of thousands would only
 * make the studio slow. Past the cap the reader still counts declarations (for the issue) but reads
 * nothing more of them.
 */
export const MAX_FIELDS_PER_MODEL = 2_000;

/** The `model.too-large` warning for a model.py over MAX_MODEL_PY_BYTES (size in UTF-8 bytes). */
export function modelPyTooLargeIssue(file: string, size: number): ValidationIssue {
  const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;
  const message = `model.py is ${kb(size)}; the studio reads model.py files up to ${kb(MAX_MODEL_PY_BYTES)} (a model with ${MAX_FIELDS_PER_MODEL} fields is about 220 KB), so its fields are not read`;
  return issue('warning', 'model.too-large', file, '', message, {
    params: { size: String(size), limit: String(MAX_MODEL_PY_BYTES) },
  });
}

class ModelPyReader {
  private readonly lines: TextLines;
  private readonly issues: FileIssues;
  private readonly moduleAliases = new Set(['datatypes']);
  private readonly typeAliases = new Map<string, string>();
  private bindings = new Map<string, ImportBinding>();

  constructor(
    private readonly source: string,
    private readonly file: string,
  ) {
    this.lines = new TextLines(source);
    this.issues = new FileIssues(file, 'model.more-issues');
  }

  read(): ParsedModelPy {
    const deep = tooDeepAt(this.source);
    if (deep !== undefined) {
      // CPython itself refuses this much nesting; parsing it would only cost time and stack.
      const message = `brackets nest deeper than ${MAX_NESTING} levels, which Python does not accept; fields are not read`;
      this.issues.always(issue('warning', 'model.unreadable', this.file, '', message, this.lines.at(deep)));
      return { classes: [], issues: this.issues.all() };
    }
    const script = parsePython(this.source);
    const broken = firstError(script);
    if (broken) {
      // lezer notices a missing `)` only on a later line; the statement holding the error is where it starts.
      const statement = enclosingStatement(broken);
      const line = this.lineOf(statement);
      this.warn(
        'model.syntax-error',
        statement,
        `model.py has a syntax error in the statement at line ${line}; fields after it may be missing`,
      );
    }
    this.bindings = readImports(script, this.source);
    for (const [local, binding] of this.bindings) {
      if (binding.module !== 'datatypes' && !binding.module.startsWith('datatypes.')) continue;
      const imported = binding.imported;
      // `import datatypes as dt` / `from datatypes.Meta import datatypes`: a module; a capitalised name is a type.
      if (imported === undefined || !/^[A-Z]/.test(imported)) this.moduleAliases.add(local);
      else this.typeAliases.set(local, imported);
    }
    const classes: ParsedModelClass[] = [];
    for (const statement of childrenOf(script)) {
      const definition =
        statement.name === 'DecoratedStatement' ? statement.getChild('ClassDefinition') : statement;
      if (definition?.name === 'ClassDefinition') {
        const parsed = this.readClass(definition);
        if (parsed) classes.push(parsed);
      }
    }
    return { classes, issues: this.issues.all() };
  }

  private readClass(definition: PyNode): ParsedModelClass | undefined {
    const nameNode = definition.getChild('VariableName');
    if (!nameNode) return undefined;
    const bases: ParsedBase[] = [];
    const argList = definition.getChild('ArgList');
    for (const base of argList ? childrenOf(argList).filter(isBaseExpression) : [])
      bases.push(this.resolveBase(base));
    const fields = new ClassFields(MAX_FIELDS_PER_MODEL);
    const body = definition.getChild('Body');
    for (let statement = body?.firstChild; statement; statement = statement.nextSibling) {
      if (statement.name === 'AssignStatement') this.readAssignment(statement, fields);
      else if (!SKIPPED_STATEMENTS.has(statement.name) && this.hasFieldCall(statement)) {
        this.warn(
          'model.unreadable-field',
          statement,
          'a field declared inside a block (if/try/for …) is not read',
        );
      }
    }
    const name = textOf(nameNode, this.source);
    if (fields.declared > MAX_FIELDS_PER_MODEL) this.reportTooManyFields(name, fields.declared, definition);
    return { name, line: this.lineOf(definition), bases, fields: fields.list };
  }

  private reportTooManyFields(className: string, declared: number, definition: PyNode): void {
    const params = { className, count: String(declared), cap: String(MAX_FIELDS_PER_MODEL) };
    const message = `class ${className} declares ${declared} fields; the studio reads at most ${MAX_FIELDS_PER_MODEL} fields of a model (a real model has a few hundred), so the fields after the ${MAX_FIELDS_PER_MODEL}th are left out`;
    this.issues.always(
      issue('warning', 'model.too-many-fields', this.file, '', message, {
        ...this.lines.at(definition.from),
        params,
      }),
    );
  }

  private resolveBase(base: PyNode): ParsedBase {
    const line = this.lineOf(base);
    const text = textOf(base, this.source).replace(/\s+/g, '');
    const parts = text.split('.');
    const first = parts[0] ?? text;
    const last = parts[parts.length - 1] ?? text;
    const binding = this.bindings.get(first);
    if (binding === undefined) return { name: last, line };
    if (parts.length === 1) return { name: binding.imported ?? last, module: binding.module, line };
    // `m.OrderModel` where m is a module: the class comes from that module (or a sub-module of it).
    const module = [
      binding.imported === undefined ? binding.module : `${binding.module}.${binding.imported}`,
      ...parts.slice(1, -1),
    ];
    return { name: last, module: module.join('.'), line };
  }

  private readAssignment(statement: PyNode, fields: ClassFields): void {
    if (fields.full) {
      // Past the cap only the count goes on (for the issue); nothing is read or reported.
      const target = statement.firstChild;
      const value = statement.lastChild;
      const isNew = target?.name === 'VariableName' && !fields.has(textOf(target, this.source));
      if (isNew && value?.name === 'CallExpression' && this.fieldTypeOf(value) !== undefined)
        fields.declared++;
      return;
    }
    if (firstError(statement)) return; // already reported as the file's syntax error
    const children = childrenOf(statement);
    const ops = children.filter((child) => child.name === 'AssignOp');
    const opAt = children.findIndex((child) => child.name === 'AssignOp');
    const targets = children.slice(0, opAt).filter((child) => child.name !== 'TypeDef');
    const values = children.slice(opAt + 1);
    const target = targets[0];
    const value = values[0];
    if (
      ops.length !== 1 ||
      targets.length !== 1 ||
      target?.name !== 'VariableName' ||
      values.length !== 1 ||
      !value
    ) {
      if (this.hasFieldCall(statement)) {
        this.warn(
          'model.unreadable-field',
          statement,
          'only `name = datatypes.Type(…)` declares a field; this assignment is not read',
        );
      }
      return;
    }
    const attribute = textOf(target, this.source);
    const type = value.name === 'CallExpression' ? this.fieldTypeOf(value) : undefined;
    if (type === undefined) {
      if (value.name === 'CallExpression' && this.looksLikeField(value)) {
        const callee = textOf(value.firstChild ?? value, this.source);
        this.warn(
          'model.unreadable-field',
          statement,
          `'${attribute}' looks like a field, but ${callee} is not a datatypes type`,
        );
      } else if (this.hasFieldCall(value)) {
        this.warn(
          'model.unreadable-field',
          statement,
          `'${attribute}' is computed by an expression; declare it as datatypes.Type(…)`,
        );
      }
      return;
    }
    const field = this.readField(attribute, type, value, statement);
    if (!fields.put(field)) {
      this.warn(
        'model.duplicate-field',
        statement,
        `field '${attribute}' is declared twice; the later declaration wins`,
      );
    }
  }

  private readField(attribute: string, type: string, call: PyNode, statement: PyNode): ModelField {
    const field: ModelField = { name: attribute, type, line: this.lineOf(statement) };
    const args = keywordArgs(call.getChild('ArgList'), this.source);
    const name = args.get('name');
    if (name) {
      const value = literalOf(name, this.source);
      if (typeof value !== 'string') {
        this.warn(
          'model.unreadable-field',
          name,
          `the name of field '${attribute}' is not a plain string; using '${attribute}'`,
        );
      } else if (value !== attribute) {
        this.warn(
          'model.field-name-mismatch',
          name,
          `field '${attribute}' has name="${value}"; the platform needs them equal`,
        );
      }
    }
    const title = args.get('title');
    if (title) {
      const value = literalOf(title, this.source);
      if (typeof value === 'string') field.title = value;
      else
        this.warn('model.unreadable-title', title, `the title of field '${attribute}' is not a plain string`);
    }
    const options = args.get('options');
    const choices = options ? optionsOf(literalOf(options, this.source)) : undefined;
    if (choices) field.options = choices;
    const fallback = args.get('default');
    const preset = fallback ? literalOf(fallback, this.source) : UNREADABLE;
    if (
      preset === null ||
      typeof preset === 'string' ||
      typeof preset === 'number' ||
      typeof preset === 'boolean'
    ) {
      field.defaultValue = preset;
    }
    const key = args.get('primaryKey');
    if (key && literalOf(key, this.source) === true) field.primaryKey = true;
    const params = this.paramsOf(args);
    if (params) field.params = params;
    return field;
  }

  /**
   * The declaration's type-specific literal keyword arguments (`decimal=2`, `unit="元"`, `options=[{…}]`),
   * for the sandbox's field objects; common ones (FIELD_PROPERTY_ARGS) and expressions are left out.
   * Each value is read once: linear in the call's text.
   */
  private paramsOf(args: Map<string, PyNode>): Record<string, PyLiteral> | undefined {
    let params: Record<string, PyLiteral> | undefined;
    for (const [key, node] of args) {
      if (FIELD_PROPERTY_ARGS.has(key)) continue;
      const value = literalOf(node, this.source);
      if (value === UNREADABLE) continue;
      params ??= {};
      params[key] = value;
    }
    return params;
  }

  /** The datatypes type a call constructs (`datatypes.Stext(…)` → `Stext`), if it is one. */
  private fieldTypeOf(call: PyNode): string | undefined {
    const callee = call.firstChild;
    if (!callee) return undefined;
    if (callee.name === 'VariableName') {
      const name = textOf(callee, this.source);
      return this.typeAliases.get(name) ?? (KNOWN_DATATYPES.has(name) ? name : undefined);
    }
    if (callee.name !== 'MemberExpression') return undefined;
    const property = callee.getChild('PropertyName');
    const object = callee.firstChild;
    if (!property || !object) return undefined;
    const type = textOf(property, this.source);
    const owner = textOf(object, this.source).replace(/\s+/g, '').split('.').pop() ?? '';
    if (this.moduleAliases.has(owner) || KNOWN_DATATYPES.has(type))
      return /^[A-Za-z_]\w*$/.test(type) ? type : undefined;
    return undefined;
  }

  private looksLikeField(call: PyNode): boolean {
    const callee = textOf(call.firstChild ?? call, this.source);
    const args = keywordArgs(call.getChild('ArgList'), this.source);
    return /(^|\.)[A-Z]\w*$/.test(callee) && (args.has('name') || args.has('title'));
  }

  private hasFieldCall(node: PyNode): boolean {
    const isFieldCall = (inner: PyNode): boolean =>
      inner.name === 'CallExpression' && this.fieldTypeOf(inner) !== undefined;
    return isFieldCall(node) || descendants(node, isFieldCall).length > 0;
  }

  private lineOf(node: PyNode): number {
    return this.lines.lineAt(node.from);
  }

  private warn(code: string, node: PyNode, message: string): void {
    this.issues.add(() => issue('warning', code, this.file, '', message, this.lines.at(node.from)));
  }
}

/**
 * Keyword arguments not kept in `params`: the common init parameters of every type (data-types.md
 * "Common init Parameters": no field object exposes them as a property) and `default`, which is
 * already ModelField.defaultValue. What stays are the type-specific parameters.
 */
const FIELD_PROPERTY_ARGS = new Set([
  'name',
  'title',
  'parentDt',
  'description',
  'placeholder',
  'value',
  'dbIndex',
  'primaryKey',
  'unique',
  'readOnly',
  'isExtend',
  'formula',
  'default',
]);

/** Statements in a class body that never declare fields: methods, nested classes (Meta), docstrings, pass. */
const SKIPPED_STATEMENTS = new Set([
  'ClassDefinition',
  'FunctionDefinition',
  'DecoratedStatement',
  'Comment',
  'PassStatement',
  ':',
]);
