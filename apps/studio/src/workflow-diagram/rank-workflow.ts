import type { WorkflowInfo, WorkflowNode } from '@event-studio/runtime';

/** A workflow's nodes put in layers (columns of the drawing), before any geometry. */
export interface RankedWorkflow {
  /** Each node once (the first of a repeated id), in the order a breadth-first walk meets them. */
  nodes: WorkflowNode[];
  /** Links between known nodes, each once. */
  links: { from: string; to: string }[];
  /** Node id → layer: one more than its furthest forward predecessor's. */
  layer: Map<string, number>;
  /** `from\u0000to` keys of the links that close a cycle (drawn against the flow). */
  back: Set<string>;
}

/** The key a link has in `RankedWorkflow.back`. */
export function linkKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

/** The node the flow starts at: the start node, else a node nothing links to, else the first. */
function startNodeOf(
  nodes: readonly WorkflowNode[],
  incoming: ReadonlyMap<string, string[]>,
): string | undefined {
  return (
    nodes.find((n) => n.kind === 'start')?.id ??
    nodes.find((n) => (incoming.get(n.id) ?? []).length === 0)?.id ??
    nodes[0]?.id
  );
}

/**
 * Links that close a cycle (found by a depth-first walk from each root): leaving them out makes
 * the graph acyclic, so the longest-path layering below terminates.
 */
function backLinkKeys(roots: readonly string[], outgoing: ReadonlyMap<string, string[]>): Set<string> {
  const back = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  for (const root of roots) {
    if (state.has(root)) continue;
    // An explicit stack: a long workflow must not overflow the call stack.
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = outgoing.get(top.id) ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const target = targets[top.next++]!;
      const seen = state.get(target);
      if (seen === 'open') back.add(linkKey(top.id, target));
      else if (seen === undefined) {
        state.set(target, 'open');
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return back;
}

/**
 * Columns: a node sits one column right of its furthest forward predecessor, so a join comes after
 * every branch that leads to it (plain BFS distance would put it beside the longer branch's middle).
 */
function layersOf(order: readonly string[], forward: ReadonlyMap<string, string[]>): Map<string, number> {
  const indegree = new Map<string, number>(order.map((id) => [id, 0]));
  for (const targets of forward.values())
    for (const t of targets) indegree.set(t, (indegree.get(t) ?? 0) + 1);
  const layer = new Map<string, number>(order.map((id) => [id, 0]));
  const ready = order.filter((id) => indegree.get(id) === 0);
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i]!;
    for (const t of forward.get(id) ?? []) {
      layer.set(t, Math.max(layer.get(t) ?? 0, (layer.get(id) ?? 0) + 1));
      const left = (indegree.get(t) ?? 0) - 1;
      indegree.set(t, left);
      if (left === 0) ready.push(t);
    }
  }
  return layer;
}

/** The order nodes are met walking breadth-first from the roots: it decides who goes on top. */
function breadthFirstOrder(roots: readonly string[], outgoing: ReadonlyMap<string, string[]>): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  for (const root of roots) {
    if (seen.has(root)) continue;
    seen.add(root);
    order.push(root);
    for (let i = order.length - 1; i < order.length; i++) {
      for (const t of outgoing.get(order[i]!) ?? []) {
        if (seen.has(t)) continue;
        seen.add(t);
        order.push(t);
      }
    }
  }
  return order;
}

/**
 * Puts a workflow's nodes in layers from its start node. Links to unknown nodes and repeated links
 * are ignored; nodes the start cannot reach are layered from their own roots, so none is dropped.
 */
export function rankWorkflow(workflow: Pick<WorkflowInfo, 'nodes' | 'links'>): RankedWorkflow {
  const byId = new Map<string, WorkflowNode>();
  for (const node of workflow.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const nodes = [...byId.values()];
  const outgoing = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const incoming = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const seen = new Set<string>();
  const links: { from: string; to: string }[] = [];
  for (const { from, to } of workflow.links) {
    if (!byId.has(from) || !byId.has(to) || seen.has(linkKey(from, to))) continue;
    seen.add(linkKey(from, to));
    links.push({ from, to });
    outgoing.get(from)!.push(to);
    incoming.get(to)!.push(from);
  }

  const start = startNodeOf(nodes, incoming);
  const roots = [
    ...(start === undefined ? [] : [start]),
    ...nodes.filter((n) => n.id !== start && incoming.get(n.id)!.length === 0).map((n) => n.id),
    // Nodes only reachable through a cycle no root enters: each starts its own walk.
    ...nodes.map((n) => n.id),
  ];
  const order = breadthFirstOrder(roots, outgoing);
  const back = backLinkKeys(order, outgoing);
  const forward = new Map<string, string[]>(
    nodes.map((n) => [n.id, outgoing.get(n.id)!.filter((t) => !back.has(linkKey(n.id, t)))]),
  );
  return { nodes: order.map((id) => byId.get(id)!), links, layer: layersOf(order, forward), back };
}
