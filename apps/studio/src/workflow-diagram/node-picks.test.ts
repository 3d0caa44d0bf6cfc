import type { WorkflowNode } from '@event-studio/runtime';
import { describe, expect, it } from 'vitest';
import { isHandleableNode, nodeIdOfTrigger, toggleTriggerNode, watchedNodeIds } from './node-picks';

describe('watchedNodeIds', () => {
  it('reads trigger nodes in both spellings, once per node', () => {
    expect(
      watchedNodeIds({ operate: 'NodeChange', triggerNode: ['after.a', 'before.a', 'b'], handleNode: 'x' }),
    ).toEqual(['a', 'b']);
  });

  it('reads the handle node of a NodeHandled event and nothing for Process', () => {
    expect(watchedNodeIds({ operate: 'NodeHandled', triggerNode: ['a'], handleNode: 'hr' })).toEqual(['hr']);
    expect(watchedNodeIds({ operate: 'NodeHandled', triggerNode: [], handleNode: undefined })).toEqual([]);
    expect(watchedNodeIds({ operate: 'Process', triggerNode: ['a'], handleNode: 'hr' })).toEqual([]);
  });

  it('keeps a node id that merely contains a dot', () => {
    expect(nodeIdOfTrigger('after.dept.review')).toBe('dept.review');
    expect(nodeIdOfTrigger('dept.review')).toBe('dept.review');
  });
});

describe('toggleTriggerNode', () => {
  it('adds the bare id in the seed spelling and removes it again', () => {
    const added = toggleTriggerNode(['a'], 'b', 'seed');
    expect(added).toEqual(['a', 'b']);
    expect(toggleTriggerNode(added, 'b', 'seed')).toEqual(['a']);
  });

  it('adds before.<id> (reached) in the newer spelling, and a click on a watched node drops all its values', () => {
    expect(toggleTriggerNode([], 'hr', 'newer')).toEqual(['before.hr']);
    expect(toggleTriggerNode(['after.hr', 'before.hr', 'after.x'], 'hr', 'newer')).toEqual(['after.x']);
  });
});

describe('isHandleableNode', () => {
  it('refuses end nodes only', () => {
    const of = (kind: WorkflowNode['kind']): WorkflowNode => ({
      id: 'n',
      title: 'n',
      kind,
      typeCode: 0,
      handles: [],
    });
    expect(isHandleableNode(of('end'))).toBe(false);
    expect(isHandleableNode(of('approval'))).toBe(true);
    expect(isHandleableNode(of('start'))).toBe(true);
  });
});
