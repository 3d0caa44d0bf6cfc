import { completionsAt, hoverAt, quickFixesFor } from '@event-studio/runtime';
import { editorContextFor } from './editor-context-registry';
import {
  isMarkerOf,
  MARKER_SOURCE,
  toMarkdownString,
  toMonacoCompletion,
  toMonacoRange,
} from './monaco-mappers';
import type { Monaco, MonacoCodeAction, TextModel } from './monaco-types';

// Providers are global to the language, not per editor: registering again (React StrictMode runs
// mount effects twice, several editors may be open) would list every suggestion twice.
const registered = new WeakSet<Monaco>();

/** Registers completion, hover and quick-fix providers for Python once per Monaco instance. */
export function registerPythonIntellisense(monaco: Monaco): void {
  if (registered.has(monaco)) return;
  registered.add(monaco);
  const { languages } = monaco;

  languages.registerCompletionItemProvider('python', {
    triggerCharacters: ['.', '"', "'"],
    provideCompletionItems(model: TextModel, position) {
      const intel = editorContextFor(model.uri.toString());
      if (intel === undefined) return { suggestions: [] };
      const items = completionsAt({
        ...intel,
        source: model.getValue(),
        line: position.lineNumber,
        column: position.column,
      });
      const word = model.getWordUntilPosition(position);
      const wordRange = {
        startLineNumber: position.lineNumber,
        endLineNumber: position.lineNumber,
        startColumn: word.startColumn,
        endColumn: word.endColumn,
      };
      return {
        suggestions: items.map((item) => toMonacoCompletion(monaco, item, position.lineNumber, wordRange)),
      };
    },
  });

  languages.registerHoverProvider('python', {
    provideHover(model: TextModel, position) {
      const intel = editorContextFor(model.uri.toString());
      if (intel === undefined) return null;
      const hover = hoverAt({
        ...intel,
        source: model.getValue(),
        line: position.lineNumber,
        column: position.column,
      });
      return hover === undefined
        ? null
        : { contents: [toMarkdownString(hover.contents)], range: toMonacoRange(hover.range) };
    },
  });

  languages.registerCodeActionProvider(
    'python',
    {
      provideCodeActions(model: TextModel, _range, context) {
        const intel = editorContextFor(model.uri.toString());
        const ours = context.markers.filter((marker) => marker.source === MARKER_SOURCE);
        if (intel === undefined || ours.length === 0) return { actions: [], dispose() {} };
        const fixes = quickFixesFor({ ...intel, source: model.getValue() });
        const actions: MonacoCodeAction[] = [];
        for (const fix of fixes) {
          const marker = ours.find((candidate) => isMarkerOf(candidate, fix.diagnostic));
          if (marker === undefined) continue;
          actions.push({
            title: fix.title,
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: fix.isPreferred,
            edit: {
              edits: fix.edits.map((edit) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: { range: toMonacoRange(edit.range), text: edit.text },
              })),
            },
          });
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}
