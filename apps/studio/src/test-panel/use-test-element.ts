import {
  type ApprovalEvent,
  type ModelInfo,
  parseElement,
  type WorkflowNode,
  workflowForModel,
} from '@event-studio/runtime';
import { useMemo } from 'react';
import { useFileText, useWorkspaceValue } from '../workspace/use-workspace';

/** What the test panel needs of the open element: the element, its model and its workflow's nodes. */
export interface TestElement {
  element: ApprovalEvent | undefined;
  model: ModelInfo | undefined;
  nodes: WorkflowNode[];
}

/** The open element as the test panel sees it; re-derived only when e.json or the app changes. */
export function useTestElement(folder: string): TestElement {
  const context = useWorkspaceValue((s) => s.context);
  const text = useFileText(`${folder}/e.json`) ?? '';
  return useMemo(() => {
    const element = parseElement(folder, text).element;
    return {
      element,
      model: element ? context.models.get(element.model) : undefined,
      nodes: element ? (workflowForModel(context, element.model)?.nodes ?? []) : [],
    };
  }, [folder, text, context]);
}
