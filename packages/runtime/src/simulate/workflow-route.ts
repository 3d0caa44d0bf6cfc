import type { WorkflowInfo, WorkflowNode, WorkflowNodeKind } from '../app/app-context.types.js';

/** Where an approval goes when it leaves a node forward, and the simplifications that took. */
export interface Route {
  /** The nodes reached, in link order; gateways are passed through, never reached. */
  reached: WorkflowNode[];
  notes: string[];
}

// Gateways route the approval but nobody acts there, so the simulation walks through them.
const GATEWAYS: ReadonlySet<WorkflowNodeKind> = new Set(['branch', 'parallelStart', 'parallelEnd']);

/** True for a node that only routes (branch, parallel start or end). */
export function isGateway(node: WorkflowNode): boolean {
  return GATEWAYS.has(node.kind);
}

/**
 * The nodes reached when an approval leaves `from` forward along linkList. Branch conditions are not
 * evaluated (the first link is followed); a parallel start opens every branch; a parallel end is
 * passed as if the other branches had finished; a node with several links follows the first.
 */
export function nextNodes(workflow: WorkflowInfo, from: string): Route {
  const byId = new Map(workflow.nodes.map((node) => [node.id, node]));
  const route: Route = { reached: [], notes: [] };
  const seen = new Set([from]);
  const walk = (id: string): void => {
    const node = byId.get(id);
    const targets = targetsOf(workflow, id, node, route.notes);
    for (const target of targets) {
      const next = byId.get(target);
      if (next === undefined) {
        route.notes.push(
          `A link from '${id}' goes to '${target}', which is not a node; it was not followed.`,
        );
      } else if (seen.has(target)) {
        route.notes.push(`The links from '${id}' loop back to '${target}'; the loop was not followed.`);
      } else {
        seen.add(target);
        if (!isGateway(next)) route.reached.push(next);
        else {
          if (next.kind === 'parallelEnd')
            route.notes.push(`Parallel end '${target}': assumed the other branches had already finished.`);
          walk(target);
        }
      }
    }
  };
  walk(from);
  return route;
}

function targetsOf(
  workflow: WorkflowInfo,
  id: string,
  node: WorkflowNode | undefined,
  notes: string[],
): string[] {
  const targets = workflow.links.filter((link) => link.from === id).map((link) => link.to);
  if (targets.length <= 1 || node?.kind === 'parallelStart') return targets;
  const why =
    node?.kind === 'branch' ? 'branch conditions are not evaluated' : 'a node normally has one link out';
  notes.push(`'${id}' links to ${targets.join(', ')}; ${why}, so the first, '${targets[0]}', was followed.`);
  return targets.slice(0, 1);
}
