import type { ApprovalEvent, EventInput } from './approval-event.types.js';
import { handlerArguments } from './handler-signature.js';
import { normaliseTriggerNode, sameHandleType, stripNodePrefix } from './spelling.js';

// The element's own methods, as the platform's `app.getElement("events.x")` offers them. The shared
// case table element-method-cases.json pins these semantics for this file and the Python shim.

/** What isValid decides, with a sentence saying why not when it does not fire. */
export interface Validity {
  valid: boolean;
  reason?: string;
}

/** A workflow node as handleNode receives it. */
export interface EventNode {
  id: string;
  title?: string;
}

/** Keyword arguments, as plain data. */
export type Kwargs = Record<string, unknown>;

/** The row and status an approval event hands its handler (values plain here, `.value` in Python). */
export interface EventOutData {
  row: unknown;
  status: unknown;
}

/** Task parameters: what an asynchronous run of the handler is queued with. */
export interface TaskParams {
  row: unknown;
  status: unknown;
  modelFullName: string;
  [extra: string]: unknown;
}

/** The event's sender, `"<model>_<operate>"`, as model events name theirs. */
export function getSender(element: ApprovalEvent): string {
  return `${element.model}_${element.operate}`;
}

/**
 * Whether the event fires for an input. `enable: 0` never fires; Process always fires; NodeChange
 * fires when the reached node is listed in triggerNode (a bare id means `after.<id>` on both sides);
 * NodeHandled fires when the handled node is handleNode and handleType is empty or lists the action
 * (transfer ≈ transmit).
 */
export function isValid(element: ApprovalEvent, input: EventInput): Validity {
  if (element.enable === 0) return { valid: false, reason: 'The event is switched off (enable is 0).' };
  if (element.operate === 'Process') return { valid: true };
  if (element.operate === 'NodeChange') return nodeChangeValidity(element, input);
  if (element.operate === 'NodeHandled') return nodeHandledValidity(element, input);
  return {
    valid: false,
    reason: `The operate '${element.operate}' is not Process, NodeChange or NodeHandled, so it never fires.`,
  };
}

function nodeChangeValidity(element: ApprovalEvent, input: EventInput): Validity {
  if (input.triggerNode === undefined || input.triggerNode === '') {
    return {
      valid: false,
      reason: 'No node was reached: a NodeChange event needs the node the workflow moved to.',
    };
  }
  const reached = normaliseTriggerNode(input.triggerNode);
  if (element.triggerNode.some((node) => normaliseTriggerNode(node) === reached)) return { valid: true };
  const listed = element.triggerNode.length > 0 ? element.triggerNode.join(', ') : 'none';
  return {
    valid: false,
    reason: `Node '${input.triggerNode}' is not one of the trigger nodes (${listed}).`,
  };
}

function nodeHandledValidity(element: ApprovalEvent, input: EventInput): Validity {
  if (element.handleNode === undefined) {
    return { valid: false, reason: 'The event names no handleNode, so no handled node matches.' };
  }
  if (input.nodeId !== element.handleNode) {
    const got = input.nodeId === undefined ? 'no node' : `node '${input.nodeId}'`;
    return {
      valid: false,
      reason: `The event listens to node '${element.handleNode}', but ${got} was handled.`,
    };
  }
  if (element.handleType.length === 0) return { valid: true };
  const action = input.handleType;
  if (action !== undefined && element.handleType.some((t) => sameHandleType(t, action)))
    return { valid: true };
  return {
    valid: false,
    reason: `The action '${action ?? '(none)'}' is not one of the handle types (${element.handleType.join(', ')}).`,
  };
}

/**
 * Puts a node's facts into the call's kwargs: NodeChange sets `triggerNode` to the node id;
 * NodeHandled sets `nodeId` and, when the node has one, `nodeTitle`; Process adds nothing. The node
 * is returned as given, args as a copy, kwargs as a new object (inputs are never mutated).
 */
export function handleNode(
  element: ApprovalEvent,
  node: EventNode,
  args: readonly unknown[],
  kwargs: Kwargs,
): [EventNode, unknown[], Kwargs] {
  const next: Kwargs = { ...kwargs };
  if (element.operate === 'NodeChange') next.triggerNode = node.id;
  if (element.operate === 'NodeHandled') {
    next.nodeId = node.id;
    if (node.title !== undefined) next.nodeTitle = node.title;
  }
  return [node, [...args], next];
}

/** The extras each operate carries besides the row and status, in handler-argument order. */
function operateExtras(operate: string): string[] {
  return handlerArguments(operate, 'seed').slice(1);
}

/**
 * Task params `{row, status, modelFullName}` plus the operate's extras from the input: NodeChange
 * `triggerNode` (bare id: prefix stripped, as handlers compare bare ids), NodeHandled `handleType`,
 * `nodeId`, `nodeTitle`. A missing extra is null, so every operate's params have a fixed shape.
 */
export function buildTaskParams(
  element: ApprovalEvent,
  eventOutData: EventOutData,
  input: EventInput,
): TaskParams {
  const params: TaskParams = {
    row: eventOutData.row ?? null,
    status: eventOutData.status ?? null,
    modelFullName: element.model,
  };
  const fromInput: Record<string, string | undefined> = {
    triggerNode: input.triggerNode,
    handleType: input.handleType,
    nodeId: input.nodeId,
    nodeTitle: input.nodeTitle,
  };
  for (const name of operateExtras(element.operate)) {
    const value = fromInput[name];
    params[name] = value === undefined ? null : name === 'triggerNode' ? stripNodePrefix(value) : value;
  }
  return params;
}

/**
 * The inverse of buildTaskParams: exactly what the handler is called with, `func(*args, **kwargs)`.
 * kwargs is always empty. Seed: `[eventOutData, ...extras]` in the operate's argument order. Newer:
 * `[eventOutData]` alone, the extras carried as keys of eventOutData (missing values are null).
 */
export function recoverTaskParams(
  element: ApprovalEvent,
  params: Record<string, unknown>,
): [unknown[], Kwargs] {
  const eventOutData: Record<string, unknown> = { row: params.row ?? null, status: params.status ?? null };
  const extras = operateExtras(element.operate).map((name) => [name, params[name] ?? null] as const);
  if (element.spelling === 'newer') {
    for (const [name, value] of extras) eventOutData[name] = value;
    return [[eventOutData], {}];
  }
  return [[eventOutData, ...extras.map(([, value]) => value)], {}];
}
