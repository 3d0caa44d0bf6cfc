import type { AppTree } from '../app/app-tree.js';
import type { ValidationIssue } from '../issue/validation-issue.js';

/** What a zip holds: a whole app (it has an `app.json`), or element folders to merge into the open app. */
export type ImportKind = 'app' | 'elements';

/** An element found in the incoming files, as the dialog lists it. */
export interface ImportedElement {
  /** Folder inside the app, e.g. `events/orderApproval`. */
  folder: string;
  /** `events.orderApproval`. */
  fullName: string;
  /** The e.json `type` (`events.WorkflowType`), when e.json is readable. */
  type?: string;
  /** The e.json `title`, when it has one. */
  title?: string;
}

/** An incoming element folder whose name the open app already uses (compared case-insensitively). */
export interface ImportConflict {
  /** The incoming folder. */
  folder: string;
  /** The folder as the open app spells it (differs from `folder` only in case). */
  existing: string;
  fullName: string;
  /** Title of the incoming element, for naming it in the dialog. */
  title?: string;
}

/** What to do with one conflicting folder: overwrite it, import a renamed copy beside it, or leave it. */
export type ConflictChoice = 'replace' | 'keepBoth' | 'skip';

/** Everything the import dialog shows before anything changes; `applyImport` carries it out. */
export interface ImportPlan {
  kind: ImportKind;
  /** The files as read from the zip (root-relative paths). */
  incoming: AppTree;
  /** The element folders found: for `elements`, the folders that will be merged (outermost only). */
  elements: ImportedElement[];
  /** Problems `validateApp` (and the app context) report for the imported elements in their new home. */
  issues: ValidationIssue[];
  /** Incoming folders that already exist in the open app; empty for a whole app, which replaces it. */
  conflicts: ImportConflict[];
  /** Files of an element zip outside every element folder (a stray README…): never imported. */
  ignored: string[];
}

/** The tree after an import, and where Keep both put each copy (incoming folder → new folder). */
export interface ImportResult {
  tree: Map<string, Uint8Array>;
  renamed: Record<string, string>;
  /** Folders written by the import, as they are named in `tree` (after renaming). */
  imported: string[];
}
