import {
  type AppContext,
  type AppTree,
  type RunResult,
  runSimulationPlan,
  type SimulatedStep,
  type SimulationPlan,
  type SimulationResult,
} from '@event-studio/runtime';
import { useCallback, useEffect, useRef, useState } from 'react';
import { startSandbox } from '../sandbox/sandbox-instance';
import { type EventPosition, reportingSandbox } from './reporting-sandbox';

/** One simulation as the panel shows it: the plan at once, each event's result as it arrives. */
export interface SimulationProgress {
  plan: SimulationPlan;
  /** The plan's steps, with results filled in so far (the final ones once `result` is set). */
  steps: SimulatedStep[];
  /** The event whose handler is running now. */
  running?: EventPosition;
  /** Set when every fired handler has run (or the action was aborted). */
  result?: SimulationResult;
  /** The sandbox itself failed (not a handler): the run could not finish. */
  failure?: string;
}

function withResult(steps: SimulatedStep[], at: EventPosition, result: RunResult): SimulatedStep[] {
  return steps.map((step, stepIndex) =>
    stepIndex !== at.step
      ? step
      : {
          ...step,
          events: step.events.map((event, index) => (index === at.event ? { ...event, result } : event)),
        },
  );
}

/** Runs simulation plans in the studio's sandbox and tracks the latest one's progress. */
export function useSimulation(): {
  progress: SimulationProgress | undefined;
  simulate: (tree: AppTree, context: AppContext, plan: SimulationPlan) => Promise<void>;
} {
  const [progress, setProgress] = useState<SimulationProgress>();
  // Bumped by each new simulation and on unmount, so a superseded run's late results are dropped.
  const generation = useRef(0);
  useEffect(
    () => () => {
      generation.current += 1;
    },
    [],
  );

  const simulate = useCallback(async (tree: AppTree, context: AppContext, plan: SimulationPlan) => {
    generation.current += 1;
    const mine = generation.current;
    const update = (change: (current: SimulationProgress) => SimulationProgress) => {
      if (generation.current === mine) setProgress((current) => current && change(current));
    };
    setProgress({ plan, steps: plan.steps });
    const sandbox = reportingSandbox(startSandbox(), plan, {
      started: (running) => update((current) => ({ ...current, running })),
      finished: (at, result) =>
        update((current) => ({
          ...current,
          running: undefined,
          steps: withResult(current.steps, at, result),
        })),
    });
    try {
      const result = await runSimulationPlan(sandbox, tree, context, plan);
      update((current) => ({ ...current, running: undefined, steps: result.steps, result }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      update((current) => ({ ...current, running: undefined, failure: message }));
    }
  }, []);

  return { progress, simulate };
}
