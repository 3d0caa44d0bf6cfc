import { describe, expect, it } from 'vitest';
import { buildAppContext } from './app-context.js';
import { treeFromTexts } from './app-tree.js';
import { jsonReadIssue, MAX_JSON_DEPTH, readJsonDocument, readJsonValue } from './json-document.js';

// The adversarial pass's input: three million levels, which overflowed jsonc-parser's recursion.
const DEPTH = 3_000_000;
const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const deepObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

describe('the one JSON reader', () => {
  it('turns down three million levels of nesting with the limit and where, without overflowing', () => {
    for (const text of [deepArray, deepObject]) {
      const read = readJsonValue(text);
      expect(read).toEqual({
        ok: false,
        reason: 'too-deep',
        message: `values nest deeper than ${MAX_JSON_DEPTH} levels at line 1, column ${text === deepArray ? 257 : 1281}`,
        line: 1,
        column: text === deepArray ? 257 : 1281,
      });
    }
  });

  it('reads nesting up to the limit, and says where a deeper one starts on a later line', () => {
    const limit = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(readJsonValue(limit).ok).toBe(true);
    // Brackets inside strings do not count; the 257th real level is on line 3.
    const text = `{"s": "[[[[{{{{",\n "x":\n  ${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`;
    expect(readJsonValue(text)).toMatchObject({ ok: false, reason: 'too-deep', line: 3, column: 258 });
  });

  it('reports a syntax error in words with its line and column, and keeps __proto__ as data', () => {
    expect(readJsonValue('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      ok: false,
      reason: 'syntax',
      message: "a ',' was expected at line 3, column 3",
      line: 3,
      column: 3,
    });
    const read = readJsonValue('\uFEFF{"__proto__": {"polluted": true}}');
    expect(read.ok && Object.keys(read.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says where a value of a document is, after reading it', () => {
    const read = readJsonDocument('{\n  "nodeList": [\n    {"name": "a"}\n  ]\n}');
    expect(read.ok && read.doc.positionOf(['nodeList', 0, 'name'])).toEqual({ line: 3, column: 14 });
    expect(read.ok && read.doc.positionOf(['nodeList', 5])).toBeUndefined();
  });

  it('makes a json.too-deep issue that names the file, the limit and where', () => {
    const read = readJsonValue(deepArray);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(jsonReadIssue(read, 'workflows/W/config.json')).toEqual({
      severity: 'error',
      code: 'json.too-deep',
      file: 'workflows/W/config.json',
      pointer: '',
      message:
        'config.json nests values deeper than 256 levels (at line 1, column 257); no real config.json comes near that, so it is not read',
      line: 1,
      column: 257,
      params: { file: 'config.json', limit: '256', line: '1', column: '257' },
    });
  });
});

describe('the app context readers', () => {
  it('report a too-deep context e.json or config.json and go on', () => {
    const context = buildAppContext(
      treeFromTexts({
        'models/A/e.json': deepObject,
        'workflows/W/e.json': '{"type": "workflows.NormalType", "dataModel": "models.A"}',
        'workflows/W/config.json': deepArray,
      }),
    );
    expect(context.issues.map((i) => `${i.code} ${i.file}`)).toEqual([
      'json.too-deep models/A/e.json',
      'json.too-deep workflows/W/config.json',
      'workflow.unknown-model workflows/W/e.json',
    ]);
  });
});
