import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppContext } from '../app/app-context.js';
import { readAppFolder, sampleAppDir } from '../app/app-folder.node.js';
import type { AppTree } from '../app/app-tree.js';
import { NodeSandbox } from '../sandbox/node-sandbox.js';
import { isSimulationError } from './plan-simulation.js';
import { simulate } from './run-simulation.js';
import { eventFiles, withFiles } from './simulate-fixtures.testing.js';
import type { SimulationAction, SimulationResult } from './simulation.types.js';

// Real Pyodide in a worker thread, one sandbox for the whole file.

let sandbox: NodeSandbox;
let sample: AppTree;
beforeAll(async () => {
  [sandbox, sample] = await Promise.all([NodeSandbox.start(), readAppFolder(sampleAppDir())]);
});
afterAll(() => sandbox?.dispose());

async function run(action: SimulationAction, tree: AppTree = sample, timeoutMs?: number) {
  const result = await simulate(sandbox, tree, buildAppContext(tree), action, timeoutMs ? { timeoutMs } : {});
  if (isSimulationError(result)) throw new Error(result.error);
  return result;
}

/** Every event that ran, in order, with its step and its log lines. */
function ran(result: SimulationResult): string[] {
  return result.steps.flatMap((step) =>
    step.events
      .filter((e) => e.result !== undefined)
      .map((e) => `${step.moment} ${e.fullName}: ${e.result?.logs.map((l) => l.message).join(' | ')}`),
  );
}

// Test-only events in the newer spelling (customFunc(eventOutData)) that log what they see.
const newer = (name: string, model: string, config: Record<string, unknown>, body: string) =>
  eventFiles(
    name,
    { model, funcType: 'Inner', enable: 1, ...config },
    `from jit.commons.utils.logger import log\n\ndef customFunc(eventOutData):\n${body}\n`,
  );

describe('simulate on the sample app', () => {
  it('agree at deptApproval: nothing on deptApproval, contractNodeChange runs for managerApproval', async () => {
    const result = await run({ model: 'models.ContractModel', node: 'deptApproval', handleType: 'agree' });
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => [s.moment, s.node, s.events.length])).toEqual([
      ['NodeHandled', 'deptApproval', 0],
      // after.deptApproval (listed, not fired: the seed's plain ids fire on reaching), then managerApproval reached
      ['NodeChange', 'deptApproval', 1],
      ['NodeChange', 'managerApproval', 1],
    ]);
    expect(result.steps[1]?.events[0]?.fired).toBe(false);
    const event = result.steps[2]?.events[0];
    expect(event).toMatchObject({ fullName: 'events.contractNodeChange', fired: true });
    expect(event?.result?.logs[0]?.message).toMatch(/awaiting manager approval/);
    expect(event?.result?.saves).toBe(1);
    expect(result.row.changed).toEqual(['approvalStage']);
    expect(result.row.after.approvalStage).toBe('manager');
    expect(result.row.before.approvalStage).not.toBe('manager');
  });

  it('walks a three-node workflow from submit to approval, the row carried from action to action', async () => {
    const tree = withFiles(sample, {
      ...newer(
        'contractStatus',
        'models.ContractModel',
        { operate: 'Process' },
        '    log.info(f"{eventOutData.status.value} at {eventOutData.row.approvalStage.value}")',
      ),
    });
    const actions: [string, string][] = [
      ['StartNode', 'submit'],
      ['deptApproval', 'agree'],
      ['managerApproval', 'agree'],
      ['directorApproval', 'agree'],
    ];
    let row = { contractNo: 'CT-7', amount: 2000000, approvalStage: '' };
    const timelines: string[][] = [];
    for (const [node, handleType] of actions) {
      const result = await run({ model: 'models.ContractModel', node, handleType, row }, tree);
      expect(result.ok).toBe(true);
      timelines.push(ran(result));
      row = { ...row, ...result.row.after };
    }
    expect(timelines).toEqual([
      [
        'NodeChange events.contractNodeChange: Contract CT-7 is awaiting department approval',
        'Process events.contractStatus: In at dept',
      ],
      ['NodeChange events.contractNodeChange: Contract CT-7 is awaiting manager approval'],
      ['NodeChange events.contractNodeChange: Contract CT-7 amount 2000000 needs director sign-off'],
      ['Process events.contractStatus: Pass at director'],
    ]);
  });

  it('agree at hrApproval: leaveHandled, then EndNode, then approval, each seeing the row as left', async () => {
    const tree = withFiles(sample, {
      ...newer(
        'leaveDone',
        'models.LeaveModel',
        { operate: 'NodeChange', triggerNode: ['before.EndNode'] },
        '    row = eventOutData.row\n    log.info(f"end after {row.approvalStatus.value}")\n    row.transferNote.value = "closed"\n    row.save()',
      ),
      ...newer(
        'leaveStatus',
        'models.LeaveModel',
        { operate: 'Process' },
        '    row = eventOutData.row\n    log.info(f"{eventOutData.status.value}: {row.approvalStatus.value}, {row.transferNote.value}")',
      ),
    });
    const row = { leaveNo: 'LV-3', days: 2, approvalStatus: 'pending', transferNote: '' };
    const result = await run(
      { model: 'models.LeaveModel', node: 'hrApproval', handleType: 'agree', row },
      tree,
    );
    expect(ran(result)).toEqual([
      'NodeHandled events.leaveHandled: Leave request LV-3 (2 days) approved',
      'NodeChange events.leaveDone: end after approved',
      'Process events.leaveStatus: Pass: approved, closed',
    ]);
    expect(result.row).toEqual({
      before: row,
      after: { ...row, approvalStatus: 'approved', transferNote: 'closed' },
      changed: ['approvalStatus', 'transferNote'],
    });
  });
});

describe('simulate: a handler that raises or hangs aborts the action', () => {
  it('stops at the raising handler: later events do not run and its row changes are not kept', async () => {
    const tree = withFiles(sample, {
      ...newer(
        'aVeto',
        'models.LeaveModel',
        { operate: 'NodeHandled', handleNode: 'hrApproval', handleType: ['agree'] },
        '    eventOutData.row.transferNote.value = "vetoed"\n    raise ValueError("too many days")',
      ),
    });
    const row = { leaveNo: 'LV-4', days: 30, approvalStatus: 'pending', transferNote: '' };
    const result = await run(
      { model: 'models.LeaveModel', node: 'hrApproval', handleType: 'agree', row },
      tree,
    );
    expect(result.ok).toBe(false);
    expect(result.stoppedBy).toEqual({ fullName: 'events.aVeto', timedOut: false });
    const [veto, handled] = result.steps[0]?.events ?? [];
    expect(veto?.result?.error).toMatchObject({ type: 'ValueError', message: 'too many days', line: 5 });
    expect(handled).toMatchObject({ fullName: 'events.leaveHandled', fired: true });
    expect(handled?.result).toBeUndefined();
    expect(handled?.notRun).toBe('events.aVeto raised, which aborts the approval action.');
    expect(result.row.after).toEqual(row);
    expect(result.row.changed).toEqual([]);
  });

  it('stops at a handler that runs out of time', async () => {
    const tree = withFiles(sample, {
      ...newer('aSpin', 'models.LeaveModel', { operate: 'Process' }, '    while True:\n        pass'),
    });
    const result = await run(
      { model: 'models.LeaveModel', node: 'hrApproval', handleType: 'agree' },
      tree,
      300,
    );
    expect(result.ok).toBe(false);
    expect(result.stoppedBy).toEqual({ fullName: 'events.aSpin', timedOut: true });
    expect(result.steps[0]?.events[0]?.result?.error).toBeNull();
    expect(result.steps.at(-1)?.events[0]?.result?.timedOut).toBe(true);
  });
});
