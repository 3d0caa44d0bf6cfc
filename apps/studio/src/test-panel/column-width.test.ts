import type { ModelField } from '@event-studio/runtime';
import { describe, expect, it } from 'vitest';
import { fieldColumnWidth } from './column-width';

const field = (name: string, type: string, title = ''): ModelField => ({ name, type, title, line: 1 });

describe('fieldColumnWidth', () => {
  it('fits the input of the field’s kind when the header is short', () => {
    expect(fieldColumnWidth(field('n', 'Numeric'))).toBe(110 + 32);
    expect(fieldColumnWidth(field('d', 'Date'))).toBe(150 + 32);
  });

  it('widens for a header longer than the input, up to a limit', () => {
    expect(fieldColumnWidth(field('amount', 'Money', 'Order Amount'))).toBeGreaterThan(110 + 32);
    expect(fieldColumnWidth(field('x'.repeat(500), 'Stext', 'y'.repeat(500)))).toBe(280 + 32);
  });
});
