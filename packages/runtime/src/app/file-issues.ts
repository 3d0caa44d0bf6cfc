import { issue, type ValidationIssue } from '../issue/validation-issue.js';

/**
 * Warnings listed for one file of an app. A hostile file can break on every line; tens of
 * thousands of warnings would only flood the import dialog, so the rest are counted instead.
 */
export const MAX_ISSUES_PER_FILE = 100;

/** One file's warnings, up to MAX_ISSUES_PER_FILE; `all()` adds one issue counting the rest. */
export class FileIssues {
  private readonly listed: ValidationIssue[] = [];
  /** Issues listed through add (the ones `always` lists do not count). */
  private added = 0;
  private unlisted = 0;

  /** `moreCode` names the closing issue, e.g. `model.more-issues`. */
  constructor(
    private readonly file: string,
    private readonly moreCode: string,
  ) {}

  /** True when the next issue would only be counted: a caller can skip working out where it is. */
  get full(): boolean {
    return this.added >= MAX_ISSUES_PER_FILE;
  }

  /** Lists an issue, or counts it once the file has MAX_ISSUES_PER_FILE. */
  add(found: ValidationIssue | (() => ValidationIssue)): void {
    if (this.full) this.unlisted++;
    else {
      this.added++;
      this.listed.push(typeof found === 'function' ? found() : found);
    }
  }

  /** Lists an issue whatever the count: for the one issue that says a cap was reached. */
  always(found: ValidationIssue): void {
    this.listed.push(found);
  }

  /** The listed issues, and one more that says how many were left unlisted. */
  all(): ValidationIssue[] {
    if (this.unlisted === 0) return this.listed;
    const name = this.file.split('/').pop() ?? this.file;
    const message = `${this.unlisted} more problems in this ${name} are not listed; the first ${MAX_ISSUES_PER_FILE} are`;
    const more = issue('warning', this.moreCode, this.file, '', message, {
      params: { file: name, count: String(this.unlisted), listed: String(MAX_ISSUES_PER_FILE) },
    });
    return [...this.listed, more];
  }
}
