import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { stepHeading } from './step-heading';

const t = i18n.getFixedT('en');

describe('stepHeading', () => {
  it('names the acted node with its title and the action', () => {
    expect(
      stepHeading(t, {
        moment: 'NodeHandled',
        node: 'hrApproval',
        nodeTitle: 'HR approval',
        handleType: 'agree',
      }),
    ).toBe('NodeHandled at HR approval (hrApproval): agree');
  });

  it('tells a send-back, a node approved and a node reached apart', () => {
    const base = { moment: 'NodeChange', node: 'StartNode', nodeTitle: 'Submit' } as const;
    expect(stepHeading(t, { ...base, triggerNode: 'before.StartNode' })).toBe(
      'NodeChange back to Submit (StartNode)',
    );
    expect(stepHeading(t, { ...base, triggerNode: 'after.StartNode' })).toBe(
      'NodeChange after Submit (StartNode)',
    );
    const manager = { moment: 'NodeChange', node: 'managerApproval', nodeTitle: 'Manager' } as const;
    expect(stepHeading(t, { ...manager, triggerNode: 'before.managerApproval' })).toBe(
      'NodeChange at Manager (managerApproval)',
    );
  });

  it('gives the status a Process moment changes to', () => {
    expect(stepHeading(t, { moment: 'Process', status: 'approved' })).toBe(
      'Process: status becomes approved',
    );
  });
});
