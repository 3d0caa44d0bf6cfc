import { describe, expect, it } from 'vitest';
import { neighbourAfterDelete } from './neighbour-event';

describe('neighbourAfterDelete', () => {
  const events = ['events/a', 'events/b', 'events/b/inner', 'events/c'];
  it.each([
    ['events/a', 'events/b'],
    ['events/b', 'events/c'],
    ['events/c', 'events/b/inner'],
    ['events/zz', undefined],
  ])('after deleting %s opens %s', (folder, expected) =>
    expect(neighbourAfterDelete(events, folder)).toBe(expected),
  );
  it('has none when the last event goes', () =>
    expect(neighbourAfterDelete(['events/a'], 'events/a')).toBeUndefined());
});
