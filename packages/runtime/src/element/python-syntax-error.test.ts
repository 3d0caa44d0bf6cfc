import { describe, expect, it } from 'vitest';
import { analysePython } from './python-analysis.js';

function syntaxError(source: string) {
  const found = analysePython(source, 'events/a/inner.py').issues;
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}

describe('Python syntax errors are placed where the user made them', () => {
  it('an unclosed string is reported on its own line, not where the parser gave up', () => {
    const source = [
      'def f(row):',
      '    model = app.getElement("models.OrderModel',
      '',
      'def g(row):',
      '    row.save()',
      '',
    ].join('\n');
    expect(syntaxError(source)).toMatchObject({ code: 'python.syntax', line: 2, column: 28 });
    expect(syntaxError(source)?.message).toBe(
      `Python syntax error at line 2, column 28: the string '"models.OrderModel' is not closed on its line; end it with ", or use """ for text over several lines`,
    );
  });

  it('an escaped closing quote does not close the string', () => {
    expect(syntaxError('x = "C:\\\\dir\\"\ny = 1\n')).toMatchObject({ line: 1, column: 5 });
  });

  it('an unclosed single-quoted string is quoted with double quotes in the message', () => {
    expect(syntaxError("x = 'abc\ny = 1\n")?.message).toContain(`the string "'abc" is not closed`);
  });

  it('an unclosed f-string is reported at its start', () => {
    expect(syntaxError('def f(e):\n    log.info(f"row {e.row}\n    return 1\n')).toMatchObject({
      line: 2,
      column: 14,
    });
  });

  it('an unclosed triple-quoted string is reported where it opens', () => {
    const found = syntaxError('def f(e):\n    """Docs\n    pass\n');
    expect(found).toMatchObject({ line: 2, column: 5 });
    expect(found?.message).toContain('is never closed; end it with """');
  });

  it('an unclosed bracket is reported at the bracket', () => {
    const call = syntaxError('def f(row):\n    model = app.getElement(\n\ndef g(row):\n    pass\n');
    expect(call).toMatchObject({ line: 2, column: 27 });
    expect(call?.message).toBe(
      "Python syntax error at line 2, column 27: this '(' is never closed; add the matching ')'",
    );
    expect(syntaxError('def f(row):\n    x = [1, 2\n    y = 3\n')).toMatchObject({ line: 2, column: 9 });
    expect(syntaxError('d = {"a": (1, 2)\nprint(d)\n')?.message).toContain(
      "this '{' is never closed; add the matching '}'",
    );
  });

  it('any other error is reported where the parser stopped, quoting the code there', () => {
    const found = syntaxError('def ok(e):\n    pass\n\nx = = 1\n');
    expect(found).toMatchObject({ line: 4, column: 5 });
    expect(found?.message).toBe(
      "Python syntax error at line 4, column 5, at '= 1' in 'x = = 1' (or just before it); fix the statement so the module can be imported",
    );
  });

  it('closed strings of every kind are fine', () => {
    const source = [
      'a = ""',
      "b = 'it''s'",
      'c = "back\\\\"',
      'd = b"\\x00" + rb"raw\\d"',
      "e = '''several",
      "lines'''",
      'f = f"{a!r:>10} and {{braces}}"',
      'g = """"""',
      '',
    ].join('\n');
    expect(syntaxError(source)).toBeUndefined();
  });
});
