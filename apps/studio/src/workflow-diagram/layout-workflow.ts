import type { WorkflowInfo, WorkflowNode } from '@event-studio/runtime';

/** Sizes of the drawing, in SVG user units. */
export const NODE_WIDTH = 120;
export const NODE_HEIGHT = 48;
const COLUMN_GAP = 36;
const ROW_GAP = 18;
const PADDING = 12;
/** Room under the nodes for links that run right-to-left (a reject back to an earlier node). */
const BACK_LINK_DEPTH = 26;

/** A node with its place in the drawing: (x, y) is its top-left corner. */
export interface PlacedNode {
  node: WorkflowNode;
  layer: number;
  row: number;
  x: number;
  y: number;
}

/** A link as an SVG path from the edge of one node to the edge of the other. */
export interface PlacedLink {
  from: string;
  to: string;
  /** True when the link runs against the flow (its target is not to the right of its source). */
  back: boolean;
  path: string;
}

/** A workflow laid out left to right: columns by distance from the start, branches stacked. */
export interface WorkflowLayout {
  nodes: PlacedNode[];
  links: PlacedLink[];
  width: number;
  height: number;
}

type Graph = Pick<WorkflowInfo, 'nodes' | 'links'>;

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
      if (seen === 'open') back.add(`${top.id}\u0000${target}`);
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

/** Horizontal-tangent curve from one point to another: the S shape of a flow chart link. */
function curve(x1: number, y1: number, x2: number, y2: number): string {
  const bend = (x2 - x1) / 2;
  return `C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
}

/**
 * A forward link: from the source's right edge to the target's left edge, running straight through
 * the placeholder slots (`through`: their centre heights) of the columns it crosses.
 */
function forwardLinkPath(from: PlacedNode, to: PlacedNode, through: readonly number[]): string {
  let x = from.x + NODE_WIDTH;
  let y = from.y + NODE_HEIGHT / 2;
  const parts = [`M${x},${y}`];
  for (const slotCentre of through) {
    const left = x + COLUMN_GAP;
    parts.push(curve(x, y, left, slotCentre), `L${left + NODE_WIDTH},${slotCentre}`);
    x = left + NODE_WIDTH;
    y = slotCentre;
  }
  parts.push(curve(x, y, to.x, to.y + NODE_HEIGHT / 2));
  return parts.join(' ');
}

/** A link against the flow (a send-back): it loops underneath every node to its target. */
function backLinkPath(from: PlacedNode, to: PlacedNode, bottom: number): string {
  const x1 = from.x + NODE_WIDTH / 2 + 8;
  const x2 = to.x + NODE_WIDTH / 2 - 8;
  const low = bottom + BACK_LINK_DEPTH - 4;
  return `M${x1},${from.y + NODE_HEIGHT} C${x1},${low} ${x2},${low} ${x2},${to.y + NODE_HEIGHT}`;
}

/**
 * Lays a workflow out left to right. Links to unknown nodes and repeated links are ignored; nodes
 * the start cannot reach are laid out from their own roots below, so nothing is dropped.
 */
export function layoutWorkflow(workflow: Graph): WorkflowLayout {
  const byId = new Map<string, WorkflowNode>();
  for (const node of workflow.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const nodes = [...byId.values()];
  const outgoing = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const incoming = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const linkKeys = new Set<string>();
  const links: { from: string; to: string }[] = [];
  for (const { from, to } of workflow.links) {
    const key = `${from}\u0000${to}`;
    if (!byId.has(from) || !byId.has(to) || linkKeys.has(key)) continue;
    linkKeys.add(key);
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
    nodes.map((n) => [n.id, outgoing.get(n.id)!.filter((t) => !back.has(`${n.id}\u0000${t}`))]),
  );
  const layer = layersOf(order, forward);

  // A link that skips columns passes through a placeholder slot in each column it crosses, so it
  // is routed around the nodes there instead of straight through them.
  const columns: string[][] = [];
  for (const id of order) {
    const l = layer.get(id)!;
    columns[l] = [...(columns[l] ?? []), id];
  }
  const predecessors = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const waypoints = new Map<number, string[]>();
  links.forEach(({ from, to }, index) => {
    if (back.has(`${from}\u0000${to}`)) return;
    let previous = from;
    const slots: string[] = [];
    for (let l = layer.get(from)! + 1; l < layer.get(to)!; l++) {
      const slot = `\u0000${index}:${l}`;
      columns[l]!.push(slot);
      predecessors.set(slot, [previous]);
      slots.push(slot);
      previous = slot;
    }
    predecessors.get(to)!.push(previous);
    waypoints.set(index, slots);
  });

  const tallest = Math.max(1, ...columns.map((c) => c.length));
  const bandHeight = tallest * NODE_HEIGHT + (tallest - 1) * ROW_GAP;
  const slotY = new Map<string, number>();
  const placed = new Map<string, PlacedNode>();
  columns.forEach((column, layerIndex) => {
    // Each column is centred on the tallest, and its slots follow their predecessors' heights,
    // so a branch's nodes stay level with where they came from.
    const wanted = (id: string): number => {
      const ys = predecessors.get(id)!.flatMap((p) => (slotY.has(p) ? [slotY.get(p)!] : []));
      return ys.length === 0 ? Number.POSITIVE_INFINITY : ys.reduce((a, b) => a + b, 0) / ys.length;
    };
    const sorted = column
      .map((id, index) => ({ id, index, wanted: wanted(id) }))
      .sort((a, b) => a.wanted - b.wanted || a.index - b.index);
    const columnHeight = column.length * NODE_HEIGHT + (column.length - 1) * ROW_GAP;
    const top = PADDING + (bandHeight - columnHeight) / 2;
    sorted.forEach(({ id }, rowIndex) => {
      const y = top + rowIndex * (NODE_HEIGHT + ROW_GAP);
      slotY.set(id, y);
      const node = byId.get(id);
      if (node) {
        const x = PADDING + layerIndex * (NODE_WIDTH + COLUMN_GAP);
        placed.set(id, { node, layer: layerIndex, row: rowIndex, x, y });
      }
    });
  });

  const bottom = PADDING + bandHeight;
  const placedLinks = links.map(({ from, to }, index): PlacedLink => {
    const source = placed.get(from)!;
    const target = placed.get(to)!;
    if (back.has(`${from}\u0000${to}`))
      return { from, to, back: true, path: backLinkPath(source, target, bottom) };
    const through = (waypoints.get(index) ?? []).map((slot) => slotY.get(slot)! + NODE_HEIGHT / 2);
    return { from, to, back: false, path: forwardLinkPath(source, target, through) };
  });
  const hasBack = placedLinks.some((l) => l.back);
  return {
    nodes: order.map((id) => placed.get(id)!),
    links: placedLinks,
    width:
      columns.length === 0
        ? 0
        : PADDING * 2 + columns.length * NODE_WIDTH + (columns.length - 1) * COLUMN_GAP,
    height: columns.length === 0 ? 0 : bottom + PADDING + (hasBack ? BACK_LINK_DEPTH : 0),
  };
}
