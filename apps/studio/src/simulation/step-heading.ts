import type { SimulationStep } from '@event-studio/runtime';

function nodeLabel(step: Omit<SimulationStep, 'events'>): string {
  if (!step.node) return '';
  return step.nodeTitle && step.nodeTitle !== step.node ? `${step.nodeTitle} (${step.node})` : step.node;
}

/** A timeline step's heading, e.g. "NodeHandled at HR approval (hrApproval): agree". */
export function stepHeading(step: Omit<SimulationStep, 'events'>): string {
  switch (step.moment) {
    case 'NodeHandled':
      return `NodeHandled at ${nodeLabel(step)}: ${step.handleType ?? ''}`;
    case 'NodeChange':
      // A send-back is matched as `before.StartNode`: the approval goes back, it does not move on.
      return step.triggerNode?.startsWith('before.')
        ? `NodeChange back to ${nodeLabel(step)}`
        : `NodeChange at ${nodeLabel(step)}`;
    case 'Process':
      return `Process: status becomes ${step.status ?? '(none)'}`;
  }
}
