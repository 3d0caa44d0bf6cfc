import { describe, expect, it } from 'vitest';
import { stepHeading } from './step-heading';

describe('stepHeading', () => {
  it('names the acted node with its title and the action', () => {
    expect(
      stepHeading({
        moment: 'NodeHandled',
        node: 'hrApproval',
        nodeTitle: 'HR approval',
        handleType: 'agree',
      }),
    ).toBe('NodeHandled at HR approval (hrApproval): agree');
  });

  it('tells a send-back from reaching a node', () => {
    const base = { moment: 'NodeChange', node: 'StartNode', nodeTitle: 'Submit' } as const;
    expect(stepHeading({ ...base, triggerNode: 'before.StartNode' })).toBe(
      'NodeChange back to Submit (StartNode)',
    );
    expect(stepHeading({ ...base, triggerNode: 'after.StartNode' })).toBe('NodeChange at Submit (StartNode)');
  });

  it('gives the status a Process moment changes to', () => {
    expect(stepHeading({ moment: 'Process', status: 'approved' })).toBe('Process: status becomes approved');
  });
});
