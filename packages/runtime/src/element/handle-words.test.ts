import { describe, expect, it } from 'vitest';
import type { WorkflowHandle } from '../app/app-context.types.js';
import { handleWordHeard, offeredHandleWords, offersHandleType } from './handle-words.js';

// A start node (submit, Cancel Process) and an approval node (agree, reject) as regular-approval.md writes them.
const START: WorkflowHandle[] = [
  { code: 0, name: 'submit' },
  { code: 16, name: 'cancel' },
];
const APPROVAL: WorkflowHandle[] = [
  { code: 2, name: 'agree' },
  { code: 3, name: 'reject' },
];

describe('handle words', () => {
  it('offers both revisions’ words for a button', () => {
    expect(offeredHandleWords(START)).toEqual(['submit', 'cancel', 'manualEnd']);
    expect(offeredHandleWords(APPROVAL)).toEqual(['agree', 'reject', 'refuse']);
  });

  it('accepts refuse (newer) for button 3 and manualEnd for button 16, not words no button has', () => {
    expect(offersHandleType(APPROVAL, 'refuse')).toBe(true);
    expect(offersHandleType(START, 'manualEnd')).toBe(true);
    expect(offersHandleType(APPROVAL, 'transmit')).toBe(false);
  });

  it('lets each event hear the pressed button by the word it lists', () => {
    expect(handleWordHeard(['refuse'], 'reject', APPROVAL)).toBe('refuse');
    expect(handleWordHeard(['agree', 'reject'], 'reject', APPROVAL)).toBe('reject');
    expect(handleWordHeard(['manualEnd'], 'cancel', START)).toBe('manualEnd');
    expect(handleWordHeard(['agree'], 'reject', APPROVAL)).toBe('reject');
  });
});
