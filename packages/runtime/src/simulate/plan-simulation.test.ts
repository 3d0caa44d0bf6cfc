import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppContext } from '../app/app-context.js';
import { readAppFolder, sampleAppDir } from '../app/app-folder.node.js';
import type { AppTree } from '../app/app-tree.js';
import { isSimulationError, planSimulation } from './plan-simulation.js';
import { eventFiles, withFiles } from './simulate-fixtures.testing.js';
import type { SimulationAction, SimulationPlan } from './simulation.types.js';

// Planning is pure: no sandbox here. The sample app and small trees laid over it.

let sample: AppTree;
beforeAll(async () => {
  sample = await readAppFolder(sampleAppDir());
});

function plan(action: SimulationAction, tree: AppTree = sample): SimulationPlan {
  const result = planSimulation(tree, buildAppContext(tree), action);
  if (isSimulationError(result)) throw new Error(result.error);
  return result;
}

/** A plan as one line per step: moment, where, status, and the events that fire (✗ for listed, not fired). */
function timeline(p: SimulationPlan): string[] {
  return p.steps.map((s) => {
    const where = s.moment === 'NodeHandled' ? `${s.node}:${s.handleType}` : (s.triggerNode ?? '');
    const events = s.events.map((e) => (e.fired ? e.fullName : `✗${e.fullName}`));
    return [s.moment, where, s.status, ...events].filter((part) => part !== '').join(' ');
  });
}

const contract = (node: string, handleType: string): SimulationAction => ({
  model: 'models.ContractModel',
  node,
  handleType,
});

describe('planSimulation on the sample app', () => {
  it('agree at deptApproval: nothing is handled-listened, managerApproval fires contractNodeChange', () => {
    const p = plan(contract('deptApproval', 'agree'));
    expect(p.workflow).toBe('workflows.ContractApproval');
    expect(timeline(p)).toEqual([
      'NodeHandled deptApproval:agree processing',
      // deptApproval approved, then managerApproval reached: the seed's plain id fires on reaching.
      'NodeChange after.deptApproval processing ✗events.contractNodeChange',
      'NodeChange before.managerApproval processing events.contractNodeChange',
    ]);
    expect(p.steps[2]?.events[0]?.input).toEqual({
      status: 'processing',
      triggerNode: 'before.managerApproval',
    });
    expect(p.steps[2]).toMatchObject({ node: 'managerApproval', nodeTitle: 'Manager Approval' });
  });

  it('submit at StartNode: submitted, deptApproval reached, status in progress', () => {
    const p = plan(contract('StartNode', 'submit'));
    expect(timeline(p)).toEqual([
      'NodeHandled StartNode:submit processing',
      'NodeChange after.StartNode processing ✗events.contractNodeChange',
      'NodeChange before.deptApproval processing events.contractNodeChange',
      'Process processing',
    ]);
    expect(p.steps[1]?.events[0]?.reason).toMatch(/StartNode.*not one of the trigger nodes/);
  });

  it('agree at the last node reaches EndNode and approves; refuse ends and rejects', () => {
    expect(timeline(plan(contract('directorApproval', 'agree')))).toEqual([
      'NodeHandled directorApproval:agree processing',
      'NodeChange after.directorApproval processing ✗events.contractNodeChange',
      'NodeChange before.EndNode processing ✗events.contractNodeChange',
      'Process approved',
    ]);
    expect(timeline(plan(contract('directorApproval', 'refuse')))).toEqual([
      'NodeHandled directorApproval:refuse processing',
      'NodeChange before.EndNode processing ✗events.contractNodeChange',
      'Process rejected',
    ]);
  });

  it('reject sends the approval back to the applicant (before.StartNode), with no status change', () => {
    expect(timeline(plan(contract('managerApproval', 'reject')))).toEqual([
      'NodeHandled managerApproval:reject processing',
      'NodeChange before.StartNode processing ✗events.contractNodeChange',
    ]);
  });

  it('agree at hrApproval fires leaveHandled with the node facts, then EndNode and approval', () => {
    const p = plan({ model: 'models.LeaveModel', node: 'hrApproval', handleType: 'agree' });
    expect(timeline(p)).toEqual([
      'NodeHandled hrApproval:agree processing events.leaveHandled',
      'NodeChange after.hrApproval processing',
      'NodeChange before.EndNode processing',
      'Process approved',
    ]);
    expect(p.steps[0]?.events[0]?.input).toEqual({
      status: 'processing',
      handleType: 'agree',
      nodeId: 'hrApproval',
      nodeTitle: 'HR Approval',
    });
  });

  it('transfer (or its newer name transmit) stays at the node: NodeHandled only', () => {
    for (const handleType of ['transfer', 'transmit']) {
      const p = plan({ model: 'models.LeaveModel', node: 'hrApproval', handleType });
      expect(timeline(p)).toEqual([`NodeHandled hrApproval:${handleType} processing events.leaveHandled`]);
      expect(p.notes).toEqual([]);
    }
  });

  it('a Process event fires on approval with the status in its spelling', () => {
    const p = plan({ model: 'models.OrderModel', node: 'approvalNode', handleType: 'agree' });
    expect(timeline(p)).toEqual([
      'NodeHandled approvalNode:agree processing',
      'NodeChange after.approvalNode processing',
      'NodeChange before.EndNode processing',
      'Process approved events.orderApproval',
    ]);
    expect(p.steps[3]?.events[0]?.input).toEqual({ status: 'approved' });
  });

  it('starts from a sample row of the model, or the row given', () => {
    const p = plan({ model: 'models.LeaveModel', node: 'hrApproval', handleType: 'agree' });
    expect(p.row).toMatchObject({ id: 1, approvalStatus: expect.any(String) });
    const row = { leaveNo: 'LV-9', days: 2 };
    expect(plan({ model: 'models.LeaveModel', node: 'hrApproval', handleType: 'agree', row }).row).toBe(row);
  });
});

describe('planSimulation: spellings and the status override', () => {
  const newer = (name: string, config: Record<string, unknown>) =>
    eventFiles(name, { model: 'models.OrderModel', funcType: 'Inner', enable: 1, ...config });
  let tree: AppTree;
  beforeAll(() => {
    tree = withFiles(sample, {
      ...newer('orderPassed', { operate: 'Process' }),
      ...newer('orderSubmitted', { operate: 'NodeChange', triggerNode: ['after.StartNode'] }),
      ...newer('orderSentBack', { operate: 'NodeChange', triggerNode: ['before.StartNode'] }),
      ...newer('orderOff', { operate: 'Process', enable: 0 }),
    });
  });

  it('gives each element the status in its own spelling', () => {
    const p = plan({ model: 'models.OrderModel', node: 'approvalNode', handleType: 'agree' }, tree);
    const process = p.steps.at(-1);
    expect(process?.events.map((e) => [e.fullName, e.fired, e.input.status])).toEqual([
      ['events.orderApproval', true, 'approved'],
      ['events.orderOff', false, 'Pass'],
      ['events.orderPassed', true, 'Pass'],
    ]);
    expect(process?.events[1]?.reason).toMatch(/switched off/);
    expect(p.steps[0]?.events).toEqual([]);
  });

  it('after.StartNode fires on submit, before.StartNode on a send-back', () => {
    const submit = plan({ model: 'models.OrderModel', node: 'StartNode', handleType: 'submit' }, tree);
    expect(timeline(submit)).toEqual([
      'NodeHandled StartNode:submit processing',
      'NodeChange after.StartNode processing ✗events.orderSentBack events.orderSubmitted',
      'NodeChange before.approvalNode processing ✗events.orderSentBack ✗events.orderSubmitted',
      'Process processing events.orderApproval ✗events.orderOff events.orderPassed',
    ]);
    expect(submit.steps[3]?.events[2]?.input.status).toBe('In');
    const back = plan({ model: 'models.OrderModel', node: 'approvalNode', handleType: 'reject' }, tree);
    expect(back.steps[1]?.events.filter((e) => e.fired).map((e) => e.fullName)).toEqual([
      'events.orderSentBack',
    ]);
  });

  it('a given status replaces the table, translated when it is a known value of either spelling', () => {
    const refused = plan(
      { model: 'models.OrderModel', node: 'approvalNode', handleType: 'agree', status: 'Refuse' },
      tree,
    );
    expect(refused.steps.at(-1)?.status).toBe('rejected');
    expect(refused.steps.at(-1)?.events.map((e) => e.input.status)).toEqual(['rejected', 'Refuse', 'Refuse']);
    const custom = plan(
      { model: 'models.OrderModel', node: 'approvalNode', handleType: 'agree', status: 'recalled' },
      tree,
    );
    expect(custom.steps.at(-1)?.events.map((e) => e.input.status)).toEqual([
      'recalled',
      'recalled',
      'recalled',
    ]);
  });

  it('a given status adds a Process moment to an action that sets none', () => {
    const p = plan({ model: 'models.LeaveModel', node: 'hrApproval', handleType: 'transfer', status: 'x' });
    expect(timeline(p)).toEqual([
      'NodeHandled hrApproval:transfer processing events.leaveHandled',
      'Process x',
    ]);
  });

  it('notes the actions whose effect the docs leave open', () => {
    const p = plan({ model: 'models.OrderModel', node: 'StartNode', handleType: 'cancel' }, tree);
    expect(timeline(p)).toEqual(['NodeHandled StartNode:cancel processing']);
    expect(p.notes[0]).toMatch(/cancel/);
  });
});

describe('planSimulation: what cannot be simulated', () => {
  const error = (action: SimulationAction) => {
    const result = planSimulation(sample, buildAppContext(sample), action);
    return isSimulationError(result) ? result.error : undefined;
  };

  it('says what to fix, naming what exists', () => {
    expect(error({ model: 'models.Nope', node: 'x', handleType: 'agree' })).toMatch(
      /models.Nope has no approval workflow.*models.ContractModel/,
    );
    expect(error(contract('ceoApproval', 'agree'))).toMatch(
      /'ceoApproval' is not a node of workflows.ContractApproval; act at one of: StartNode, deptApproval/,
    );
    expect(error(contract('EndNode', 'agree'))).toMatch(/'EndNode' is the end node .* nobody acts/);
    expect(error(contract('managerApproval', 'transfer'))).toBe(
      "node 'managerApproval' offers agree, reject; 'transfer' is not one of them.",
    );
    expect(error(contract('deptApproval', ' '))).toMatch(/an action is needed, e.g. agree/);
  });
});
