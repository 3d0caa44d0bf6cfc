import { describe, expect, it } from 'vitest';
import { parseElement } from './parse-element.js';
import { runBehaviourKey } from './run-behaviour.js';

const eJson = (fields: Record<string, unknown>) =>
  JSON.stringify({
    title: 'Order approval',
    type: 'events.WorkflowType',
    model: 'models.OrderModel',
    operate: 'Process',
    func: 'inner.handle',
    funcType: 'inner',
    ...fields,
  });

const keyOf = (text: string) => runBehaviourKey(parseElement('events/order', text).element);

describe('runBehaviourKey', () => {
  it('stays the same when only the title changes', () => {
    expect(keyOf(eJson({ title: 'Order decided' }))).toBe(keyOf(eJson({})));
  });

  it('changes with anything a run depends on, unknown keys of e.json included', () => {
    const key = keyOf(eJson({}));
    expect(keyOf(eJson({ operate: 'NodeChange', triggerNode: ['a'] }))).not.toBe(key);
    expect(keyOf(eJson({ func: 'inner.other' }))).not.toBe(key);
    expect(keyOf(eJson({ extra: 1 }))).not.toBe(key);
  });
});
