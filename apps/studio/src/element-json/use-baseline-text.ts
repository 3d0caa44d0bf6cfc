import { baselineFileOf } from '@event-studio/runtime';
import { useCallback, useSyncExternalStore } from 'react';
import { exportMarks } from '../workspace/unsaved-markers';
import { subscribeToTreeAndMarks } from '../workspace/use-unexported';
import { workspace } from '../workspace/workspace-store';

/** A file at the last export: its text, absent (new since), or unknown (only its hash was kept). */
export type BaselineText = { kind: 'absent' } | { kind: 'known'; text: string } | { kind: 'unknown' };

const ABSENT: BaselineText = { kind: 'absent' };
const UNKNOWN: BaselineText = { kind: 'unknown' };
// One answer object per version of the file, so useSyncExternalStore sees the same value while
// the exported file is the same (it is asked again on every keystroke).
const known = new WeakMap<Uint8Array, BaselineText>();
const decoder = new TextDecoder();

/** What file `path` of the open app was at its last export (or when the app was opened). */
export function useBaselineText(path: string): BaselineText {
  const current = useCallback((): BaselineText => {
    const baseline = exportMarks.baseline;
    if (!baseline) return ABSENT;
    const file = baselineFileOf(baseline, workspace.getSnapshot().tree, path);
    if (file.kind !== 'known') return file.kind === 'absent' ? ABSENT : UNKNOWN;
    let answer = known.get(file.bytes);
    if (!answer) {
      answer = { kind: 'known', text: decoder.decode(file.bytes) };
      known.set(file.bytes, answer);
    }
    return answer;
  }, [path]);
  return useSyncExternalStore(subscribeToTreeAndMarks, current);
}
