import type { WorkflowInfo, WorkflowNode } from '@event-studio/runtime';
import { linkKey, rankWorkflow } from './rank-workflow';

/** Which way the flow runs: rightwards for a wide view, downwards for a narrow column. */
export type FlowDirection = 'right' | 'down';

/**
 * Sizes in SVG user units. Rightwards, nodes are narrow and tall enough for a two-line title;
 * downwards they are wide, since the column's width is what the layers share.
 */
const SIZES = {
  right: { width: 120, height: 60, layerGap: 36, siblingGap: 18 },
  down: { width: 150, height: 48, layerGap: 28, siblingGap: 14 },
} as const;
const PADDING = 12;
/** Room beside the nodes for links that run against the flow (a reject back to an earlier node). */
const BACK_LINK_DEPTH = 26;

/** A node with its place in the drawing: (x, y) is its top-left corner. */
export interface PlacedNode {
  node: WorkflowNode;
  layer: number;
  /** Position within its layer, from the top (rightwards) or the left (downwards). */
  row: number;
  x: number;
  y: number;
}

/** A link as an SVG path from the edge of one node to the edge of the other. */
export interface PlacedLink {
  from: string;
  to: string;
  /** True when the link runs against the flow (it closes a cycle, like a send-back). */
  back: boolean;
  path: string;
}

/** A laid-out workflow: layers by distance from the start, branches side by side within a layer. */
export interface WorkflowLayout {
  direction: FlowDirection;
  nodeWidth: number;
  nodeHeight: number;
  nodes: PlacedNode[];
  links: PlacedLink[];
  width: number;
  height: number;
}

/**
 * Lays a workflow out. Positions are worked out along the flow (`main`: the layer axis) and across
 * it (`cross`), then turned into x and y, so both directions share one algorithm. A link that skips
 * layers passes through a placeholder slot in each layer it crosses, so it is routed around the
 * nodes there instead of straight through them.
 */
export function layoutWorkflow(
  workflow: Pick<WorkflowInfo, 'nodes' | 'links'>,
  direction: FlowDirection = 'right',
): WorkflowLayout {
  const size = SIZES[direction];
  const mainSize = direction === 'right' ? size.width : size.height;
  const crossSize = direction === 'right' ? size.height : size.width;
  const point = (main: number, cross: number) =>
    direction === 'right' ? `${main},${cross}` : `${cross},${main}`;
  const { nodes, links, layer, back } = rankWorkflow(workflow);

  const layers: string[][] = [];
  for (const node of nodes) {
    const l = layer.get(node.id)!;
    layers[l] = [...(layers[l] ?? []), node.id];
  }
  const predecessors = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const waypoints = new Map<number, string[]>();
  links.forEach(({ from, to }, index) => {
    if (back.has(linkKey(from, to))) return;
    let previous = from;
    const slots: string[] = [];
    for (let l = layer.get(from)! + 1; l < layer.get(to)!; l++) {
      const slot = `\u0000${index}:${l}`;
      layers[l]!.push(slot);
      predecessors.set(slot, [previous]);
      slots.push(slot);
      previous = slot;
    }
    predecessors.get(to)!.push(previous);
    waypoints.set(index, slots);
  });

  const widest = Math.max(1, ...layers.map((l) => l.length));
  const band = widest * crossSize + (widest - 1) * size.siblingGap;
  const crossOf = new Map<string, number>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = new Map<string, PlacedNode>();
  layers.forEach((slots, layerIndex) => {
    // Each layer is centred on the widest, and its slots follow their predecessors, so a
    // branch's nodes stay level with where they came from.
    const wanted = (id: string): number => {
      const at = predecessors.get(id)!.flatMap((p) => (crossOf.has(p) ? [crossOf.get(p)!] : []));
      return at.length === 0 ? Number.POSITIVE_INFINITY : at.reduce((a, b) => a + b, 0) / at.length;
    };
    const sorted = slots
      .map((id, index) => ({ id, index, wanted: wanted(id) }))
      .sort((a, b) => a.wanted - b.wanted || a.index - b.index);
    const extent = slots.length * crossSize + (slots.length - 1) * size.siblingGap;
    const first = PADDING + (band - extent) / 2;
    const main = PADDING + layerIndex * (mainSize + size.layerGap);
    sorted.forEach(({ id }, row) => {
      const cross = first + row * (crossSize + size.siblingGap);
      crossOf.set(id, cross);
      const node = byId.get(id);
      if (!node) return;
      const [x, y] = direction === 'right' ? [main, cross] : [cross, main];
      placed.set(id, { node, layer: layerIndex, row, x, y });
    });
  });

  const mainOf = (p: PlacedNode) => (direction === 'right' ? p.x : p.y);
  const crossStartOf = (p: PlacedNode) => (direction === 'right' ? p.y : p.x);
  // Along-the-flow tangents at both ends: the S shape of a flow chart link.
  const curve = (m1: number, c1: number, m2: number, c2: number) => {
    const bend = (m2 - m1) / 2;
    return `C${point(m1 + bend, c1)} ${point(m2 - bend, c2)} ${point(m2, c2)}`;
  };
  const forwardPath = (from: PlacedNode, to: PlacedNode, through: readonly number[]): string => {
    let m = mainOf(from) + mainSize;
    let c = crossStartOf(from) + crossSize / 2;
    const parts = [`M${point(m, c)}`];
    for (const slotCentre of through) {
      const next = m + size.layerGap;
      parts.push(curve(m, c, next, slotCentre), `L${point(next + mainSize, slotCentre)}`);
      m = next + mainSize;
      c = slotCentre;
    }
    parts.push(curve(m, c, mainOf(to), crossStartOf(to) + crossSize / 2));
    return parts.join(' ');
  };
  const far = PADDING + band;
  // Against the flow: out of the source's far side, round beside every node, into the target's.
  const backPath = (from: PlacedNode, to: PlacedNode): string => {
    const m1 = mainOf(from) + mainSize / 2 + 8;
    const m2 = mainOf(to) + mainSize / 2 - 8;
    const low = far + BACK_LINK_DEPTH - 4;
    const c1 = crossStartOf(from) + crossSize;
    const c2 = crossStartOf(to) + crossSize;
    return `M${point(m1, c1)} C${point(m1, low)} ${point(m2, low)} ${point(m2, c2)}`;
  };

  const placedLinks = links.map(({ from, to }, index): PlacedLink => {
    const source = placed.get(from)!;
    const target = placed.get(to)!;
    if (back.has(linkKey(from, to))) return { from, to, back: true, path: backPath(source, target) };
    const through = (waypoints.get(index) ?? []).map((slot) => crossOf.get(slot)! + crossSize / 2);
    return { from, to, back: false, path: forwardPath(source, target, through) };
  });
  const empty = layers.length === 0;
  const mainExtent = empty ? 0 : PADDING * 2 + layers.length * mainSize + (layers.length - 1) * size.layerGap;
  const crossExtent = empty ? 0 : far + PADDING + (placedLinks.some((l) => l.back) ? BACK_LINK_DEPTH : 0);
  return {
    direction,
    nodeWidth: size.width,
    nodeHeight: size.height,
    nodes: nodes.map((n) => placed.get(n.id)!),
    links: placedLinks,
    width: direction === 'right' ? mainExtent : crossExtent,
    height: direction === 'right' ? crossExtent : mainExtent,
  };
}
