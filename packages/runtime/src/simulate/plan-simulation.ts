import { workflowForModel } from '../app/app-context.js';
import type { AppContext, WorkflowInfo, WorkflowNode } from '../app/app-context.types.js';
import type { AppTree } from '../app/app-tree.js';
import type { ApprovalEvent, EventInput } from '../element/approval-event.types.js';
import { isValid } from '../element/element-methods.js';
import { handleWordHeard, offersHandleType } from '../element/handle-words.js';
import { sampleRow } from '../testing/sample-rows.js';
import { transitionOf } from './action-transition.js';
import { type StatusKind, spellStatus, statusFor } from './approval-status.js';
import { modelEvents } from './model-events.js';
import type {
  PlannedEvent,
  SimulationAction,
  SimulationError,
  SimulationMoment,
  SimulationPlan,
  SimulationStep,
} from './simulation.types.js';
import { isGateway, nextNodes } from './workflow-route.js';

type StepFacts = Omit<SimulationStep, 'moment' | 'events'>;

/** True when planning failed; the sentence says what to fix. */
export function isSimulationError(value: object): value is SimulationError {
  return 'error' in value && typeof value.error === 'string';
}

/**
 * Decides, without running anything, the platform moments an approval action goes through and
 * which of the app's approval events fire at each: NodeHandled at the acted node, NodeChange for each
 * node the workflow reaches, then Process when the status changes (table in simulate/README.md).
 */
export function planSimulation(
  tree: AppTree,
  context: AppContext,
  action: SimulationAction,
): SimulationPlan | SimulationError {
  const workflow = workflowForModel(context, action.model);
  if (workflow === undefined) {
    const withWorkflow = context.workflows.map((w) => w.model).filter((m) => m !== '');
    return {
      error: `${action.model || '(no model)'} has no approval workflow in this app; models with one: ${withWorkflow.join(', ') || 'none'}.`,
    };
  }
  const found = actedNode(workflow, action);
  if ('error' in found) return found;
  const { node } = found;

  const events = modelEvents(tree, action.model);
  const steps: SimulationStep[] = [];
  const notes: string[] = [];
  const at = (moment: SimulationMoment, facts: StepFacts, inputOf: (e: ApprovalEvent) => EventInput) =>
    steps.push({ moment, ...facts, events: plannedEvents(events, moment, inputOf) });
  const running = (e: ApprovalEvent) => spellStatus('inProgress', e.spelling);
  const seedRunning = spellStatus('inProgress', 'seed');
  const reach = (reached: WorkflowNode, triggerNode: string) =>
    at(
      'NodeChange',
      { node: reached.id, nodeTitle: reached.title, triggerNode, status: seedRunning },
      (e) => ({ status: running(e), triggerNode }),
    );

  at(
    'NodeHandled',
    { node: node.id, nodeTitle: node.title, handleType: action.handleType, status: seedRunning },
    (e) => ({
      status: running(e),
      // Each event hears the pressed button by the word it lists (button 3: `reject` or `refuse`).
      handleType: handleWordHeard(e.handleType, action.handleType, node.handles),
      nodeId: node.id,
      nodeTitle: node.title,
    }),
  );

  const transition = transitionOf(action.handleType);
  if (transition.note) notes.push(transition.note);
  let statusKind: StatusKind | undefined = transition.status;
  if (transition.move === 'forward') {
    // The newer revision's two moments (approval-events.md): `after.X` once X is approved (`after.
    // StartNode`: submitted), then `before.Y` as the next node is reached, which is when a seed
    // event's plain `Y` fires too.
    reach(node, `after.${node.id}`);
    const route = nextNodes(workflow, node.id);
    notes.push(...route.notes);
    if (route.reached.length === 0) notes.push(`Nothing follows '${node.id}': it has no link out.`);
    for (const next of route.reached) reach(next, `before.${next.id}`);
    if (route.reached.some((n) => n.kind === 'end')) statusKind = 'approved';
    else if (node.kind === 'start') statusKind = 'inProgress';
  } else if (transition.move === 'back') {
    const start = workflow.nodes.find((n) => n.kind === 'start');
    if (start) reach(start, `before.${start.id}`);
    else notes.push(`${workflow.fullName} has no start node to send the approval back to.`);
  } else if (transition.move === 'end') {
    const end = workflow.nodes.find((n) => n.kind === 'end');
    if (end) reach(end, `before.${end.id}`);
    else notes.push(`${workflow.fullName} has no end node; the approval ends without reaching one.`);
  }

  const status = action.status === undefined ? statusKind : { given: action.status };
  if (status !== undefined) {
    at('Process', { status: statusFor(status, 'seed') }, (e) => ({ status: statusFor(status, e.spelling) }));
  }
  const model = context.models.get(action.model);
  const row = action.row ?? (model ? sampleRow(model) : {});
  return { model: action.model, workflow: workflow.fullName, row, steps, notes };
}

/** The node acted at, or why nobody can act there with that action. */
function actedNode(
  workflow: WorkflowInfo,
  action: SimulationAction,
): { node: WorkflowNode } | SimulationError {
  const actable = workflow.nodes.filter((n) => n.kind !== 'end' && !isGateway(n)).map((n) => n.id);
  const node = workflow.nodes.find((n) => n.id === action.node);
  if (node === undefined) {
    return {
      error: `'${action.node}' is not a node of ${workflow.fullName}; act at one of: ${actable.join(', ')}.`,
    };
  }
  if (!actable.includes(node.id)) {
    const what = node.kind === 'end' ? 'the end node' : `a ${node.kind} gateway`;
    return {
      error: `'${node.id}' is ${what} of ${workflow.fullName}, where nobody acts; act at one of: ${actable.join(', ')}.`,
    };
  }
  if (action.handleType.trim() === '') {
    return { error: `an action is needed, e.g. ${node.handles[0]?.name ?? 'agree'}.` };
  }
  const offered = node.handles.map((h) => h.name);
  // A node whose config.json lists no buttons cannot be checked, so any action is allowed there.
  if (offered.length > 0 && !offersHandleType(node.handles, action.handleType)) {
    return {
      error: `node '${node.id}' offers ${offered.join(', ')}; '${action.handleType}' is not one of them.`,
    };
  }
  return { node };
}

/** The events of one operate at one moment, each with its isValid verdict and input. */
function plannedEvents(
  events: readonly ApprovalEvent[],
  moment: SimulationMoment,
  inputOf: (e: ApprovalEvent) => EventInput,
): PlannedEvent[] {
  return events
    .filter((e) => e.operate === moment)
    .map((e) => {
      const input = inputOf(e);
      const validity = isValid(e, input);
      return {
        fullName: e.fullName,
        fired: validity.valid,
        ...(validity.reason === undefined ? {} : { reason: validity.reason }),
        input,
      };
    });
}
