import { type AppContext, buildAppContext } from '@event-studio/runtime';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { entryIndexOf, treeEntries } from './tree-entries';

// A stand-in translator: the key itself, so the test reads what each row is.
const t = ((key: string) => key) as unknown as TFunction;

function sampleContext(): AppContext {
  return buildAppContext(new Map());
}

describe('treeEntries', () => {
  it('lists the events under their heading, then the models, workflows and services', () => {
    const entries = treeEntries(['events/a', 'events/b'], sampleContext(), t);
    expect(entries.map((e) => (e.kind === 'heading' ? e.title : `${e.kind}:${e.folder}`))).toEqual([
      'tree.approvalEvents',
      'event:events/a',
      'event:events/b',
      'tree.models',
      'tree.workflows',
      'tree.services',
    ]);
    // Keys are unique: a heading's never equals an element folder.
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  });

  it('finds an element’s row, and no row for a heading or an unknown folder', () => {
    const entries = treeEntries(['events/a', 'events/b'], sampleContext(), t);
    expect(entryIndexOf(entries, 'events/b')).toBe(2);
    expect(entryIndexOf(entries, 'events/missing')).toBe(-1);
  });
});
