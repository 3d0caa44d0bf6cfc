import type {
  SimulatedEvent,
  SimulatedStep,
  SimulationAction,
  SimulationPlan,
  SimulationResult,
} from '@event-studio/runtime';
import { formatRunResult, runResultJson } from './run-format.js';

function eventJson(event: SimulatedEvent) {
  const reason = event.notRun === undefined ? event.reason : `not run: ${event.notRun}`;
  return {
    fullName: event.fullName,
    fired: event.fired,
    ...(reason === undefined ? {} : { reason }),
    input: event.input,
    ...(event.result === undefined ? {} : { result: runResultJson(event.result) }),
  };
}

/** The documented JSON of `simulate --json`: the timeline, each fired event's run, the row through it. */
export function simulationJson(plan: SimulationPlan, result: SimulationResult) {
  return {
    ok: result.ok,
    model: plan.model,
    workflow: plan.workflow,
    steps: result.steps.map((step) => ({
      moment: step.moment,
      node: step.node ?? null,
      nodeTitle: step.nodeTitle ?? null,
      triggerNode: step.triggerNode ?? null,
      handleType: step.handleType ?? null,
      status: step.status ?? null,
      events: step.events.map(eventJson),
    })),
    row: result.row,
    stoppedBy: result.stoppedBy ?? null,
    notes: result.notes,
  };
}

function stepHeading(step: SimulatedStep, index: number): string {
  const title = step.nodeTitle && step.nodeTitle !== step.node ? ` (${step.nodeTitle})` : '';
  const status = step.status === undefined ? '' : ` · status ${step.status}`;
  if (step.moment === 'NodeHandled')
    return `${index}. NodeHandled at ${step.node}${title}: ${step.handleType}${status}`;
  if (step.moment === 'NodeChange')
    return `${index}. NodeChange → ${step.node}${title} [${step.triggerNode}]${status}`;
  return `${index}. Process${status}`;
}

function eventLines(event: SimulatedEvent): string[] {
  if (!event.fired)
    return [`○ ${event.fullName} did not fire: ${event.reason ?? 'its conditions were not met'}`];
  if (event.result === undefined) return [`⊘ ${event.fullName} fired but was not run: ${event.notRun ?? ''}`];
  return [`● ${event.fullName}`, ...formatRunResult(event.fullName, event.result)];
}

/** A simulation as a person reads it in a terminal, one CLI line each: a numbered timeline, the row, the outcome. */
export function formatSimulation(
  action: SimulationAction,
  plan: SimulationPlan,
  result: SimulationResult,
): string[] {
  const lines = [`Simulating ${action.handleType} at ${action.node} · ${plan.model} · ${plan.workflow}`];
  result.steps.forEach((step, i) => {
    lines.push(stepHeading(step, i + 1));
    if (step.events.length === 0) lines.push(`   no ${step.moment} event of ${plan.model} listens here`);
    for (const event of step.events) lines.push(...eventLines(event).map((line) => `   ${line}`));
  });
  for (const note of result.notes) lines.push(`note: ${note}`);
  const { before, after, changed } = result.row;
  if (changed.length === 0) lines.push('Row: unchanged.');
  else {
    lines.push('Row:');
    for (const field of changed)
      lines.push(`  ${field}: ${JSON.stringify(before[field])} → ${JSON.stringify(after[field])}`);
  }
  const ran = result.steps.flatMap((s) => s.events).filter((e) => e.result !== undefined).length;
  if (result.stoppedBy) {
    const why = result.stoppedBy.timedOut ? 'ran out of time' : 'raised';
    lines.push(`✖ ${result.stoppedBy.fullName} ${why}: the approval action is aborted.`);
  } else if (!result.ok) lines.push('✖ an event that fired could not be run.');
  else if (ran === 0) lines.push('✔ No approval event fired.');
  else lines.push(`✔ ${ran} handler(s) ran and returned; the action goes through.`);
  return lines;
}
