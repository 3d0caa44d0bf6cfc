import type { RunRequest, RunResult, SimulationPlan } from '@event-studio/runtime';
import { describe, expect, it } from 'vitest';
import { type EventPosition, reportingSandbox } from './reporting-sandbox';

const input = { status: 'processing' };
const plan: SimulationPlan = {
  model: 'models.M',
  workflow: 'workflows.W',
  row: {},
  notes: [],
  steps: [
    { moment: 'NodeHandled', events: [{ fullName: 'events.a', fired: true, input }] },
    {
      moment: 'NodeChange',
      events: [
        { fullName: 'events.b', fired: false, reason: 'not listed', input },
        { fullName: 'events.c', fired: true, input },
        { fullName: 'events.a', fired: true, input },
      ],
    },
  ],
};

function request(fullName: string): RunRequest {
  return {
    element: { fullName } as RunRequest['element'],
    files: {},
    model: { fullName: 'models.M', fields: [] },
    row: {},
    input,
  };
}

const ran = { ok: true } as RunResult;

describe('reportingSandbox', () => {
  it('reports each run at its place in the plan, even when a fired event is skipped', async () => {
    const started: EventPosition[] = [];
    const finished: EventPosition[] = [];
    const sandbox = reportingSandbox({ run: async () => ran }, plan, {
      started: (at) => started.push(at),
      finished: (at, result) => {
        expect(result).toBe(ran);
        finished.push(at);
      },
    });
    // events.a at step 0 could not be built, so the first run is events.c.
    await sandbox.run(request('events.c'));
    await sandbox.run(request('events.a'));
    expect(started).toEqual([
      { step: 1, event: 1 },
      { step: 1, event: 2 },
    ]);
    expect(finished).toEqual(started);
  });
});
