import type { AppContext } from '../app/app-context.types.js';
import type { AppTree } from '../app/app-tree.js';
import type { SampleRow } from '../sandbox/run.types.js';
import { buildRunRequest } from '../testing/build-run-request.js';
import { isSimulationError, planSimulation } from './plan-simulation.js';
import type {
  SimulatedEvent,
  SimulatedStep,
  SimulationAction,
  SimulationError,
  SimulationPlan,
  SimulationResult,
  SimulationSandbox,
} from './simulation.types.js';

/** How the handlers of a simulation run. */
export interface SimulateOptions {
  /** Time limit per handler, in milliseconds (the sandbox's default when absent). */
  timeoutMs?: number;
}

/** Plans an approval action and runs the events that fire, in order: the action's timeline. */
export async function simulate(
  sandbox: SimulationSandbox,
  tree: AppTree,
  context: AppContext,
  action: SimulationAction,
  options: SimulateOptions = {},
): Promise<SimulationResult | SimulationError> {
  const plan = planSimulation(tree, context, action);
  return isSimulationError(plan) ? plan : runSimulationPlan(sandbox, tree, context, plan, options);
}

/**
 * Runs a plan's fired events one after another on one row: each handler sees the row as the previous
 * one left it. A handler that raises (or runs out of time) aborts the approval action, as on the
 * platform, so the fired events after it are not run and its row changes are not kept.
 */
export async function runSimulationPlan(
  sandbox: SimulationSandbox,
  tree: AppTree,
  context: AppContext,
  plan: SimulationPlan,
  options: SimulateOptions = {},
): Promise<SimulationResult> {
  let row: SampleRow = plan.row;
  let stoppedBy: SimulationResult['stoppedBy'];
  let ok = true;
  const steps: SimulatedStep[] = [];
  for (const step of plan.steps) {
    const events: SimulatedEvent[] = [];
    for (const event of step.events) {
      if (!event.fired) {
        events.push(event);
        continue;
      }
      if (stoppedBy !== undefined) {
        const why = stoppedBy.timedOut ? 'ran out of time' : 'raised';
        events.push({ ...event, notRun: `${stoppedBy.fullName} ${why}, which aborts the approval action.` });
        continue;
      }
      const built = buildRunRequest(tree, context, {
        fullName: event.fullName,
        row,
        input: event.input,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      });
      if (!built.ok) {
        // Planning only lists parsed elements, so this is a tree edited in between; say so and go on.
        ok = false;
        events.push({ ...event, notRun: built.message });
        continue;
      }
      const result = await sandbox.run(built.request);
      events.push({ ...event, result });
      if (result.error) {
        ok = false;
        stoppedBy = { fullName: event.fullName, timedOut: result.timedOut === true };
      } else row = result.row.after;
    }
    steps.push({ ...step, events });
  }
  return {
    ok,
    steps,
    row: { before: plan.row, after: row, changed: changedFields(plan.row, row) },
    ...(stoppedBy === undefined ? {} : { stoppedBy }),
    notes: plan.notes,
  };
}

/** Fields whose value differs between two rows (compared as JSON), in the order they first appear. */
function changedFields(before: SampleRow, after: SampleRow): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names.filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}
