import type { ValidationIssue } from '@event-studio/runtime';

/** The form fields an e.json pointer can land on. */
export type DraftField =
  | 'title'
  | 'model'
  | 'operate'
  | 'triggerNode'
  | 'handleType'
  | 'handleNode'
  | 'funcType'
  | 'func'
  | 'enable';

const FIELDS: readonly DraftField[] = [
  'title',
  'model',
  'operate',
  'triggerNode',
  'handleType',
  'handleNode',
  'funcType',
  'func',
  'enable',
];

/**
 * The form field an issue belongs to: its JSON pointer's first segment for e.json, and the
 * Function field for problems in inner.py (a missing handler, a wrong signature).
 */
export function fieldOfIssue(issue: ValidationIssue): DraftField | undefined {
  if (issue.file.endsWith('/inner.py')) return 'func';
  const first = issue.pointer.split('/')[1];
  return FIELDS.find((field) => field === first);
}

/** The first message per field: errors before warnings. */
export function messagesByField(
  issues: readonly ValidationIssue[],
): Partial<Record<DraftField, ValidationIssue>> {
  const byField: Partial<Record<DraftField, ValidationIssue>> = {};
  const ordered = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  for (const issue of ordered) {
    const field = fieldOfIssue(issue);
    if (field && !byField[field]) byField[field] = issue;
  }
  return byField;
}

/** Whether two lists of issues say the same things (in the same order). */
export function sameIssues(a: readonly ValidationIssue[], b: readonly ValidationIssue[]): boolean {
  return (
    a.length === b.length &&
    a.every((issue, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        issue.code === other.code &&
        issue.severity === other.severity &&
        issue.message === other.message &&
        issue.file === other.file &&
        issue.pointer === other.pointer &&
        issue.line === other.line &&
        issue.column === other.column
      );
    })
  );
}
