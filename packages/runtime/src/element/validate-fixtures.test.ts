import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueText } from '../issue/issue-text.js';
import { ZH_ISSUE_TEXTS } from '../issue/issue-texts-zh.js';
import { testAppContext } from './test-app-context.js';
import { validateElement } from './validate-element.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/elements');

interface Expectation {
  code?: string;
  pointer?: string;
  file?: string;
  severity?: string;
  line?: number;
  otherFullNames?: string[];
}

/** The element folder inside a fixture side (valid/ or broken/): where its e.json is. */
function findElement(dir: string): string {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (!statSync(path).isDirectory()) continue;
    if (readdirSync(path).includes('e.json')) return path;
    const deeper = findElement(path);
    if (deeper !== '') return deeper;
  }
  return '';
}

function validateFixture(side: string) {
  const expectation = JSON.parse(readFileSync(join(side, 'expect.json'), 'utf8')) as Expectation;
  const path = findElement(side);
  const folder = relative(side, path).split('\\').join('/');
  const read = (name: string) => {
    try {
      return readFileSync(join(path, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  const issues = validateElement({
    folder,
    eJsonText: read('e.json') ?? '',
    innerPy: read('inner.py'),
    context: testAppContext(),
    otherFullNames: expectation.otherFullNames ?? [],
  });
  return { expectation, issues };
}

const rules = readdirSync(FIXTURES).filter((rule) => rule !== 'roundtrip');

describe('validation rules (fixture pairs)', () => {
  it('has a pair for every rule', () => {
    expect(rules.length).toBeGreaterThanOrEqual(30);
  });

  it('has a broken fixture for every issue the studio tells in Chinese', () => {
    expect(Object.keys(ZH_ISSUE_TEXTS).filter((code) => !rules.includes(code))).toEqual([]);
  });

  describe.each(rules)('%s', (rule) => {
    it('reads in Chinese in a Chinese studio when it has a Chinese text, else in English', () => {
      const { expectation, issues } = validateFixture(join(FIXTURES, rule, 'broken'));
      const found = issues.find((i) => i.code === expectation.code);
      expect(found).toBeDefined();
      const issue = found as (typeof issues)[number];
      expect(issueText(issue, 'en')).toBe(issue.message);
      if (ZH_ISSUE_TEXTS[rule] === undefined) {
        expect(issueText(issue, 'zh')).toBe(issue.message);
      } else {
        const chinese = issueText(issue, 'zh-CN');
        expect(chinese).toMatch(/[\u4e00-\u9fff]/);
        expect(chinese).not.toMatch(/undefined/);
      }
    });

    it('valid fixture has no issues', () => {
      const { issues } = validateFixture(join(FIXTURES, rule, 'valid'));
      expect(issues).toEqual([]);
    });

    it('broken fixture reports exactly that code at that pointer', () => {
      const { expectation, issues } = validateFixture(join(FIXTURES, rule, 'broken'));
      expect(expectation.code).toBe(rule);
      const hit = issues.find((i) => i.code === rule);
      expect(hit, JSON.stringify(issues, null, 2)).toBeDefined();
      expect(hit).toMatchObject({
        pointer: expectation.pointer,
        file: expectation.file,
        severity: expectation.severity,
      });
      if (expectation.line !== undefined) expect(hit?.line).toBe(expectation.line);
      expect(hit?.message.length).toBeGreaterThan(20);
    });
  });
});
