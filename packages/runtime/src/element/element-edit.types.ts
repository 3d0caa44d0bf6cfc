import type { ValidationIssue } from '../issue/validation-issue.js';

/**
 * What renaming, duplicating or deleting an element gives: the app tree after it (the input is
 * never changed) with warnings the UI can show, or the problems that stop it. User input never
 * throws.
 */
export type ElementEditResult =
  | {
      ok: true;
      tree: Map<string, Uint8Array>;
      /** The element folder that was written (renamed or copied) or removed (deleted). */
      folder: string;
      /** Other elements' files that name the element; they are reported, never rewritten. */
      warnings: ValidationIssue[];
    }
  | { ok: false; problems: ValidationIssue[] };
