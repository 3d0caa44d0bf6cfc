import { describe, expect, it } from 'vitest';
import {
  HANDLE_CODES,
  handleCodeOfName,
  handleNameOfCode,
  isKnownHandleCode,
  nodeKindOfCode,
} from './handle-codes.js';

describe('handle codes', () => {
  it('names the documented codes and the studio’s own', () => {
    expect(HANDLE_CODES).toEqual({
      0: 'submit',
      1: 'manualEnd',
      2: 'agree',
      3: 'reject',
      4: 'refuse',
      5: 'transfer',
      6: 'addSign',
      7: 'recall',
      16: 'cancel',
    });
    expect(handleNameOfCode(2)).toBe('agree');
    expect(handleNameOfCode(16)).toBe('cancel');
  });

  it('names unknown codes handle<code> and maps names back', () => {
    expect(handleNameOfCode(42)).toBe('handle42');
    expect(isKnownHandleCode(42)).toBe(false);
    expect(isKnownHandleCode(5)).toBe(true);
    expect(handleCodeOfName('transfer')).toBe(5);
    expect(handleCodeOfName('handle42')).toBe(42);
    expect(handleCodeOfName('nope')).toBeUndefined();
    // Inherited Object properties are not codes.
    expect(handleCodeOfName('toString')).toBeUndefined();
  });

  it('maps node type codes to kinds', () => {
    expect([0, 1, 4, 5, 6, 7, 3, -1].map(nodeKindOfCode)).toEqual([
      'start',
      'approval',
      'branch',
      'parallelStart',
      'parallelEnd',
      'end',
      'other',
      'other',
    ]);
  });
});
