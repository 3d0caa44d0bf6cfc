import type { RunResult, SimulationPlan, SimulationSandbox } from '@event-studio/runtime';

/** Where an event sits in a plan: its step's index and its index within the step. */
export interface EventPosition {
  step: number;
  event: number;
}

/** What a reporting sandbox tells as the simulation goes. */
export interface RunReports {
  started(position: EventPosition): void;
  finished(position: EventPosition, result: RunResult): void;
}

/**
 * Wraps a sandbox so each handler run of a plan is reported as it starts and ends: runSimulationPlan
 * only resolves once every handler has run, and the timeline should fill in before that.
 */
export function reportingSandbox(
  inner: SimulationSandbox,
  plan: SimulationPlan,
  reports: RunReports,
): SimulationSandbox {
  const fired = plan.steps.flatMap((step, stepIndex) =>
    step.events.flatMap((event, eventIndex) =>
      event.fired ? [{ position: { step: stepIndex, event: eventIndex }, fullName: event.fullName }] : [],
    ),
  );
  let next = 0;
  return {
    async run(request) {
      // Runs come in plan order, but an event whose request cannot be built is skipped without a
      // run, so match by name from where the last run was rather than by count.
      const found = fired.findIndex(
        (entry, index) => index >= next && entry.fullName === request.element.fullName,
      );
      const position = found === -1 ? undefined : fired[found]?.position;
      if (position) {
        next = found + 1;
        reports.started(position);
      }
      const result = await inner.run(request);
      if (position) reports.finished(position, result);
      return result;
    },
  };
}
