import { describe, expect, it } from 'vitest';
import { analysePython } from '../element/python-analysis.js';
import { issueText } from './issue-text.js';
import { issue } from './validation-issue.js';

const FILE = 'events/a/e.json';

function unknownModel(names: string) {
  const message = `model 'models.X' is not a model of this app; use one of: ${names}`;
  return issue('error', 'model.unknown', FILE, '/model', message, { params: { model: 'models.X', names } });
}

describe('issueText', () => {
  it('keeps the English message for English, and for an issue without params', () => {
    expect(issueText(unknownModel('models.A'), 'en')).toContain('is not a model of this app');
    const plain = issue('error', 'model.unknown', FILE, '/model', 'in English');
    expect(issueText(plain, 'zh')).toBe('in English');
  });

  it('tells a translated issue in Chinese for zh and zh-CN, names as written', () => {
    expect(issueText(unknownModel('models.A, models.B'), 'zh-CN')).toBe(
      "模型 'models.X' 不是本应用的模型；请使用其中之一：models.A、models.B",
    );
    expect(issueText(unknownModel(''), 'zh')).toBe("模型 'models.X' 不是本应用的模型；请使用其中之一：无");
  });

  it('shows at most eight names and counts the rest', () => {
    const names = Array.from({ length: 10 }, (_, i) => `models.M${i}`).join(', ');
    expect(issueText(unknownModel(names), 'zh')).toMatch(/models\.M7（另有 2 个）$/);
  });

  it('keeps an untranslated code in English', () => {
    const other = issue('error', 'json.syntax', FILE, '', 'Unexpected token', { params: {} });
    expect(issueText(other, 'zh')).toBe('Unexpected token');
  });

  it('tells each kind of Python syntax error in Chinese', () => {
    const zh = (source: string) => {
      const [found] = analysePython(source, 'events/a/inner.py').issues;
      return found === undefined ? undefined : issueText(found, 'zh');
    };
    expect(zh('x = "abc\ny = 1\n')).toBe(
      'Python 语法错误（第 1 行第 5 列）：字符串 \'"abc\' 在本行没有结束；请用 " 结束它，多行文本请用 """',
    );
    expect(zh('def f(e):\n    x = [1, 2\n    y = 3\n')).toBe(
      "Python 语法错误（第 2 行第 9 列）：这个 '[' 没有闭合；请补上对应的 ']'",
    );
    expect(zh('x = = 1\n')).toBe(
      "Python 语法错误（第 1 行第 5 列），位于 'x = = 1' 中的 '= 1'（或紧挨其前）；请修正这条语句，使模块能够被导入",
    );
  });
});
