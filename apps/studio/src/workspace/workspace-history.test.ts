import { treeFromTexts } from '@event-studio/runtime';
import { describe, expect, it } from 'vitest';
import { WorkspaceHistory } from './workspace-history';

const trees = ['a', 'b', 'c', 'd'].map((text) => treeFromTexts({ 'events/x/e.json': text }));
const [a, b, c, d] = trees as [(typeof trees)[0], (typeof trees)[0], (typeof trees)[0], (typeof trees)[0]];

describe('WorkspaceHistory', () => {
  it('undoes and redoes edits in order', () => {
    const history = new WorkspaceHistory();
    history.record(a, 1_000);
    history.record(b, 5_000);
    expect(history.undo(c)).toBe(b);
    expect(history.undo(b)).toBe(a);
    expect(history.undo(a)).toBeUndefined();
    expect(history.redo(a)).toBe(b);
    expect(history.redo(b)).toBe(c);
    expect(history.canRedo).toBe(false);
  });

  it('makes quick successive edits one step', () => {
    const history = new WorkspaceHistory();
    history.record(a, 1_000);
    history.record(b, 1_200);
    history.record(c, 1_400);
    expect(history.undo(d)).toBe(a);
    expect(history.canUndo).toBe(false);
  });

  it('drops the redo branch when a new edit is made after an undo', () => {
    const history = new WorkspaceHistory();
    history.record(a, 1_000);
    expect(history.undo(b)).toBe(a);
    history.record(a, 9_000);
    expect(history.canRedo).toBe(false);
  });
});
