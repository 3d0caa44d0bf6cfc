import { ZH_ISSUE_TEXTS } from './issue-texts-zh.js';
import type { IssueParams, ValidationIssue } from './validation-issue.js';

/** One language's texts: by issue code, the message told from the issue's params. */
export type IssueTexts = Readonly<Record<string, (params: IssueParams) => string>>;

/**
 * An issue's message in the user's language (a BCP 47 tag such as `zh-CN`): Chinese where the code
 * has a translation and the issue carries the values it needs, else the English message. The CLI
 * and the files' own messages stay English; the studio shows this.
 */
export function issueText(
  issue: Pick<ValidationIssue, 'code' | 'message' | 'params'>,
  language: string,
): string {
  if (issue.params === undefined || !language.toLowerCase().startsWith('zh')) return issue.message;
  return ZH_ISSUE_TEXTS[issue.code]?.(issue.params) ?? issue.message;
}
