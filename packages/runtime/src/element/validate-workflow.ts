import type { AppContext, WorkflowInfo, WorkflowNode } from '../app/app-context.types.js';
import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import type { ApprovalEvent } from './approval-event.types.js';
import { offeredHandleWords, offersHandleType } from './handle-words.js';
import { stripNodePrefix } from './spelling.js';

/** At most this many names are listed in a message; long lists help nobody. */
const LIST_LIMIT = 8;

/** Names for a message: `a, b, c` (and how many more), or `none`. */
export function listNames(names: readonly string[]): string {
  if (names.length === 0) return 'none';
  const shown = names.slice(0, LIST_LIMIT).join(', ');
  return names.length > LIST_LIMIT ? `${shown} (and ${names.length - LIST_LIMIT} more)` : shown;
}

/** The approval workflow of a model: the first workflow whose dataModel is the model. */
export function workflowOf(context: AppContext, model: string): WorkflowInfo | undefined {
  return context.workflows.find((w) => w.model === model);
}

/** The rules about what the element refers to: its model, the model's workflow and its nodes. */
export function validateWorkflowRefs(
  element: ApprovalEvent,
  file: string,
  context: AppContext,
): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  // Presence rules hold whatever the model: they are about the element alone.
  if (element.operate === 'NodeChange' && element.triggerNode.length === 0) {
    const message =
      'a NodeChange event needs at least one trigger node; list node ids in triggerNode, e.g. ["approvalNode"]';
    found.push(issue('error', 'triggerNode.empty', file, '/triggerNode', message, { params: {} }));
  }
  const rawNode = element.config.handleNode;
  // A handleNode of the wrong type is validateFields' (handleNode.type); do not report it twice.
  if (element.operate === 'NodeHandled' && (rawNode === undefined || rawNode === null || rawNode === '')) {
    const message = 'a NodeHandled event needs the node whose handling fires it; set handleNode to a node id';
    found.push(issue('error', 'handleNode.required', file, '/handleNode', message, { params: {} }));
  }
  if (typeof element.config.model !== 'string' || element.model === '') return found;
  if (!context.models.has(element.model)) {
    const message = `model '${element.model}' is not a model of this app; use one of: ${listNames([...context.models.keys()])}`;
    const params = { model: element.model, names: [...context.models.keys()].join(', ') };
    found.push(issue('error', 'model.unknown', file, '/model', message, { params }));
    return found;
  }
  const workflow = workflowOf(context, element.model);
  if (workflow === undefined) {
    const message = `model '${element.model}' has no approval workflow; create a workflow whose dataModel is ${element.model}, or pick a model that has one`;
    found.push(
      issue('error', 'model.noWorkflow', file, '/model', message, { params: { model: element.model } }),
    );
    return found;
  }
  if (element.operate === 'NodeChange') found.push(...triggerNodeIssues(element, file, workflow));
  if (element.operate === 'NodeHandled') found.push(...handleNodeIssues(element, file, workflow));
  return found;
}

function triggerNodeIssues(element: ApprovalEvent, file: string, workflow: WorkflowInfo): ValidationIssue[] {
  const raw = element.config.triggerNode;
  if (!Array.isArray(raw)) return [];
  const ids = new Set(workflow.nodes.map((n) => n.id));
  return raw.flatMap((node, index) => {
    // Both spellings are accepted: bare ids (seed) and after./before. prefixed ids (newer).
    if (typeof node !== 'string' || ids.has(stripNodePrefix(node))) return [];
    const message = `triggerNode '${node}' is not a node of workflow ${workflow.fullName}; its nodes are: ${listNames([...ids])}`;
    const params = { node, workflow: workflow.fullName, names: [...ids].join(', ') };
    return [issue('error', 'triggerNode.unknown', file, `/triggerNode/${index}`, message, { params })];
  });
}

function handleNodeIssues(element: ApprovalEvent, file: string, workflow: WorkflowInfo): ValidationIssue[] {
  const id = element.handleNode;
  if (id === undefined || id === '') return [];
  const node = workflow.nodes.find((n) => n.id === id);
  if (node === undefined) {
    const candidates = workflow.nodes.filter((n) => n.kind !== 'end').map((n) => n.id);
    const message = `handleNode '${id}' is not a node of workflow ${workflow.fullName}; use one of: ${listNames(candidates)}`;
    const params = { node: id, workflow: workflow.fullName, names: candidates.join(', ') };
    return [issue('error', 'handleNode.unknown', file, '/handleNode', message, { params })];
  }
  if (node.kind === 'end') {
    const message = `handleNode '${id}' is the end node of ${workflow.fullName}, and nobody handles an end node; pick an approval node`;
    const params = { node: id, workflow: workflow.fullName };
    return [issue('error', 'handleNode.endNode', file, '/handleNode', message, { params })];
  }
  return handleTypeIssues(element, file, node);
}

function handleTypeIssues(element: ApprovalEvent, file: string, node: WorkflowNode): ValidationIssue[] {
  const raw = element.config.handleType;
  const entries: [string, string][] =
    typeof raw === 'string'
      ? [[raw, '/handleType']]
      : Array.isArray(raw)
        ? raw.flatMap((t, i): [string, string][] => (typeof t === 'string' ? [[t, `/handleType/${i}`]] : []))
        : [];
  if (entries.length === 0) return [];
  const offered = offeredHandleWords(node.handles);
  if (offered.length === 0) {
    // config.json without a handleList: nothing to compare with, but no reason to block either.
    const message = `node '${node.id}' declares no handle buttons, so handleType cannot be checked; add a handleList to the workflow's nodeConfig`;
    return [
      issue('warning', 'handleType.unverifiable', file, '/handleType', message, {
        params: { node: node.id },
      }),
    ];
  }
  return entries.flatMap(([type, pointer]) => {
    if (offersHandleType(node.handles, type)) return [];
    // A warning: the element is well formed, it only never fires until the node offers that button.
    const message = `handleType '${type}' is not offered by node '${node.id}', so the event does not fire for it until the node offers it; it offers: ${listNames(offered)}`;
    const params = { type, node: node.id, names: offered.join(', ') };
    return [issue('warning', 'handleType.unknown', file, pointer, message, { params })];
  });
}
