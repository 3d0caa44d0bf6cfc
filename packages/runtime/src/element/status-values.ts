import type { Spelling } from './approval-event.types.js';

// The docs leave the seed's statuses as free strings (its examples compare with "approved" and
// "rejected"); the newer revision names three. The studio offers these and accepts any text.
const STATUS_VALUES: Readonly<Record<Spelling, readonly string[]>> = {
  seed: ['approved', 'rejected', 'processing', 'recalled'],
  newer: ['In', 'Pass', 'Refuse'],
};

/** The approval statuses the platform documents for a spelling, for pickers. */
export function statusValues(spelling: Spelling): string[] {
  return [...STATUS_VALUES[spelling]];
}
