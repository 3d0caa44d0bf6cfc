import {
  type AppContext,
  type ApprovalEvent,
  type ModelInfo,
  parseElement,
  runBehaviourKey,
  type WorkflowNode,
  workflowForModel,
} from '@event-studio/runtime';
import { useCallback, useRef } from 'react';
import { cachedText, useWorkspaceValue } from '../workspace/use-workspace';
import type { WorkspaceSnapshot } from '../workspace/workspace-store';

/** What the test panel needs of the open element: the element, its model and its workflow's nodes. */
export interface TestElement {
  element: ApprovalEvent | undefined;
  model: ModelInfo | undefined;
  nodes: WorkflowNode[];
}

/**
 * The open element as the test panel sees it: re-derived when e.json or the app changes, and the
 * same object while only the title changes. It is read through a selector, so a keystroke in the
 * title does not even re-render the panel.
 */
export function useTestElement(folder: string): TestElement {
  const kept = useRef<{ text: string; shape: string; context: AppContext; value: TestElement }>(undefined);
  const select = useCallback(
    (snapshot: WorkspaceSnapshot): TestElement => {
      const text = cachedText(snapshot.tree, `${folder}/e.json`) ?? '';
      const { context } = snapshot;
      const last = kept.current;
      if (last?.text === text && last.context === context) return last.value;
      const element = parseElement(folder, text).element;
      const shape = runBehaviourKey(element);
      if (last?.shape === shape && last.context === context) {
        last.text = text;
        return last.value;
      }
      const value = {
        element,
        model: element ? context.models.get(element.model) : undefined,
        nodes: element ? (workflowForModel(context, element.model)?.nodes ?? []) : [],
      };
      kept.current = { text, shape, context, value };
      return value;
    },
    [folder],
  );
  return useWorkspaceValue(select);
}
