import { describe, expect, it } from 'vitest';
import { isInStringOrComment, scopeAt } from './python-scope.js';

function split(marked: string): [string, number] {
  const offset = marked.indexOf('|');
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}

function scope(marked: string) {
  const [source, offset] = split(marked);
  const found = scopeAt(source, offset);
  return {
    fn: found.function?.name,
    params: found.function?.params,
    names: [...found.assignments.entries()].map(
      ([name, range]) => `${name}=${source.slice(range.from, range.to)}`,
    ),
  };
}

describe('scopeAt', () => {
  it('finds the enclosing function, its parameters and earlier assignments', () => {
    expect(
      scope(
        'x = 1\n\ndef f(e, t=None, *args, **kw):\n    row = e.row\n    if t:\n        s = e.status\n    |',
      ),
    ).toEqual({
      fn: 'f',
      params: ['e', 't', 'args', 'kw'],
      names: ['x=1', 'row=e.row', 's=e.status'],
    });
  });

  it('ignores assignments on or after the cursor line and in other functions', () => {
    expect(scope('def g():\n    a = 1\n\ndef f(e):\n    row = row.|\n    b = 2\n').names).toEqual([]);
  });

  it('takes the last assignment of a name', () => {
    expect(scope('def f(e):\n    r = 1\n    r = e.row\n    r.|').names).toEqual(['r=e.row']);
  });

  it('keeps the function on a blank indented line after its body', () => {
    expect(scope('def f(e):\n    x = 1\n\n    |').fn).toBe('f');
    expect(scope('def f(e):\n    x = 1\n\n|').fn).toBeUndefined();
  });

  it('reads chained targets', () => {
    expect(scope('def f(e):\n    a = b = e.row\n    |').names).toEqual(['a=e.row', 'b=e.row']);
  });
});

describe('isInStringOrComment', () => {
  it.each([
    ['# a.|', true],
    ['s = "a.|"', true],
    ['s = "a.|', true],
    ['s = """\nrow.|\n"""', true],
    ['s = "a"|', false],
    ['f"{row.|}"', false],
    ['f"text |{row}"', true],
    ['row.|', false],
  ])('%j → %s', (marked, expected) => {
    const [source, offset] = split(marked);
    expect(isInStringOrComment(source, offset)).toBe(expected);
  });
});
