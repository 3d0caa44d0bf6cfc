import type { CompletionItem, CompletionKind, Diagnostic, TextRange } from '@event-studio/runtime';
import type { MarkdownString, MarkerData, Monaco, MonacoCompletionItem, MonacoRange } from './monaco-types';

/** The marker owner of every Event Studio diagnostic. */
export const MARKER_OWNER = 'event-studio';

/** The `source` our markers carry: code actions see markers without their owner. */
export const MARKER_SOURCE = 'Event Studio';

/**
 * The runtime's documentation Markdown for Monaco, with every power a hostile app could use turned
 * off: no command links, no HTML, no theme icons. The runtime already quotes what the app says as
 * escaped text (intellisense/markdown-text.ts); this is the second lock on the same door.
 */
export function toMarkdownString(value: string): MarkdownString {
  return { value, isTrusted: false, supportHtml: false, supportThemeIcons: false };
}

/** A runtime range as Monaco's. */
export function toMonacoRange(range: TextRange): MonacoRange {
  return {
    startLineNumber: range.startLine,
    startColumn: range.startColumn,
    endLineNumber: range.endLine,
    endColumn: range.endColumn,
  };
}

function completionKind(monaco: Monaco, kind: CompletionKind) {
  const kinds = monaco.languages.CompletionItemKind;
  switch (kind) {
    case 'field':
      return kinds.Field;
    case 'method':
      return kinds.Method;
    case 'property':
      return kinds.Property;
    case 'module':
      return kinds.Module;
    case 'enumMember':
      return kinds.EnumMember;
    case 'value':
      return kinds.Variable;
    case 'function':
      return kinds.Function;
    case 'snippet':
      return kinds.Snippet;
  }
}

/** A runtime completion as Monaco's; `wordRange` is used unless the item says what it replaces. */
export function toMonacoCompletion(
  monaco: Monaco,
  item: CompletionItem,
  line: number,
  wordRange: MonacoRange,
): MonacoCompletionItem {
  const range = item.replace ? { startLineNumber: line, endLineNumber: line, ...item.replace } : wordRange;
  const result: MonacoCompletionItem = {
    // A description shows on every row (a plain detail only on the focused one): a field's title
    // and type are what a user picks by.
    label: item.detail === undefined ? item.label : { label: item.label, description: item.detail },
    kind: completionKind(monaco, item.kind),
    insertText: item.insertText,
    range,
  };
  if (item.detail !== undefined) result.detail = item.detail;
  if (item.documentation !== undefined) result.documentation = toMarkdownString(item.documentation);
  if (item.sortText !== undefined) result.sortText = item.sortText;
  if (item.isSnippet === true) {
    result.insertTextRules = monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet;
  }
  if (item.retrigger === true) result.command = { id: 'editor.action.triggerSuggest', title: 'Suggest' };
  return result;
}

/** A runtime diagnostic as a Monaco marker; `code` lets the quick-fix provider find its fix. */
export function toMarker(monaco: Monaco, diagnostic: Diagnostic): MarkerData {
  const severities = monaco.MarkerSeverity;
  const severity =
    diagnostic.severity === 'error'
      ? severities.Error
      : diagnostic.severity === 'warning'
        ? severities.Warning
        : severities.Info;
  return {
    ...toMonacoRange(diagnostic),
    severity,
    message: diagnostic.message,
    code: diagnostic.code,
    source: MARKER_SOURCE,
  };
}

/** True when a marker is the one a runtime diagnostic became. */
export function isMarkerOf(marker: MarkerData, diagnostic: Diagnostic): boolean {
  const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
  return code === diagnostic.code && marker.startLineNumber === diagnostic.startLine;
}
