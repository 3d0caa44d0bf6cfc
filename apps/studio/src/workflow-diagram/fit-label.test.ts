import { describe, expect, it } from 'vitest';
import { fitLabel, wrapLabel } from './fit-label';

describe('fitLabel', () => {
  it('keeps a short label and cuts a long one with an ellipsis', () => {
    expect(fitLabel('HR Approval', 100, 7)).toBe('HR Approval');
    expect(fitLabel('Regional Finance Director Approval', 70, 7)).toBe('Regional …');
    expect([...fitLabel('部门经理审批并签字确认', 40, 10)]).toHaveLength(4);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces, then cuts what does not fit in the last line', () => {
    expect(wrapLabel('HR Approval', 100, 7, 2)).toEqual(['HR Approval']);
    expect(wrapLabel('Department Approval', 100, 7, 2)).toEqual(['Department', 'Approval']);
    expect(wrapLabel('Regional Finance Director Approval', 100, 7, 2)).toEqual([
      'Regional',
      'Finance Direc…',
    ]);
  });

  it('breaks text without spaces anywhere', () => {
    expect(wrapLabel('部门经理审批并签字确认', 40, 10, 2)).toEqual(['部门经理', '审批并…']);
  });
});
