import type { AppContext, ModelInfo } from '../app/app-context.types.js';
import type { ApprovalEvent } from '../element/approval-event.types.js';
import type { IssueParams } from '../issue/validation-issue.js';

/** What a suggestion is, in editor-neutral words (the studio maps these to Monaco's kinds). */
export type CompletionKind =
  | 'field'
  | 'method'
  | 'property'
  | 'module'
  | 'enumMember'
  | 'value'
  | 'function'
  | 'snippet';

/** One suggestion for inner.py. */
export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** One line shown beside the label: a field's title and type, a method's signature. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  /** insertText uses snippet syntax (`$1`, `${1:name}`, `$0`). */
  isSnippet?: boolean;
  /** Orders the list when plain alphabetical order would hide what matters (a model's fields first). */
  sortText?: string;
  /**
   * 1-based columns on the cursor's line that the suggestion replaces, when that is more than the
   * word before the cursor (an element name such as `models.Order` contains dots).
   */
  replace?: { startColumn: number; endColumn: number };
  /** Open the suggestions again after inserting (`getElement("")` continues with element names). */
  retrigger?: boolean;
}

/** Where the cursor is and what the handler can see there. */
export interface CodeIntelInput {
  source: string;
  /** 1-based. */
  line: number;
  /** 1-based, as editors count (UTF-16 units). */
  column: number;
  element: ApprovalEvent;
  /** The model the event watches, when the app has it. */
  model?: ModelInfo;
  context: AppContext;
  /** Full names of every element in the app, for `app.getElement("…")`. */
  elementNames: string[];
}

/** A range in inner.py, 1-based, end exclusive (as Monaco's ranges). */
export interface TextRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Markdown documentation for what is under the cursor. */
export interface HoverInfo {
  contents: string;
  range: TextRange;
}

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** A problem in inner.py, placed on its text. */
export interface Diagnostic extends TextRange {
  severity: DiagnosticSeverity;
  /** The validation issue code (`python.syntax`, `handler.signature`, `inner.functionMissing`, …). */
  code: string;
  message: string;
  /** The issue's params, for the message in the user's language (issueText). */
  params?: IssueParams;
}

/** What diagnostics and quick fixes need: inner.py's text and the element it belongs to. */
export interface HandlerFileInput {
  source: string;
  element: ApprovalEvent;
  context: AppContext;
  /** The model the event watches; enables checks of `row.<field>` names. */
  model?: ModelInfo;
}

/** Replace `range` with `text`. */
export interface TextEdit {
  range: TextRange;
  text: string;
}

/** An edit that resolves one diagnostic. */
export interface QuickFix {
  title: string;
  /** The diagnostic this fixes (match editor markers by code and range). */
  diagnostic: Diagnostic;
  edits: TextEdit[];
  isPreferred: boolean;
}
