import { useSyncExternalStore } from 'react';
import { appShelf, type ShelfSnapshot } from './app-shelf';

/** The apps open side by side and the one being edited. */
export function useAppShelf(): ShelfSnapshot {
  return useSyncExternalStore(appShelf.subscribe, appShelf.getSnapshot);
}
