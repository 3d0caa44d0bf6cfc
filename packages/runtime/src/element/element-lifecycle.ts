import { type AppTree, encodeText, fullNameOf, isStudioFile } from '../app/app-tree.js';
import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import type { ElementEditResult } from './element-edit.types.js';
import { elementPaths, joinFolder, relocatePath, splitFolder } from './element-files.js';
import { findElementReferences, replaceFullName } from './element-references.js';
import { propertiesNamed, replaceValue, rootObject } from './json-edit.js';
import { validateNewElementName } from './new-element.js';
import { eJsonPath } from './parse-element.js';
import { isIdentifier } from './spelling.js';
import { isApprovalEventFolder } from './validate-app.js';

// ignoreBOM keeps a byte-order mark in the text, so a rewritten file keeps it too.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Why `folder` is not an approval event this studio may rename, copy or delete. */
function approvalEventProblem(tree: AppTree, folder: string): ValidationIssue | undefined {
  const file = eJsonPath(folder);
  if (!tree.has(file)) {
    return issue('error', 'element.missing', file, '', `${folder} is not an element (it has no e.json).`);
  }
  if (isApprovalEventFolder(tree, folder)) return undefined;
  const message = `${fullNameOf(folder)} is not an approval event (type events.WorkflowType); the studio only changes approval events.`;
  return issue('error', 'element.notApprovalEvent', file, '', message);
}

/** The tree without the element's own files: its current name does not clash with itself. */
function withoutElement(tree: AppTree, folder: string): Map<string, Uint8Array> {
  const rest = new Map(tree);
  for (const path of elementPaths(tree, folder)) rest.delete(path);
  return rest;
}

/** A top-level string property `key` of a JSON text whose value `rewrite` changes, rewritten in place. */
function rewriteJsonString(text: string, key: string, rewrite: (value: string) => string): string {
  const root = rootObject(text);
  if (root === undefined) return text;
  // Later properties first, so earlier offsets stay valid.
  return propertiesNamed(root, key)
    .reverse()
    .reduce((out, property) => {
      const value = property.children?.[1]?.value;
      if (typeof value !== 'string' || rewrite(value) === value) return out;
      return replaceValue(out, property, JSON.stringify(rewrite(value)));
    }, text);
}

/**
 * The bytes of a path of the element at `from` once it is `to`. What names the element is
 * rewritten: its own Python files' mentions of its full name (`app.getElement("events.a")`), the
 * e.json `title` when it is the folder name (the New dialog's default, so it was derived from
 * the name), and the `element` field of the studio's files. Everything else keeps its bytes.
 */
function relocatedBytes(path: string, bytes: Uint8Array, from: string, to: string): Uint8Array {
  const fromName = fullNameOf(from);
  const toName = fullNameOf(to);
  let rewrite: ((text: string) => string) | undefined;
  if (isStudioFile(path) && path.endsWith('.json')) {
    rewrite = (text) =>
      rewriteJsonString(text, 'element', (v) =>
        v === fromName || v.startsWith(`${fromName}.`) ? toName + v.slice(fromName.length) : v,
      );
  } else if (path === eJsonPath(from)) {
    const oldName = splitFolder(from).name;
    rewrite = (text) => rewriteJsonString(text, 'title', (v) => (v === oldName ? splitFolder(to).name : v));
  } else if (path.startsWith(`${from}/`) && path.endsWith('.py')) {
    rewrite = (text) => replaceFullName(text, fromName, toName);
  }
  if (rewrite === undefined) return bytes;
  const original = decoder.decode(bytes);
  const text = rewrite(original);
  return text === original ? bytes : encodeText(text);
}

/** Writes every path of the element at `from` into `target` under `to`. */
function copyElement(source: AppTree, target: Map<string, Uint8Array>, from: string, to: string): void {
  for (const path of elementPaths(source, from)) {
    target.set(relocatePath(path, from, to), relocatedBytes(path, source.get(path)!, from, to));
  }
}

function nameProblem(folder: string, message: string): ValidationIssue {
  return issue('error', 'element.name', eJsonPath(folder), '', message);
}

/** Why the approval event at `folder` cannot be renamed to `newName`, or undefined when it can. */
export function validateElementRename(tree: AppTree, folder: string, newName: string): string | undefined {
  const { parent, name } = splitFolder(folder);
  if (newName === name) return `${fullNameOf(folder)} already has that name.`;
  // Against the tree without it, so a change of case only (orderapproval → orderApproval) is allowed.
  return validateNewElementName(withoutElement(tree, folder), newName, parent);
}

/**
 * Renames an approval event: every file of its folder and the studio's files for it move to
 * the new folder, what in them names the element follows (see `relocatedBytes`), and other
 * elements that name it are reported as warnings, not rewritten.
 */
export function renameApprovalEvent(tree: AppTree, folder: string, newName: string): ElementEditResult {
  const notEvent = approvalEventProblem(tree, folder);
  if (notEvent) return { ok: false, problems: [notEvent] };
  const problem = validateElementRename(tree, folder, newName);
  if (problem) return { ok: false, problems: [nameProblem(folder, problem)] };
  const to = joinFolder(splitFolder(folder).parent, newName);
  const next = withoutElement(tree, folder);
  copyElement(tree, next, folder, to);
  const from = fullNameOf(folder);
  const warnings = findElementReferences(tree, from, folder).map((ref) =>
    issue(
      'warning',
      'rename.reference',
      ref.file,
      '',
      `${ref.file} line ${ref.line} refers to ${from} and is not changed: update it to ${fullNameOf(to)} if it means this event.`,
      { line: ref.line, column: ref.column },
    ),
  );
  return { ok: true, tree: next, folder: to, warnings };
}

/** A Python identifier made from a folder name that may not be one. */
function identifierFrom(name: string): string {
  if (isIdentifier(name)) return name;
  const cleaned = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** The first free name for a copy of the element at `folder`: `<name>Copy`, `<name>Copy2`, … */
export function defaultDuplicateName(tree: AppTree, folder: string): string {
  const { parent, name } = splitFolder(folder);
  const base = `${identifierFrom(name)}Copy`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (validateNewElementName(tree, candidate, parent) === undefined) return candidate;
  }
}

/**
 * Copies an approval event beside itself, under `newName` or the first free `<name>Copy…`: its
 * files, the studio's files for it (test cases), with what names the element following the copy.
 */
export function duplicateApprovalEvent(tree: AppTree, folder: string, newName?: string): ElementEditResult {
  const notEvent = approvalEventProblem(tree, folder);
  if (notEvent) return { ok: false, problems: [notEvent] };
  const { parent } = splitFolder(folder);
  const name = newName ?? defaultDuplicateName(tree, folder);
  const problem = validateNewElementName(tree, name, parent);
  if (problem) return { ok: false, problems: [nameProblem(folder, problem)] };
  const to = joinFolder(parent, name);
  const next = new Map(tree);
  copyElement(tree, next, folder, to);
  return { ok: true, tree: next, folder: to, warnings: [] };
}

/**
 * Deletes an approval event: its folder and the studio's files for it. Other elements that
 * name it are reported as warnings (they will find nothing), never changed.
 */
export function deleteApprovalEvent(tree: AppTree, folder: string): ElementEditResult {
  const notEvent = approvalEventProblem(tree, folder);
  if (notEvent) return { ok: false, problems: [notEvent] };
  const fullName = fullNameOf(folder);
  const warnings = findElementReferences(tree, fullName, folder).map((ref) =>
    issue(
      'warning',
      'delete.reference',
      ref.file,
      '',
      `${ref.file} line ${ref.line} refers to ${fullName}, which the delete removes.`,
      { line: ref.line, column: ref.column },
    ),
  );
  return { ok: true, tree: withoutElement(tree, folder), folder, warnings };
}
