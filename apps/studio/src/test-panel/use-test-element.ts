import {
  type ApprovalEvent,
  type ModelInfo,
  parseElement,
  type WorkflowNode,
  workflowForModel,
} from '@event-studio/runtime';
import { useMemo, useRef } from 'react';
import { useFileText, useWorkspaceValue } from '../workspace/use-workspace';

/** What the test panel needs of the open element: the element, its model and its workflow's nodes. */
export interface TestElement {
  element: ApprovalEvent | undefined;
  model: ModelInfo | undefined;
  nodes: WorkflowNode[];
}

/** The element as far as a run depends on it: everything but its title, in a comparable string. */
function runShape(element: ApprovalEvent | undefined): string {
  return element === undefined ? '' : JSON.stringify({ ...element, title: undefined });
}

/**
 * The open element as the test panel sees it; re-derived when e.json or the app changes, and the
 * same object while only the title changes, so typing a title does not re-render the panel.
 */
export function useTestElement(folder: string): TestElement {
  const context = useWorkspaceValue((s) => s.context);
  const text = useFileText(`${folder}/e.json`) ?? '';
  const derived = useMemo(() => {
    const element = parseElement(folder, text).element;
    return {
      element,
      model: element ? context.models.get(element.model) : undefined,
      nodes: element ? (workflowForModel(context, element.model)?.nodes ?? []) : [],
    };
  }, [folder, text, context]);
  const kept = useRef<{ shape: string; context: unknown; value: TestElement } | undefined>(undefined);
  const shape = `${folder}\n${runShape(derived.element)}`;
  if (kept.current?.shape !== shape || kept.current.context !== context)
    kept.current = { shape, context, value: derived };
  return kept.current.value;
}
