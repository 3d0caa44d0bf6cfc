import { describe, expect, it } from 'vitest';
import { freshFolderName } from './fresh-name.js';

const takenOf =
  (...names: string[]) =>
  (candidate: string) =>
    names.includes(candidate);

describe('freshFolderName', () => {
  it('appends 2, then the next free number', () => {
    expect(freshFolderName('events/orderApproval', takenOf())).toBe('events/orderApproval2');
    expect(freshFolderName('events/a', takenOf('events/a2', 'events/a3'))).toBe('events/a4');
  });

  it('counts on from a name that already ends in digits', () => {
    expect(freshFolderName('events/orderApproval2', takenOf('events/orderApproval2'))).toBe(
      'events/orderApproval3',
    );
  });

  it('always gives a Python identifier', () => {
    expect(freshFolderName('events/my-event', takenOf())).toBe('events/my_event2');
    expect(freshFolderName('events/2024', takenOf())).toBe('events/_20242');
    expect(freshFolderName('top', takenOf())).toBe('top2');
  });

  it('passes over names Windows reserves for devices', () => {
    expect(freshFolderName('events/COM', takenOf())).toBe('events/COM10');
    expect(freshFolderName('events/lpt1', takenOf())).toBe('events/lpt10');
    expect(freshFolderName('events/con', takenOf())).toBe('events/con2');
  });
});
