import type { WorkflowNode, WorkflowNodeKind } from '@event-studio/runtime';
import { describe, expect, it } from 'vitest';
import { layoutWorkflow, type WorkflowLayout } from './layout-workflow';

function node(id: string, kind: WorkflowNodeKind = 'approval'): WorkflowNode {
  return { id, title: id, kind, typeCode: 1, handles: [] };
}

function links(...pairs: string[]): { from: string; to: string }[] {
  return pairs.map((pair) => {
    const [from = '', to = ''] = pair.split('>');
    return { from, to };
  });
}

function layerOf(layout: WorkflowLayout): Record<string, number> {
  return Object.fromEntries(layout.nodes.map((p) => [p.node.id, p.layer]));
}

function placed(layout: WorkflowLayout, id: string) {
  const found = layout.nodes.find((p) => p.node.id === id);
  if (!found) throw new Error(`${id} was not placed`);
  return found;
}

/** True when no two nodes' boxes overlap. */
function noOverlap(layout: WorkflowLayout): boolean {
  const { nodeWidth: NODE_WIDTH, nodeHeight: NODE_HEIGHT } = layout;
  return layout.nodes.every((a, i) =>
    layout.nodes
      .slice(i + 1)
      .every(
        (b) =>
          a.x + NODE_WIDTH <= b.x ||
          b.x + NODE_WIDTH <= a.x ||
          a.y + NODE_HEIGHT <= b.y ||
          b.y + NODE_HEIGHT <= a.y,
      ),
  );
}

describe('layoutWorkflow', () => {
  it('puts a linear workflow in one row, a column per step from the start', () => {
    const layout = layoutWorkflow({
      nodes: [node('EndNode', 'end'), node('hrApproval'), node('StartNode', 'start')],
      links: links('StartNode>hrApproval', 'hrApproval>EndNode'),
    });
    expect(layerOf(layout)).toEqual({ StartNode: 0, hrApproval: 1, EndNode: 2 });
    expect(new Set(layout.nodes.map((p) => p.y)).size).toBe(1);
    expect(placed(layout, 'StartNode').x).toBeLessThan(placed(layout, 'hrApproval').x);
    expect(layout.links.every((l) => !l.back)).toBe(true);
    expect(layout.width).toBeGreaterThanOrEqual(placed(layout, 'EndNode').x + layout.nodeWidth);
    expect(layout.height).toBeGreaterThanOrEqual(placed(layout, 'EndNode').y + layout.nodeHeight);
  });

  it('stacks the arms of a branch vertically and puts the join after the longer arm', () => {
    const layout = layoutWorkflow({
      nodes: [
        node('StartNode', 'start'),
        node('fork', 'branch'),
        node('small'),
        node('big1'),
        node('big2'),
        node('EndNode', 'end'),
      ],
      links: links('StartNode>fork', 'fork>small', 'fork>big1', 'big1>big2', 'small>EndNode', 'big2>EndNode'),
    });
    expect(layerOf(layout)).toMatchObject({ StartNode: 0, fork: 1, small: 2, big1: 2, big2: 3, EndNode: 4 });
    expect(placed(layout, 'small').x).toBe(placed(layout, 'big1').x);
    expect(placed(layout, 'small').y).not.toBe(placed(layout, 'big1').y);
    expect(noOverlap(layout)).toBe(true);
    // small → EndNode skips big2's column: it is routed through a slot of its own, not through big2.
    const skip = layout.links.find((l) => l.from === 'small' && l.to === 'EndNode');
    expect(skip?.path).toContain('L');
  });

  it('lays out parallel gateways with both arms between the bars', () => {
    const layout = layoutWorkflow({
      nodes: [
        node('StartNode', 'start'),
        node('split', 'parallelStart'),
        node('legal'),
        node('finance'),
        node('join', 'parallelEnd'),
        node('EndNode', 'end'),
      ],
      links: links(
        'StartNode>split',
        'split>legal',
        'split>finance',
        'legal>join',
        'finance>join',
        'join>EndNode',
      ),
    });
    expect(layerOf(layout)).toEqual({ StartNode: 0, split: 1, legal: 2, finance: 2, join: 3, EndNode: 4 });
    // The gateways sit level with the middle of the two arms.
    const arms = [placed(layout, 'legal').y, placed(layout, 'finance').y];
    expect(placed(layout, 'split').y).toBe((arms[0]! + arms[1]!) / 2);
    expect(noOverlap(layout)).toBe(true);
  });

  it('draws a send-back as a back link without moving the nodes it returns to', () => {
    const layout = layoutWorkflow({
      nodes: [node('StartNode', 'start'), node('review'), node('EndNode', 'end')],
      links: links('StartNode>review', 'review>StartNode', 'review>EndNode'),
    });
    expect(layerOf(layout)).toEqual({ StartNode: 0, review: 1, EndNode: 2 });
    expect(layout.links.filter((l) => l.back).map((l) => `${l.from}>${l.to}`)).toEqual(['review>StartNode']);
    // The back link loops below the nodes, and the drawing leaves room for it.
    const lowest = Math.max(...layout.nodes.map((p) => p.y + layout.nodeHeight));
    expect(layout.height).toBeGreaterThan(lowest + 12);
  });

  it('keeps nodes the start cannot reach and ignores links to unknown nodes', () => {
    const layout = layoutWorkflow({
      nodes: [node('StartNode', 'start'), node('review'), node('orphan'), node('loopA'), node('loopB')],
      links: links('StartNode>review', 'review>nowhere', 'ghost>review', 'loopA>loopB', 'loopB>loopA'),
    });
    expect(layout.nodes.map((p) => p.node.id).sort()).toEqual([
      'StartNode',
      'loopA',
      'loopB',
      'orphan',
      'review',
    ]);
    expect(layout.links.map((l) => `${l.from}>${l.to}`)).toEqual([
      'StartNode>review',
      'loopA>loopB',
      'loopB>loopA',
    ]);
    expect(noOverlap(layout)).toBe(true);
  });

  it('starts from a node nothing links to when there is no start node, and places duplicates once', () => {
    const layout = layoutWorkflow({
      nodes: [node('b'), node('a'), node('b')],
      links: links('a>b', 'a>b'),
    });
    expect(layerOf(layout)).toEqual({ a: 0, b: 1 });
    expect(layout.links).toHaveLength(1);
  });

  it('runs downwards on request: layers become rows, branches sit side by side', () => {
    const layout = layoutWorkflow(
      {
        nodes: [
          node('StartNode', 'start'),
          node('fork', 'branch'),
          node('left'),
          node('right'),
          node('EndNode', 'end'),
        ],
        links: links(
          'StartNode>fork',
          'fork>left',
          'fork>right',
          'left>EndNode',
          'right>EndNode',
          'right>StartNode',
        ),
      },
      'down',
    );
    expect(layerOf(layout)).toEqual({ StartNode: 0, fork: 1, left: 2, right: 2, EndNode: 3 });
    expect(placed(layout, 'StartNode').y).toBeLessThan(placed(layout, 'fork').y);
    expect(placed(layout, 'left').y).toBe(placed(layout, 'right').y);
    expect(placed(layout, 'left').x).toBeLessThan(placed(layout, 'right').x);
    expect(placed(layout, 'fork').x).toBe((placed(layout, 'left').x + placed(layout, 'right').x) / 2);
    expect(noOverlap(layout)).toBe(true);
    // Room on the right for the send-back.
    const rightmost = Math.max(...layout.nodes.map((p) => p.x + layout.nodeWidth));
    expect(layout.width).toBeGreaterThan(rightmost + 12);
    expect(layout.height).toBeGreaterThan(placed(layout, 'EndNode').y + layout.nodeHeight);
  });

  it('gives an empty workflow an empty drawing', () => {
    expect(layoutWorkflow({ nodes: [], links: [] })).toMatchObject({
      nodes: [],
      links: [],
      width: 0,
      height: 0,
    });
  });
});
