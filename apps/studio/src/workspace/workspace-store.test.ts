import { readText, treeFromTexts } from '@event-studio/runtime';
import { describe, expect, it } from 'vitest';
import { WorkspaceStore } from './workspace-store';

const eJson = (title: string) =>
  JSON.stringify({
    title,
    type: 'events.WorkflowType',
    backendBundleEntry: '.',
    model: 'models.OrderModel',
    operate: 'Process',
    func: 'inner.handle',
    funcType: 'inner',
  });

/** A workspace with three events, b open. */
function storeWithEvents(): WorkspaceStore {
  const store = new WorkspaceStore();
  store.load(
    treeFromTexts({
      'events/a/e.json': eJson('A'),
      'events/b/e.json': eJson('B'),
      'events/b/inner.py': 'def handle(eventOutData):\n    pass\n',
      'events/c/e.json': eJson('C'),
    }),
  );
  store.select('events/b');
  return store;
}

describe('WorkspaceStore element lifecycle', () => {
  it('renames the open event, keeps it open, and undoes the rename in one step', () => {
    const store = storeWithEvents();
    expect(store.renameEvent('events/b', 'bee').ok).toBe(true);
    expect(store.getSnapshot()).toMatchObject({
      events: ['events/a', 'events/bee', 'events/c'],
      selected: 'events/bee',
    });
    store.undo();
    expect(store.getSnapshot().events).toEqual(['events/a', 'events/b', 'events/c']);
  });

  it('opens the copy after a duplicate', () => {
    const store = storeWithEvents();
    expect(store.duplicateEvent('events/b').ok).toBe(true);
    const { tree, selected } = store.getSnapshot();
    expect(selected).toBe('events/bCopy');
    expect(readText(tree, 'events/bCopy/inner.py')).toBe(readText(tree, 'events/b/inner.py'));
  });

  it('opens the next event after deleting the open one, or the previous one at the end', () => {
    const store = storeWithEvents();
    store.deleteEvent('events/b');
    expect(store.getSnapshot()).toMatchObject({ events: ['events/a', 'events/c'], selected: 'events/c' });
    store.deleteEvent('events/c');
    expect(store.getSnapshot()).toMatchObject({ events: ['events/a'], selected: 'events/a' });
    store.undo();
    store.undo();
    expect(store.getSnapshot().events).toEqual(['events/a', 'events/b', 'events/c']);
  });

  it('keeps the open event when another one is deleted', () => {
    const store = storeWithEvents();
    store.deleteEvent('events/c');
    expect(store.getSnapshot().selected).toBe('events/b');
  });

  it('changes nothing and returns the runtime’s problem for a bad name', () => {
    const store = storeWithEvents();
    const before = store.getSnapshot();
    const result = store.renameEvent('events/b', 'a');
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'events/a already exists; choose another name.',
    ]);
    expect(store.getSnapshot()).toBe(before);
  });
});

describe('WorkspaceStore writes at the next idle moment', () => {
  const path = 'events/b/e.json';

  it('reads a pending write at once and shows it to views once the browser is idle', async () => {
    const store = storeWithEvents();
    let notified = 0;
    store.subscribe(() => notified++);
    store.writeFileSoon(path, () => eJson('Be'));
    expect(store.readFile(path)).toBe(eJson('Be'));
    expect(readText(store.getSnapshot().tree, path)).toBe(eJson('B'));
    expect(notified).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(readText(store.getSnapshot().tree, path)).toBe(eJson('Be'));
    expect(notified).toBe(1);
  });

  it('applies the last of a burst of pending writes once', async () => {
    const store = storeWithEvents();
    let notified = 0;
    store.subscribe(() => notified++);
    for (const title of ['Be', 'Bee', 'Beet']) store.writeFileSoon(path, () => eJson(title));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(readText(store.getSnapshot().tree, path)).toBe(eJson('Beet'));
    expect(notified).toBe(1);
  });

  it('lets nothing overtake a pending write: saving reads it, an undo undoes it', () => {
    const store = storeWithEvents();
    store.writeFileSoon(path, () => eJson('Be'));
    expect(readText(store.current().tree, path)).toBe(eJson('Be'));
    store.writeFileSoon(path, () => eJson('Bee'));
    store.undo();
    // The undo applied the pending write first, then went back past it (one typing step).
    expect(readText(store.getSnapshot().tree, path)).toBe(eJson('B'));
    expect(store.readFile(path)).toBe(eJson('B'));
  });

  it('keeps a pending write to the app it was made in when an element is renamed meanwhile', () => {
    const store = storeWithEvents();
    store.writeFileSoon(path, () => eJson('Be'));
    expect(store.renameEvent('events/b', 'bee').ok).toBe(true);
    expect(store.readFile('events/bee/e.json')).toBe(eJson('Be'));
  });

  it('makes the new text only when it is read or applied, each write from the one before', async () => {
    const store = storeWithEvents();
    let made = 0;
    const addE = (current: string | undefined) => {
      made++;
      return (current ?? '').replace('"title":"B', '"title":"Be');
    };
    store.writeFileSoon(path, addE);
    store.writeFileSoon(path, addE);
    expect(made).toBe(0);
    expect(store.readFile(path)).toBe(eJson('Bee'));
    expect(made).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(readText(store.getSnapshot().tree, path)).toBe(eJson('Bee'));
    expect(made).toBe(2);
  });

  it('records nothing when the pending text is what the file already holds', async () => {
    const store = storeWithEvents();
    let notified = 0;
    store.subscribe(() => notified++);
    store.writeFileSoon(path, (current) => current ?? '');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(notified).toBe(0);
    expect(store.getSnapshot().canUndo).toBe(false);
  });
});
