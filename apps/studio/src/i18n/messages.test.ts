import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

/** Every text of a nested message object, keyed by its dotted path (as `t()` takes it). */
function flatten(messages: object, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') flat.set(path, value);
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of flatten(value, `${path}.`)) flat.set(k, v);
  }
  return flat;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const CJK = /[\u3400-\u9fff]/;

// Texts that may rightly read the same in Chinese: ids and names that are not words (none today).
const SAME_IN_CHINESE = new Set<string>();
// Texts with no Chinese character in them: an abbreviation.
const NO_CHINESE_NEEDED = new Set(['readonly.nodeId']);

const english = flatten(en);
const chinese = flatten(zh);

describe('the Chinese texts', () => {
  it('have every English key (a plural `_one` is covered by its `_other`)', () => {
    const missing = [...english.keys()].filter((key) => !key.endsWith('_one') && !chinese.has(key));
    expect(missing).toEqual([]);
  });

  it('have no key English lacks', () => {
    expect([...chinese.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('are never empty, never left in English, and are Chinese', () => {
    const untranslated = [...chinese].filter(
      ([key, text]) =>
        text.trim() === '' ||
        (text === english.get(key) && !SAME_IN_CHINESE.has(key)) ||
        (!CJK.test(text) && !NO_CHINESE_NEEDED.has(key)),
    );
    expect(untranslated).toEqual([]);
  });

  it('use the same {{placeholders}} as the English text', () => {
    const differing = [...chinese]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(english.get(key) ?? '').join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});

describe('the English texts', () => {
  it('give every plural both its forms', () => {
    const keys = [...english.keys()];
    const lonely = keys.filter((key) => {
      const one = key.match(/^(.*)_one$/);
      const other = key.match(/^(.*)_other$/);
      if (one) return !english.has(`${one[1]}_other`);
      return other !== null && !english.has(`${other[1]}_one`);
    });
    expect(lonely).toEqual([]);
  });
});
