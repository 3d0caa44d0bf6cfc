import { describe, expect, it } from 'vitest';
import { draftOf } from './element-draft.js';
import { rootObject } from './json-edit.js';
import { readJson } from './json-text.js';
import { normaliseElement, parseElement } from './parse-element.js';
import { writeElement } from './write-element.js';

// Three million levels: the adversarial pass's e.json, which overflowed jsonc-parser's recursion.
const DEPTH = 3_000_000;
const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;

describe("an event's e.json nested three million deep", () => {
  it('is read by the app reader: too deep, with where', () => {
    expect(readJson(deepArray)).toMatchObject({
      ok: false,
      error: { reason: 'too-deep', line: 1, column: 257 },
    });
  });

  it('gives parseElement one json.too-deep issue', () => {
    const { element, issues } = parseElement('events/deep', deepArray);
    expect(element).toBeUndefined();
    expect(issues.map((i) => `${i.severity} ${i.code} ${i.file} ${i.line}:${i.column}`)).toEqual([
      'error json.too-deep events/deep/e.json 1:257',
    ]);
  });

  it('is replaced by the form, never walked', () => {
    const original = `{"a": ${deepArray}}`;
    expect(rootObject(original)).toBeUndefined();
    const draft = draftOf(normaliseElement('events/a', { operate: 'Process', model: 'models.A' }));
    expect(JSON.parse(writeElement(original, draft))).toMatchObject({
      operate: 'Process',
      model: 'models.A',
    });
  });
});
