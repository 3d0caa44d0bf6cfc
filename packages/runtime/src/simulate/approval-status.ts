import type { Spelling } from '../element/approval-event.types.js';

/** The approval statuses the simulation knows, whatever the spelling. */
export type StatusKind = 'inProgress' | 'approved' | 'rejected';

// The seed leaves statuses as free strings (its examples compare with "approved"/"rejected", and
// status-values.ts offers "processing" for a running approval); the newer revision names In/Pass/Refuse.
const SPELLED: Readonly<Record<Spelling, Readonly<Record<StatusKind, string>>>> = {
  seed: { inProgress: 'processing', approved: 'approved', rejected: 'rejected' },
  newer: { inProgress: 'In', approved: 'Pass', rejected: 'Refuse' },
};

const KINDS: readonly StatusKind[] = ['inProgress', 'approved', 'rejected'];

/** A status kind as an element of that spelling compares it. */
export function spellStatus(kind: StatusKind, spelling: Spelling): string {
  return SPELLED[spelling][kind];
}

/** The kind of a status value written in either spelling (`Pass` → approved), or undefined. */
export function statusKindOf(value: string): StatusKind | undefined {
  for (const spelling of ['seed', 'newer'] as const) {
    for (const kind of KINDS) if (SPELLED[spelling][kind] === value) return kind;
  }
  return undefined;
}

/**
 * A status as one element sees it: a known kind in the element's spelling, a status the user gave
 * translated when it is a known value of either spelling and passed verbatim otherwise.
 */
export function statusFor(status: StatusKind | { given: string }, spelling: Spelling): string {
  if (typeof status === 'string') return spellStatus(status, spelling);
  const kind = statusKindOf(status.given);
  return kind === undefined ? status.given : spellStatus(kind, spelling);
}
