import { describe, expect, it } from 'vitest';
import { describeImport } from './import-summary';

describe('describeImport', () => {
  const result = (imported: string[], renamed: Record<string, string> = {}) => ({
    tree: new Map<string, Uint8Array>(),
    imported,
    renamed,
  });

  it('names the copies Keep both made', () => {
    expect(describeImport('a.zip', 'elements', result(['events/x2'], { 'events/x': 'events/x2' }))).toBe(
      'Imported 1 element from a.zip (events.x kept as events.x2).',
    );
  });

  it('says when nothing was imported, and when a whole app was opened', () => {
    expect(describeImport('a.zip', 'elements', result([]))).toBe(
      'Nothing imported from a.zip: every element was skipped.',
    );
    expect(describeImport('app.zip', 'app', result(['events/x']))).toBe('Opened the app from app.zip.');
  });
});
