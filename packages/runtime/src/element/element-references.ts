import { type AppTree, isStudioFile } from '../app/app-tree.js';

/** A place where a file names an element by its full name. */
export interface ElementReference {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

// Fatal, so binary files (images, archives) are skipped instead of being searched as mojibake.
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
// Trees share the bytes of unchanged files, so a dialog that checks on every keystroke decodes
// each file once.
const textCache = new WeakMap<Uint8Array, string | null>();

function textOf(bytes: Uint8Array): string | undefined {
  let text = textCache.get(bytes);
  if (text === undefined) {
    try {
      text = strictDecoder.decode(bytes);
    } catch {
      text = null;
    }
    textCache.set(bytes, text);
  }
  return text ?? undefined;
}

/**
 * The full name as a whole dotted name: `events.a` in `"events.a"` and `events.a.b` (an element
 * inside it), not in `events.ab` or `myevents.a`.
 */
function fullNamePattern(fullName: string): RegExp {
  const escaped = fullName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9_.])${escaped}(?![A-Za-z0-9_])`, 'g');
}

/** Every place in `text` that names `fullName`, as 1-based line and column. */
function occurrences(text: string, fullName: string): { line: number; column: number }[] {
  const found: { line: number; column: number }[] = [];
  for (const match of text.matchAll(fullNamePattern(fullName))) {
    const before = text.slice(0, match.index);
    const lineStart = before.lastIndexOf('\n') + 1;
    found.push({ line: before.split('\n').length, column: match.index - lineStart + 1 });
  }
  return found;
}

/** Code and configuration: where a stale full name breaks something (docs only go out of date). */
const SEARCHED_FILES = /\.(py|json)$/;

/**
 * Where the app's code and configuration outside `folder` name `fullName` (e.g.
 * `app.getElement("events.x")` in another element's inner.py). Studio files are not the app's.
 */
export function findElementReferences(tree: AppTree, fullName: string, folder: string): ElementReference[] {
  const references: ElementReference[] = [];
  for (const [file, bytes] of tree) {
    if (file.startsWith(`${folder}/`) || isStudioFile(file) || !SEARCHED_FILES.test(file)) continue;
    const text = textOf(bytes);
    if (text === undefined || !text.includes(fullName)) continue;
    for (const at of occurrences(text, fullName)) references.push({ file, ...at });
  }
  // By file, so the list reads the same whatever order the files were written in.
  return references.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** `text` with every whole mention of the full name `from` (and of names inside it) made `to`. */
export function replaceFullName(text: string, from: string, to: string): string {
  return text.replace(fullNamePattern(from), () => to);
}
