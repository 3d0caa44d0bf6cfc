import { canonicalHandleType } from '../element/spelling.js';
import type { StatusKind } from './approval-status.js';

/** Where an action sends the approval: on along the links, back to the applicant, to the end, or nowhere. */
export type Move = 'forward' | 'back' | 'end' | 'stay';

/** What an action does to the workflow, per the table in simulate/README.md. */
export interface Transition {
  move: Move;
  /** The status the action sets when it ends the approval without reaching it by links. */
  status?: StatusKind;
  /** A sentence for the timeline when the table is a guess the docs do not back. */
  note?: string;
}

// Keys are canonical handle types (transfer and transmit are one action).
const TABLE: Readonly<Record<string, Transition>> = {
  submit: { move: 'forward' },
  agree: { move: 'forward' },
  reject: { move: 'back' },
  refuse: { move: 'end', status: 'rejected' },
  transmit: { move: 'stay' },
  addSign: { move: 'stay' },
  manualEnd: {
    move: 'end',
    note: 'The docs name no status for manualEnd, so no Process moment follows unless a status is given.',
  },
  cancel: {
    move: 'stay',
    note: 'The docs leave what cancel does open: only its NodeHandled moment is simulated (give a status for a Process moment).',
  },
  recall: {
    move: 'stay',
    note: 'The docs leave what recall does open: only its NodeHandled moment is simulated (give a status for a Process moment).',
  },
};

/** What an action does, from its handle type; unknown actions leave the approval where it is. */
export function transitionOf(handleType: string): Transition {
  const key = canonicalHandleType(handleType);
  // hasOwn: a handle type called `constructor` must not find Object's.
  const known = Object.hasOwn(TABLE, key) ? TABLE[key] : undefined;
  if (known !== undefined) return known;
  return {
    move: 'stay',
    note: `The simulation does not know what '${handleType}' does, so only its NodeHandled moment is simulated.`,
  };
}
