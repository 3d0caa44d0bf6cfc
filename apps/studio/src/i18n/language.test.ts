import { describe, expect, it } from 'vitest';
import { detectLanguage, htmlLangOf } from './language';

describe('detectLanguage', () => {
  it('keeps the user’s saved choice over the browser’s language', () => {
    expect(detectLanguage('zh', ['en-US'])).toBe('zh');
    expect(detectLanguage('en', ['zh-CN'])).toBe('en');
  });

  it('follows the browser when nothing (or nonsense) was saved: any zh… is Chinese', () => {
    for (const browser of ['zh', 'zh-CN', 'zh-TW', 'zh-Hans-CN', 'ZH-cn'])
      expect(detectLanguage(null, [browser])).toBe('zh');
    expect(detectLanguage('fr', ['zh-CN', 'en'])).toBe('zh');
    expect(detectLanguage(undefined, ['en-GB', 'zh-CN'])).toBe('en');
    expect(detectLanguage(undefined, ['de-DE'])).toBe('en');
    expect(detectLanguage(undefined, [])).toBe('en');
  });
});

describe('htmlLangOf', () => {
  it('names Chinese as simplified Chinese for <html lang>', () => {
    expect(htmlLangOf('zh')).toBe('zh-CN');
    expect(htmlLangOf('en')).toBe('en');
  });
});
