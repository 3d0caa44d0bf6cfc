import { describe, expect, it } from 'vitest';
import { buildAppContext } from '../app/app-context.js';
import { treeFromTexts } from '../app/app-tree.js';
import { isSimulationError, planSimulation } from './plan-simulation.js';
import { eventFiles, modelFiles, workflowFiles } from './simulate-fixtures.testing.js';
import { nextNodes } from './workflow-route.js';

// Start → n1 → branch → (x | y) → par → (a ∥ b) → join → End, plus a loop y → n1.
const tree = treeFromTexts({
  ...modelFiles('M', ['stage']),
  ...workflowFiles(
    'workflows/W',
    'models.M',
    [
      { name: 'StartNode', type: 0, handles: [0] },
      { name: 'n1', type: 1, handles: [2, 3] },
      { name: 'branch', type: 4 },
      { name: 'x', type: 1 },
      { name: 'y', type: 1 },
      { name: 'par', type: 5 },
      { name: 'a', type: 1, handles: [2] },
      { name: 'b', type: 1 },
      { name: 'join', type: 6 },
      { name: 'EndNode', type: 7 },
    ],
    [
      ['StartNode', 'n1'],
      ['n1', 'branch'],
      ['branch', 'x'],
      ['branch', 'y'],
      ['y', 'n1'],
      ['x', 'par'],
      ['par', 'a'],
      ['par', 'b'],
      ['a', 'join'],
      ['b', 'join'],
      ['join', 'EndNode'],
    ],
  ),
  ...eventFiles('reached', {
    model: 'models.M',
    operate: 'NodeChange',
    triggerNode: ['x', 'a', 'b', 'EndNode'],
  }),
});
const context = buildAppContext(tree);
const workflow = context.workflows[0]!;
const ids = (from: string) => nextNodes(workflow, from).reached.map((n) => n.id);

describe('nextNodes', () => {
  it('follows a plain link', () => {
    expect(nextNodes(workflow, 'StartNode')).toEqual({ reached: [workflow.nodes[1]], notes: [] });
  });

  it('passes through a branch by its first link, saying so', () => {
    const route = nextNodes(workflow, 'n1');
    expect(route.reached.map((n) => n.id)).toEqual(['x']);
    expect(route.notes).toEqual([
      "'branch' links to x, y; branch conditions are not evaluated, so the first, 'x', was followed.",
    ]);
  });

  it('opens every branch of a parallel start', () => {
    expect(ids('x')).toEqual(['a', 'b']);
  });

  it('passes a parallel end as if the other branches had finished', () => {
    const route = nextNodes(workflow, 'a');
    expect(route.reached.map((n) => n.id)).toEqual(['EndNode']);
    expect(route.notes[0]).toMatch(/Parallel end 'join'/);
  });

  it('reaches a node again on a loop back, and nothing from the end node', () => {
    expect(ids('y')).toEqual(['n1']);
    expect(ids('EndNode')).toEqual([]);
  });

  it('does not walk in circles when gateways link back', () => {
    const links = workflow.links.map((l) => (l.from === 'join' ? { from: 'join', to: 'par' } : l));
    const route = nextNodes({ ...workflow, links }, 'a');
    expect(route.reached.map((n) => n.id)).toEqual(['b']);
    expect(route.notes.at(-1)).toBe("The links from 'par' loop back to 'a'; the loop was not followed.");
  });
});

describe('planSimulation through gateways', () => {
  const plan = (node: string, handleType: string) => {
    const result = planSimulation(tree, context, { model: 'models.M', node, handleType });
    if (isSimulationError(result)) throw new Error(result.error);
    return result;
  };

  it('a parallel start reaches each branch: one NodeChange per node, in link order', () => {
    const p = plan('x', 'agree');
    expect(p.steps.map((s) => [s.moment, s.node, s.events.map((e) => e.fired)])).toEqual([
      ['NodeHandled', 'x', []],
      // x approved (after.x: the plain ids listed fire on reaching), then each branch reached
      ['NodeChange', 'x', [false]],
      ['NodeChange', 'a', [true]],
      ['NodeChange', 'b', [true]],
    ]);
  });

  it('agree at a parallel branch passes the join, reaches the end and approves, with notes', () => {
    const p = plan('a', 'agree');
    expect(p.steps.map((s) => s.moment)).toEqual(['NodeHandled', 'NodeChange', 'NodeChange', 'Process']);
    expect(p.steps[3]?.status).toBe('approved');
    expect(p.notes).toHaveLength(1);
  });

  it('refuses to act at a gateway', () => {
    const result = planSimulation(tree, context, { model: 'models.M', node: 'branch', handleType: 'agree' });
    expect(isSimulationError(result) && result.error).toMatch(/'branch' is a branch gateway/);
  });
});
