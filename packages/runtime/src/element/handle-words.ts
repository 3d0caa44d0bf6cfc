import type { WorkflowHandle } from '../app/app-context.types.js';
import { handleWordsOfCode } from '../app/handle-codes.js';
import { sameHandleType } from './spelling.js';

/** The words one button answers to: its name, then both revisions' words for its code. */
function buttonWords(handle: WorkflowHandle): string[] {
  return [handle.name, ...handleWordsOfCode(handle.code)];
}

/** Every word the node's buttons answer to, in either revision (`reject` and `refuse` for code 3). */
export function offeredHandleWords(handles: readonly WorkflowHandle[]): string[] {
  return [...new Set(handles.flatMap(buttonWords))];
}

/** True when one of the buttons answers to the handle type an event lists. */
export function offersHandleType(handles: readonly WorkflowHandle[], type: string): boolean {
  return offeredHandleWords(handles).some((word) => sameHandleType(word, type));
}

/**
 * The word an event hears when `action` is pressed: the one it lists among the pressed button's
 * words (an event of the newer revision listing `refuse` hears `refuse` for button 3), else the
 * action as named.
 */
export function handleWordHeard(
  listed: readonly string[],
  action: string,
  handles: readonly WorkflowHandle[],
): string {
  const words = handles.map(buttonWords).find((ws) => ws.some((w) => sameHandleType(w, action)));
  if (words === undefined) return action;
  return listed.find((type) => words.some((word) => sameHandleType(word, type))) ?? action;
}
