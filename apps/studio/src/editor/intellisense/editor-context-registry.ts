import type { AppContext, ApprovalEvent, ModelInfo } from '@event-studio/runtime';

/** What code intelligence needs to know about the file in an editor model. */
export interface EditorIntelContext {
  element: ApprovalEvent;
  model?: ModelInfo;
  context: AppContext;
  elementNames: string[];
}

type ContextSource = () => EditorIntelContext | undefined;

// Monaco's providers are registered once for every Python model; each open editor says here, by
// its model's URI, where the element behind that model comes from.
const sources = new Map<string, ContextSource>();

/** Makes a model URI's element available to the providers; returns the undo. */
export function registerEditorContext(uri: string, source: ContextSource): () => void {
  sources.set(uri, source);
  return () => {
    if (sources.get(uri) === source) sources.delete(uri);
  };
}

/** The element behind a model URI, read fresh (the workspace may have changed since registration). */
export function editorContextFor(uri: string): EditorIntelContext | undefined {
  return sources.get(uri)?.();
}
