import { describe, expect, it } from 'vitest';
import { analysePython } from './python-analysis.js';

describe('analysePython', () => {
  it('reads top-level defs with every kind of parameter', () => {
    const source = [
      'import x',
      '',
      '@decorator',
      'def a(e, t=1, *args, k, m=2, **kw) -> int:',
      '    return 1',
      '',
      'async def b(x: int = 2, y=(1, 2), *, z):',
      '    pass',
      '',
      'class C:',
      '    def method(self):',
      '        def nested(): pass',
      '',
      'def c(): pass',
      '',
    ].join('\n');
    const { functions, issues } = analysePython(source, 'events/a/inner.py');
    expect(issues).toEqual([]);
    expect(functions.map(({ name, line, params }) => ({ name, line, params }))).toEqual([
      {
        name: 'a',
        line: 4,
        params: [
          { name: 'e', kind: 'positional', hasDefault: false },
          { name: 't', kind: 'positional', hasDefault: true },
          { name: 'args', kind: 'varargs', hasDefault: false },
          { name: 'k', kind: 'keyword', hasDefault: false },
          { name: 'm', kind: 'keyword', hasDefault: true },
          { name: 'kw', kind: 'kwargs', hasDefault: false },
        ],
      },
      {
        name: 'b',
        line: 7,
        params: [
          { name: 'x', kind: 'positional', hasDefault: true },
          { name: 'y', kind: 'positional', hasDefault: true },
          { name: 'z', kind: 'keyword', hasDefault: false },
        ],
      },
      { name: 'c', line: 14, params: [] },
    ]);
  });

  it('records each parameter source range', () => {
    const source = 'def f(a, b: int = 3, *rest, **kw):\n    pass\n';
    const [fn] = analysePython(source, 'x.py').functions;
    expect(fn?.span.params.map((r) => source.slice(r.from, r.to))).toEqual([
      'a',
      'b: int = 3',
      '*rest',
      '**kw',
    ]);
  });

  it('reports a syntax error as python.syntax with line and column', () => {
    const { issues } = analysePython('def ok(e):\n    pass\n\nx = = 1\n', 'events/a/inner.py');
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'python.syntax',
        file: 'events/a/inner.py',
        pointer: '',
        line: 4,
      }),
    ]);
    expect(issues[0]?.message).toMatch(/line 4, column \d+/);
  });

  it('handles CRLF sources', () => {
    const { functions, issues } = analysePython('def f(e, t):\r\n    pass\r\n', 'x.py');
    expect(issues).toEqual([]);
    expect(functions[0]?.params.map((p) => p.name)).toEqual(['e', 't']);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['', 'def', 'def (', '((((', '"""', 'def f(*, **):', '\t\tdef x(a=):']) {
      expect(() => analysePython(text, 'x.py')).not.toThrow();
    }
  });
});
