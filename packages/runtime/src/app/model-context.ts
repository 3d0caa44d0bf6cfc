import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import type { ModelField, ModelInfo } from './app-context.types.js';
import { type AppTree, folderOf, fullNameOf } from './app-tree.js';
import { modelPyParseOf } from './model-py-parses.js';
import {
  MAX_FIELDS_PER_MODEL,
  MAX_MODEL_PY_BYTES,
  modelPyTooLargeIssue,
  type ParsedBase,
  type ParsedModelClass,
  type ParsedModelPy,
} from './model-py-reader.js';

/** Classes every model derives from in the end; they declare no fields of the app's own. */
const ROOT_BASES = new Set(['NormalModel', 'object', 'Model', 'BaseModel']);

interface ModelSource {
  folder: string;
  title?: string;
  file: string;
  parsed?: ParsedModelPy;
  /** The class that is this model: named like the folder, else the first derived class, else the first. */
  main?: ParsedModelClass;
}

/**
 * Reads the models of an app: each folder's model.py parsed once (or its parse remembered from
 * before, see model-py-parses.ts), then every model's fields resolved with the fields it inherits
 * from other models of the app (or classes of its own file).
 */
export function readModels(
  tree: AppTree,
  folders: readonly { folder: string; title?: string }[],
  issues: ValidationIssue[],
): Map<string, ModelInfo> {
  const sources = new Map<string, ModelSource>();
  for (const { folder, title } of folders) {
    const file = `${folder}/model.py`;
    const source: ModelSource = { folder, file, ...(title === undefined ? {} : { title }) };
    const size = tree.get(file)?.byteLength ?? 0;
    if (size > MAX_MODEL_PY_BYTES) {
      // Checked on the bytes, before decoding: a 20 MB file costs nothing to turn down.
      issues.push(modelPyTooLargeIssue(file, size));
      sources.set(folder, source);
      continue;
    }
    const bytes = tree.get(file);
    if (bytes === undefined) {
      issues.push(
        issue(
          'warning',
          'model.no-model-py',
          `${folder}/e.json`,
          '',
          `${fullNameOf(folder)} has no model.py, so its fields are unknown`,
        ),
      );
    } else {
      source.parsed = modelPyParseOf(file, bytes);
      issues.push(...source.parsed.issues);
      source.main = pickMainClass(source.parsed.classes, folder);
      const unreadable = source.parsed.issues.some((found) => found.code === 'model.unreadable');
      if (!source.main && !unreadable)
        issues.push(
          issue('warning', 'model.no-class', file, '', 'model.py declares no model class', { line: 1 }),
        );
    }
    sources.set(folder, source);
  }
  const resolver = new FieldResolver(sources, issues);
  const models = new Map<string, ModelInfo>();
  for (const source of sources.values()) {
    const fullName = fullNameOf(source.folder);
    const info: ModelInfo = { fullName, folder: source.folder, fields: [] };
    if (source.title !== undefined) info.title = source.title;
    if (source.main) {
      info.className = source.main.name;
      info.fields = resolver.fieldsOf(source, source.main);
    }
    models.set(fullName, info);
  }
  return models;
}

function pickMainClass(classes: readonly ParsedModelClass[], folder: string): ParsedModelClass | undefined {
  const folderName = folder.split('/').pop();
  return classes.find((c) => c.name === folderName) ?? classes.find((c) => c.bases.length > 0) ?? classes[0];
}

class FieldResolver {
  private readonly done = new Map<string, ModelField[]>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly sources: ReadonlyMap<string, ModelSource>,
    private readonly issues: ValidationIssue[],
  ) {}

  /** A class's fields: its bases' fields first (first base wins), then its own, overriding in place. */
  fieldsOf(source: ModelSource, cls: ParsedModelClass): ModelField[] {
    const key = `${source.folder}#${cls.name}`;
    const known = this.done.get(key);
    if (known) return known;
    if (this.visiting.has(key)) {
      this.warn(source.file, cls.line, 'model.inheritance-cycle', `class ${cls.name} inherits from itself`);
      return [];
    }
    this.visiting.add(key);
    const fields: ModelField[] = [];
    const at = new Map<string, number>();
    let dropped = 0;
    for (const base of cls.bases) {
      for (const field of this.baseFields(source, cls, base)) {
        if (at.has(field.name)) continue;
        if (fields.length >= MAX_FIELDS_PER_MODEL) dropped++;
        else {
          at.set(field.name, fields.length);
          fields.push(field);
        }
      }
    }
    for (const field of cls.fields) {
      const known = at.get(field.name);
      if (known !== undefined) fields[known] = field;
      else if (fields.length >= MAX_FIELDS_PER_MODEL) dropped++;
      else {
        at.set(field.name, fields.length);
        fields.push(field);
      }
    }
    // Each class is within the cap, but a chain of them can add up past it.
    if (dropped > 0) this.reportTooManyInherited(source.file, cls, fields.length + dropped);
    this.visiting.delete(key);
    this.done.set(key, fields);
    return fields;
  }

  private baseFields(source: ModelSource, current: ParsedModelClass, base: ParsedBase): ModelField[] {
    // A class declared in the same file (a base written above the model).
    const local =
      base.module === undefined ? source.parsed?.classes.find((c) => c.name === base.name) : undefined;
    if (local && local !== current) return this.fieldsOf(source, local);
    const target = this.findModel(source, base);
    const targetClass = target?.parsed?.classes.find((c) => c.name === base.name) ?? target?.main;
    if (target && targetClass) {
      const fields = this.fieldsOf(target, targetClass);
      const from = fullNameOf(target.folder);
      return fields.map((field) => (field.inheritedFrom ? field : { ...field, inheritedFrom: from }));
    }
    if (!ROOT_BASES.has(base.name)) {
      const what = base.module === undefined ? base.name : `${base.name} (from ${base.module})`;
      this.warn(
        source.file,
        base.line,
        'model.unknown-base',
        `the fields ${what} adds are unknown: it is not a model of this app`,
      );
    }
    return [];
  }

  /** The app model a base class comes from: by import path, else by class name. */
  private findModel(source: ModelSource, base: ParsedBase): ModelSource | undefined {
    if (base.module !== undefined) {
      const folder = this.modelFolderOf(base.module, source.folder);
      if (folder !== undefined) return this.sources.get(folder);
      return undefined;
    }
    for (const candidate of this.sources.values()) {
      if (candidate !== source && candidate.main?.name === base.name) return candidate;
    }
    return undefined;
  }

  /** `models.OrderModel.model` / `models.OrderModel` / `.model` → the model folder, if it is one. */
  private modelFolderOf(module: string, from?: string): string | undefined {
    const dots = /^\.*/.exec(module)?.[0].length ?? 0;
    let path = module.slice(dots);
    if (dots > 0) {
      if (from === undefined) return undefined;
      // A relative import: one dot is the importing package itself, each further dot one level up.
      const parts = from.split('/');
      const up = parts.slice(0, Math.max(0, parts.length - (dots - 1)));
      path = [...up, ...(path ? [path] : [])].join('.');
    }
    const folder = folderOf(path);
    if (this.sources.has(folder)) return folder;
    const parent = folder.split('/').slice(0, -1).join('/');
    return this.sources.has(parent) ? parent : undefined;
  }

  private reportTooManyInherited(file: string, cls: ParsedModelClass, count: number): void {
    const cap = MAX_FIELDS_PER_MODEL;
    const message = `class ${cls.name} has ${count} fields with the ones it inherits; the studio reads at most ${cap} fields of a model, so the fields after the ${cap}th are left out`;
    this.issues.push(
      issue('warning', 'model.too-many-fields', file, '', message, {
        line: cls.line,
        params: { className: cls.name, count: String(count), cap: String(cap) },
      }),
    );
  }

  private warn(file: string, line: number, code: string, message: string): void {
    this.issues.push(issue('warning', code, file, '', message, { line }));
  }
}
