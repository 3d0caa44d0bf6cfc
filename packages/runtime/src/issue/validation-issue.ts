/** How bad a problem is: errors block export to the platform, warnings do not. */
export type Severity = 'error' | 'warning';

/** The values an issue's message was made from (names, lists), so it can be told in another language. */
export type IssueParams = Readonly<Record<string, string>>;

/**
 * A problem found in the user's files, reported as data (never thrown), so the form, the CLI and
 * the import dialog can all show the same thing.
 */
export interface ValidationIssue {
  severity: Severity;
  /** Stable machine-readable code, e.g. `operate.invalid`. */
  code: string;
  /** Path of the file inside the app, e.g. `events/orderApproval/e.json`. */
  file: string;
  /** JSON pointer into the file (`/operate`), or '' for a text file or the file as a whole. */
  pointer: string;
  /** What is wrong and what would be right. */
  message: string;
  /** 1-based line, for text files (inner.py, model.py) and JSON syntax errors. */
  line?: number;
  /** 1-based column, where known. */
  column?: number;
  /** What the message was made from, for its translations (issue-text.ts); absent: English only. */
  params?: IssueParams;
}

/** Builds an issue; keeps call sites to one line. */
export function issue(
  severity: Severity,
  code: string,
  file: string,
  pointer: string,
  message: string,
  extra?: { line?: number; column?: number; params?: IssueParams },
): ValidationIssue {
  return { severity, code, file, pointer, message, ...extra };
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
