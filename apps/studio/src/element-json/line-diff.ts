import { diffLines } from 'diff';

/** One line of a file shown with its difference from an earlier version of it. */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
  /** Its number in the file as it is now; removed lines have none. */
  number?: number;
}

export interface LineDiff {
  lines: DiffLine[];
  added: number;
  removed: number;
}

/** A text's lines, without the empty one after a final newline. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * `after` line by line, with the lines `before` had instead of them shown where they were (jsdiff's
 * line diff, the Myers algorithm). With no `before` (a file new since), every line is added.
 */
export function lineDiff(before: string | undefined, after: string): LineDiff {
  const lines: DiffLine[] = [];
  let number = 0;
  let added = 0;
  let removed = 0;
  for (const change of diffLines(before ?? '', after)) {
    for (const text of splitLines(change.value)) {
      if (change.removed) {
        removed++;
        lines.push({ kind: 'removed', text });
      } else {
        number++;
        if (change.added) added++;
        lines.push({ kind: change.added ? 'added' : 'same', text, number });
      }
    }
  }
  return { lines, added, removed };
}
