import { describe, expect, it } from 'vitest';
import type { ElementDraft } from './element-draft.js';
import { elementDraftSchema } from './element-schema.js';

const draft: ElementDraft = {
  spelling: 'seed',
  title: 'Order',
  model: 'models.OrderModel',
  operate: 'NodeChange',
  funcType: 'inner',
  func: 'inner.onChange',
  triggerNode: ['node1'],
  handleType: [],
  enable: 1,
};

describe('elementDraftSchema', () => {
  it('accepts a complete draft', () => {
    expect(elementDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('accepts a newer Inner draft whatever func says', () => {
    expect(elementDraftSchema.safeParse({ ...draft, spelling: 'newer', func: '' }).success).toBe(true);
  });

  it('names each wrong field with a message', () => {
    const result = elementDraftSchema.safeParse({
      ...draft,
      title: ' ',
      operate: 'Proces',
      func: 'services.X',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['operate', 'title']);
    const funcOnly = elementDraftSchema.safeParse({ ...draft, func: 'services.X', triggerNode: [] });
    expect(funcOnly.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['func', 'triggerNode']);
  });
});
