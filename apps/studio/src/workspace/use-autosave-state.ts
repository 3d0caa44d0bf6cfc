import { useSyncExternalStore } from 'react';
import { type AutosaveState, autosave } from './workspace-autosave';

/** Whether the workspace is saved, saving, or stopped by a conflict with another tab. */
export function useAutosaveState(): AutosaveState {
  return useSyncExternalStore(autosave.subscribe, () => autosave.state);
}
