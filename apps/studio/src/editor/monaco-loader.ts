import { loader } from '@monaco-editor/react';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

let ready: Promise<typeof import('virtual:monaco-python')> | undefined;

/**
 * Loads Monaco on first use (it is the largest part of the studio, so it never delays the form)
 * and hands the bundled copy to @monaco-editor/react, which would otherwise fetch it from a CDN.
 */
export function loadMonaco(): Promise<typeof import('virtual:monaco-python')> {
  ready ??= import('virtual:monaco-python').then((monaco) => {
    self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
    loader.config({ monaco });
    return monaco;
  });
  return ready;
}
