import { diagnosticsFor, issueText } from '@event-studio/runtime';
import { i18n } from '../../i18n/i18n';
import { editorContextFor } from './editor-context-registry';
import { MARKER_OWNER, toMarker } from './monaco-mappers';
import type { CodeEditorInstance, Monaco } from './monaco-types';

// Long enough to skip the keystrokes of a word, short enough to feel live.
const DEBOUNCE_MS = 150;

/**
 * Keeps the editor's markers in step with inner.py and its element: recomputed (debounced) when the
 * text changes, the editor switches file, the language changes, or `subscribe` reports an outside
 * change (the e.json form).
 * Returns the undo, which also clears the markers it set.
 */
export function syncDiagnostics(
  monaco: Monaco,
  editor: CodeEditorInstance,
  subscribe: (listener: () => void) => () => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    timer = undefined;
    const model = editor.getModel();
    if (model === null || model.isDisposed()) return;
    const intel = editorContextFor(model.uri.toString());
    const diagnostics = intel === undefined ? [] : diagnosticsFor({ ...intel, source: model.getValue() });
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      diagnostics.map((d) => toMarker(monaco, { ...d, message: issueText(d, i18n.language) })),
    );
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  };
  const content = editor.onDidChangeModelContent(schedule);
  const switched = editor.onDidChangeModel(schedule);
  const unsubscribe = subscribe(schedule);
  // The markers' messages are in the studio's language.
  i18n.on('languageChanged', schedule);
  schedule();
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    content.dispose();
    switched.dispose();
    unsubscribe();
    i18n.off('languageChanged', schedule);
    const model = editor.getModel();
    if (model !== null && !model.isDisposed()) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
  };
}
