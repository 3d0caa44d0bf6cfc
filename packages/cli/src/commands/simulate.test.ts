import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleAppDir } from '@event-studio/runtime/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { captureIO, scratch } from './command-test-kit.testing.js';
import { simulateCommand } from './simulate.js';

// In-process: each invocation that fires an event starts its own Pyodide worker, as the CLI does.

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await scratch());
  await cp(sampleAppDir(), join(dir, 'app'), { recursive: true });
});
afterAll(() => cleanup());

interface EventJson {
  fullName: string;
  fired: boolean;
  reason?: string;
  input: Record<string, string>;
  result?: { ok: boolean; error: { type: string; line: number | null } | null; logs: { message: string }[] };
}
interface SimulateJson {
  ok: boolean;
  steps: {
    moment: string;
    node: string | null;
    handleType: string | null;
    status: string | null;
    events: EventJson[];
  }[];
  row: { before: Record<string, unknown>; after: Record<string, unknown>; changed: string[] };
  stoppedBy: { fullName: string; timedOut: boolean } | null;
}

async function simulate(...args: string[]) {
  const io = captureIO(dir);
  const code = await simulateCommand([...args, '--json'], io);
  const json = io.out.length ? (JSON.parse(io.out.join('\n')) as SimulateJson) : undefined;
  return { code, json, err: io.err };
}

/** A lone element folder in the scratch dir (laid over the app with --app). */
async function element(name: string, eJson: Record<string, unknown>, innerPy: string): Promise<string> {
  await mkdir(join(dir, name), { recursive: true });
  const config = { title: name, type: 'events.WorkflowType', funcType: 'Inner', enable: 1, ...eJson };
  await writeFile(join(dir, name, 'e.json'), JSON.stringify(config));
  await writeFile(join(dir, name, 'inner.py'), `def customFunc(eventOutData):\n${innerPy}\n`);
  return name;
}

describe('event-studio simulate', () => {
  it('prints a readable timeline through main: agree at deptApproval reaches managerApproval', async () => {
    const io = captureIO(dir);
    const args = ['simulate', 'app', '--model', 'models.ContractModel', '--node', 'deptApproval'];
    expect(await main([...args, '--action', 'agree'], io)).toBe(0);
    const text = io.out.join('\n');
    expect(text).toContain('1. NodeHandled at deptApproval (Department Approval): agree · status processing');
    expect(text).toContain('no NodeHandled event of models.ContractModel listens here');
    expect(text).toContain('2. NodeChange → deptApproval (Department Approval) [after.deptApproval]');
    expect(text).toContain('3. NodeChange → managerApproval (Manager Approval) [before.managerApproval]');
    expect(text).toContain('● events.contractNodeChange');
    expect(text).toMatch(/approvalStage: "draft" → "manager"/);
    expect(text).toContain('✔ 1 handler(s) ran and returned; the action goes through.');
    expect(io.err).toEqual([]);
  });

  it('gives the documented JSON: steps, events with run results, the row through it all', async () => {
    await writeFile(join(dir, 'leave.json'), JSON.stringify({ leaveNo: 'LV-1', days: 3 }));
    const { code, json } = await simulate(
      'app',
      '--model',
      'models.LeaveModel',
      '--node',
      'hrApproval',
      '--action',
      'agree',
      '--row',
      'leave.json',
    );
    expect(code).toBe(0);
    expect(json?.ok).toBe(true);
    expect(json?.steps.map((s) => [s.moment, s.node, s.handleType, s.status])).toEqual([
      ['NodeHandled', 'hrApproval', 'agree', 'processing'],
      ['NodeChange', 'hrApproval', null, 'processing'],
      ['NodeChange', 'EndNode', null, 'processing'],
      ['Process', null, null, 'approved'],
    ]);
    const handled = json?.steps[0]?.events[0];
    expect(handled).toMatchObject({ fullName: 'events.leaveHandled', fired: true });
    expect(Object.keys(handled?.result ?? {})).toEqual([
      'ok',
      'fired',
      'logs',
      'error',
      'row',
      'saves',
      'serviceCalls',
      'modelWrites',
      'modelChanges',
      'returnValue',
      'timedOut',
      'durationMs',
    ]);
    expect(json?.row).toEqual({
      before: { leaveNo: 'LV-1', days: 3 },
      after: { leaveNo: 'LV-1', days: 3, approvalStatus: 'approved' },
      changed: ['approvalStatus'],
    });
    expect(json?.stoppedBy).toBeNull();
  });

  it('passes --status to the Process events in their spelling, the row from --row-json', async () => {
    const { code, json } = await simulate(
      'app',
      '--model',
      'models.OrderModel',
      '--node',
      'approvalNode',
      '--action',
      'agree',
      '--status',
      'Refuse',
      '--row-json',
      '{"orderNo": "SO-5", "status": "pending"}',
    );
    expect(code).toBe(0);
    const process = json?.steps.at(-1);
    expect(process).toMatchObject({ moment: 'Process', status: 'rejected' });
    expect(process?.events[0]?.input).toEqual({ status: 'rejected' });
    expect(json?.row.after).toEqual({ orderNo: 'SO-5', status: 'cancelled' });
  });

  it('answers without Python when nothing fires', async () => {
    const io = captureIO(dir);
    const args = [
      'app',
      '--model',
      'models.ContractModel',
      '--node',
      'managerApproval',
      '--action',
      'reject',
    ];
    expect(await simulateCommand(args, io)).toBe(0);
    expect(io.out.join('\n')).toMatch(
      /NodeChange → StartNode \(Submit\) \[before\.StartNode\][\s\S]*○ events\.contractNodeChange did not fire[\s\S]*✔ No approval event fired\./,
    );
  });

  it('exits 1 when a handler raises: the action is aborted and later handlers do not run', async () => {
    const veto = await element(
      'aVeto',
      { model: 'models.LeaveModel', operate: 'NodeHandled', handleNode: 'hrApproval', handleType: 'agree' },
      '    raise ValueError("no")',
    );
    const args = [
      '--app',
      'app',
      '--model',
      'models.LeaveModel',
      '--node',
      'hrApproval',
      '--action',
      'agree',
    ];
    const { code, json } = await simulate(veto, ...args);
    expect(code).toBe(1);
    expect(json?.ok).toBe(false);
    expect(json?.stoppedBy).toEqual({ fullName: 'events.aVeto', timedOut: false });
    const [raised, skipped] = json?.steps[0]?.events ?? [];
    expect(raised?.result?.error).toMatchObject({ type: 'ValueError', line: 2 });
    expect(skipped).toMatchObject({
      fullName: 'events.leaveHandled',
      fired: true,
      reason: 'not run: events.aVeto raised, which aborts the approval action.',
    });
    expect(skipped?.result).toBeUndefined();
  });

  it('exits 3 when a handler runs out of time', async () => {
    const spin = await element(
      'aSpin',
      { model: 'models.LeaveModel', operate: 'Process' },
      '    while True:\n        pass',
    );
    const args = [
      '--app',
      'app',
      '--model',
      'models.LeaveModel',
      '--node',
      'hrApproval',
      '--action',
      'agree',
    ];
    const io = captureIO(dir);
    expect(await simulateCommand([spin, ...args, '--timeout', '300'], io)).toBe(3);
    expect(io.out.join('\n')).toContain('✖ events.aSpin ran out of time: the approval action is aborted.');
  });

  it('exits 2 with one line for bad usage and actions that cannot happen', async () => {
    const base = ['simulate', 'app', '--model', 'models.ContractModel', '--node', 'deptApproval'];
    const cases: [string[], RegExp][] = [
      [['simulate', '--model', 'x'], /expected one path/],
      [base, /--action is required, e.g. --action agree/],
      [
        [...base, '--action', 'addSign'],
        /node 'deptApproval' offers agree, reject, transfer; 'addSign' is not/,
      ],
      [
        ['simulate', 'app', '--model', 'models.Nope', '--node', 'a', '--action', 'agree'],
        /models.Nope has no approval workflow/,
      ],
      [[...base, '--action', 'agree', '--timeout', '0'], /--timeout must be a whole number/],
      [[...base, '--action', 'agree', '--row-json', '[1]'], /a row must be a JSON object/],
      [[...base, '--action', 'agree', '--row-json', '{}', '--row', 'r.json'], /either --row/],
      [[...base, '--action', 'agree', '--row', 'missing.json'], /cannot read that file/],
      [['simulate', 'nowhere', '--model', 'm', '--node', 'n', '--action', 'a'], /nowhere: no such file/],
    ];
    for (const [argv, message] of cases) {
      const io = captureIO(dir);
      expect(await main(argv, io)).toBe(2);
      expect(io.err).toHaveLength(1);
      expect(io.err[0]).toMatch(message);
      expect(io.out).toEqual([]);
    }
  });
});
