import type { SimulationStep } from '@event-studio/runtime';
import type { TFunction } from 'i18next';
import { appTextString } from '../app-text/AppText';

function nodeLabel(step: Omit<SimulationStep, 'events'>): string {
  if (!step.node) return '';
  return step.nodeTitle && step.nodeTitle !== step.node
    ? `${appTextString(step.nodeTitle)} (${step.node})`
    : step.node;
}

/** A timeline step's heading, e.g. "NodeHandled at HR approval (hrApproval): agree". */
export function stepHeading(t: TFunction, step: Omit<SimulationStep, 'events'>): string {
  switch (step.moment) {
    case 'NodeHandled':
      return t('simulation.headingHandled', { node: nodeLabel(step), action: step.handleType ?? '' });
    case 'NodeChange':
      // `after.X`: X was approved (after.StartNode: submitted); `before.X`: X is reached, except
      // `before.StartNode`, the send-back: the approval goes back, it does not move on.
      if (step.triggerNode?.startsWith('after.'))
        return t('simulation.headingAfter', { node: nodeLabel(step) });
      return step.triggerNode === 'before.StartNode'
        ? t('simulation.headingBack', { node: nodeLabel(step) })
        : t('simulation.headingAt', { node: nodeLabel(step) });
    case 'Process':
      return t('simulation.headingProcess', { status: step.status ?? t('common.none') });
  }
}
