import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PYTHON_SOURCES } from './python-sources.generated.js';
import { GENERATED_FILE, readPythonSources, renderPythonSources } from './python-sources.node.js';

describe('python-sources.generated.ts', () => {
  it('is up to date with python/**/*.py', () => {
    const fresh = renderPythonSources(readPythonSources());
    const stale = readFileSync(GENERATED_FILE, 'utf8') !== fresh;
    expect(stale, 'python-sources.generated.ts is stale: run pnpm embed-python').toBe(false);
    expect(PYTHON_SOURCES).toEqual(readPythonSources());
  });

  it('carries the shim modules handlers import', () => {
    expect(Object.keys(PYTHON_SOURCES)).toEqual(
      expect.arrayContaining([
        'jit/commons/utils/logger.py',
        'jit/commons/enums.py',
        '_event_studio/runner.py',
      ]),
    );
  });

  it('round-trips backticks, backslashes and dollar-braces through the template literals', () => {
    const python = ['a = `b` + "\\\\n" + f"$', '{c}"\n'].join('');
    const text = renderPythonSources({ 'x.py': python });
    const body = text.slice(text.indexOf('{\n') + 1, text.lastIndexOf('}'));
    const parsed = new Function(`return {${body}}`)() as Record<string, string>;
    expect(parsed['x.py']).toBe(python);
  });
});
