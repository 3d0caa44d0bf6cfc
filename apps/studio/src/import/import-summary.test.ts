import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { describeImport } from './import-summary';

const t = i18n.getFixedT('en');

describe('describeImport', () => {
  const result = (imported: string[], renamed: Record<string, string> = {}) => ({
    tree: new Map<string, Uint8Array>(),
    imported,
    renamed,
  });

  it('names the copies Keep both made', () => {
    expect(describeImport(t, 'a.zip', 'elements', result(['events/x2'], { 'events/x': 'events/x2' }))).toBe(
      'Imported 1 element from a.zip (events.x kept as events.x2).',
    );
  });

  it('says when nothing was imported, and when a whole app was opened', () => {
    expect(describeImport(t, 'a.zip', 'elements', result([]))).toBe(
      'Nothing imported from a.zip: every element was skipped.',
    );
    expect(describeImport(t, 'app.zip', 'app', result(['events/x']))).toBe('Opened the app from app.zip.');
  });

  it('says it in Chinese, with no plural ending', () => {
    const zh = i18n.getFixedT('zh');
    expect(describeImport(zh, 'a.zip', 'elements', result(['events/x', 'events/y']))).toBe(
      '已从 a.zip 导入 2 个元素。',
    );
    expect(describeImport(zh, 'a.zip', 'elements', result(['events/x']))).toBe('已从 a.zip 导入 1 个元素。');
  });
});
