import type { EventInput } from '../element/approval-event.types.js';
import type { RunRequest, RunResult, SampleRow } from '../sandbox/run.types.js';

/** The platform moments an approval action goes through, in the order they happen. */
export type SimulationMoment = 'NodeHandled' | 'NodeChange' | 'Process';

/** An approval action to simulate: someone acts at a node of the model's workflow. */
export interface SimulationAction {
  /** The model whose approval workflow is acted on, e.g. `models.ContractModel`. */
  model: string;
  /** The approval's row; a sample row of the model when absent. */
  row?: SampleRow;
  /** The node acted at, e.g. `StartNode` or `deptApproval`. */
  node: string;
  /** The action, e.g. `submit`, `agree`, `reject`, `refuse`, `transfer`. */
  handleType: string;
  /**
   * The approval's status after the action, overriding the transition table. Known values of
   * either spelling are translated to each element's (`Pass` ≈ `approved`); others go verbatim.
   */
  status?: string;
}

/** One approval event at one moment: whether its isValid accepts the moment, and its input. */
export interface PlannedEvent {
  fullName: string;
  fired: boolean;
  /** Why it does not fire, when it does not. */
  reason?: string;
  /** Exactly what the handler is called with (status in the element's own spelling). */
  input: EventInput;
}

/** One platform moment of the action and the app's events of that operate. */
export interface SimulationStep {
  moment: SimulationMoment;
  /** NodeHandled: the node acted at; NodeChange: the node reached (bare id). */
  node?: string;
  nodeTitle?: string;
  /** NodeChange: the trigger as matched, `after.<id>` or `before.StartNode`. */
  triggerNode?: string;
  /** NodeHandled: the action. */
  handleType?: string;
  /** The approval status at this moment, in the seed spelling (or the override as given). */
  status?: string;
  events: PlannedEvent[];
}

/** What an action will do, before anything runs: pure data the studio can show at once. */
export interface SimulationPlan {
  model: string;
  /** The workflow acted on, e.g. `workflows.ContractApproval`. */
  workflow: string;
  /** The row the first handler sees. */
  row: SampleRow;
  steps: SimulationStep[];
  /** Simplifications applied (a branch followed by its first link, …), in plain sentences. */
  notes: string[];
}

/** A planning failure the user can fix (unknown model, node or action), as one sentence. */
export interface SimulationError {
  error: string;
}

/** A planned event after the run: its result when it ran, or why a fired event did not run. */
export interface SimulatedEvent extends PlannedEvent {
  result?: RunResult;
  /** Set when the event fired but was not run because an earlier handler aborted the action. */
  notRun?: string;
}

/** A step of the timeline with each event's outcome. */
export interface SimulatedStep extends Omit<SimulationStep, 'events'> {
  events: SimulatedEvent[];
}

/** The timeline of an approval action: every moment, every event, the row through it all. */
export interface SimulationResult {
  /** True when every fired handler ran and returned. */
  ok: boolean;
  steps: SimulatedStep[];
  /** The row before the action and as the last handler left it. */
  row: { before: SampleRow; after: SampleRow; changed: string[] };
  /** The handler that aborted the action by raising or running out of time, if one did. */
  stoppedBy?: { fullName: string; timedOut: boolean };
  notes: string[];
}

/** What simulate needs of a sandbox: NodeSandbox and BrowserSandbox both qualify. */
export interface SimulationSandbox {
  run(request: RunRequest): Promise<RunResult>;
}
