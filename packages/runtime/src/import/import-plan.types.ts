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

/** Which of the studio's own files: an element's saved test cases, or its sample rows. */
export type StudioFileKind = 'testCases' | 'sampleRows';

/**
 * A file under `.event-studio/` in a whole-app zip, read as the studio reads its own. Imported
 * only when it has no issue, and the user has not left it out.
 */
export interface IncomingStudioFile {
  /** `.event-studio/tests/events/orderApproval.json`. */
  path: string;
  /** Undefined for a path the studio never writes. */
  kind?: StudioFileKind;
  /** The element folder the file is for (`events/orderApproval`), when its path names one. */
  element?: string;
  /** Test cases or sample rows it holds, when it could be read. */
  count?: number;
  /** Why it is not imported, each naming the file, the field and what would be right; empty: it may be. */
  issues: ValidationIssue[];
}

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
  /**
   * Files of an element zip outside every element folder (a stray README…, the studio's own
   * files): never imported.
   */
  ignored: string[];
  /** The studio's own files of a whole-app zip (test cases, sample rows), checked; empty for element folders. */
  studioFiles: IncomingStudioFile[];
}

/** What the user decided beyond conflicts: which of the plan's studio files to take. */
export interface ImportOptions {
  /** Paths of `plan.studioFiles` to import; default: every one without issues. Others are never taken. */
  studioFiles?: readonly string[];
}

/** The tree after an import, and where Keep both put each copy (incoming folder → new folder). */
export interface ImportResult {
  tree: Map<string, Uint8Array>;
  renamed: Record<string, string>;
  /** Folders written by the import, as they are named in `tree` (after renaming). */
  imported: string[];
}
