import { describe, expect, it } from 'vitest';
import {
  type AppList,
  activateApp,
  addApp,
  appNameFromFileName,
  appToOpen,
  isAppList,
  removeApp,
  uniqueAppName,
  updateApp,
} from './app-list';

const entry = (id: string, name = id) => ({ id, name, unexported: false });
const three: AppList = { apps: [entry('a'), entry('b'), entry('c')], activeId: 'b' };

describe('appNameFromFileName', () => {
  it('drops the .zip, in any case, and any folder', () => {
    expect(appNameFromFileName('orders.zip', 'App')).toBe('orders');
    expect(appNameFromFileName('Orders.ZIP', 'App')).toBe('Orders');
    expect(appNameFromFileName('C:\\Downloads\\my app.zip', 'App')).toBe('my app');
  });

  it('falls back for a file called just .zip', () => {
    expect(appNameFromFileName('.zip', 'App')).toBe('App');
  });
});

describe('uniqueAppName', () => {
  it('keeps a free name and numbers a taken one', () => {
    expect(uniqueAppName(undefined, 'Sample app')).toBe('Sample app');
    const list = { apps: [entry('a', 'Sample app'), entry('b', 'Sample app (2)')], activeId: 'a' };
    expect(uniqueAppName(list, 'Sample app')).toBe('Sample app (3)');
    expect(uniqueAppName(list, 'orders')).toBe('orders');
  });
});

describe('addApp', () => {
  it('starts a list, and adds at the end as the active app', () => {
    expect(addApp(undefined, entry('a'))).toEqual({ apps: [entry('a')], activeId: 'a' });
    const added = addApp(three, entry('d'));
    expect(added.apps.map((app) => app.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(added.activeId).toBe('d');
    expect(three.apps).toHaveLength(3);
  });
});

describe('activateApp and updateApp', () => {
  it('activates only an app of the list', () => {
    expect(activateApp(three, 'c').activeId).toBe('c');
    expect(activateApp(three, 'x')).toBe(three);
  });

  it('changes one entry and keeps the others', () => {
    const updated = updateApp(three, 'a', { unexported: true, selected: 'events/x' });
    expect(updated.apps[0]).toEqual({ id: 'a', name: 'a', unexported: true, selected: 'events/x' });
    expect(updated.apps[1]).toBe(three.apps[1]);
  });
});

describe('removeApp', () => {
  it('opens the next tab when the active one closes, or the previous one at the end', () => {
    expect(removeApp(three, 'b')).toEqual({ apps: [entry('a'), entry('c')], activeId: 'c' });
    const lastActive = { ...three, activeId: 'c' };
    expect(removeApp(lastActive, 'c')).toEqual({ apps: [entry('a'), entry('b')], activeId: 'b' });
  });

  it('keeps the active app when another one closes', () => {
    expect(removeApp(three, 'a')).toEqual({ apps: [entry('b'), entry('c')], activeId: 'b' });
  });

  it('never removes the last app, nor an app it lacks', () => {
    const one = { apps: [entry('a')], activeId: 'a' };
    expect(removeApp(one, 'a')).toBe(one);
    expect(removeApp(three, 'x')).toBe(three);
  });
});

describe('appToOpen', () => {
  it('prefers the app this tab had open, then the list’s active one, then the first', () => {
    expect(appToOpen(three, 'c')?.id).toBe('c');
    expect(appToOpen(three, null)?.id).toBe('b');
    expect(appToOpen(three, 'gone')?.id).toBe('b');
    expect(appToOpen({ ...three, activeId: 'gone' }, undefined)?.id).toBe('a');
    expect(appToOpen({ apps: [], activeId: 'a' }, 'a')).toBeUndefined();
  });
});

describe('isAppList', () => {
  it('accepts a saved list and refuses other shapes', () => {
    expect(isAppList(three)).toBe(true);
    expect(isAppList(undefined)).toBe(false);
    expect(isAppList({ apps: [{ id: 1, name: 'a' }], activeId: 'a' })).toBe(false);
    expect(isAppList({ apps: [null], activeId: 'a' })).toBe(false);
    expect(isAppList({ apps: [], activeId: 3 })).toBe(false);
  });
});
