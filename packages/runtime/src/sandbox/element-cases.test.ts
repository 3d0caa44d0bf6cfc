import { loadPyodide } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import cases from '../element/element-method-cases.json' with { type: 'json' };
import { parseElement } from '../element/parse-element.js';
import { callText, installShim, pyodideOptions, type ShimRunner } from './engine.js';
import { PYTHON_SOURCES } from './python-sources.generated.js';

// The shared case table, run through the Python element the sandbox gives handlers: the same
// table element-methods.test.ts runs through the TypeScript element.

interface Case {
  name: string;
  folder: string;
  element: Record<string, unknown>;
  method: string;
  input: unknown;
  expected: unknown;
}

let runner: ShimRunner;

beforeAll(async () => {
  runner = installShim(await loadPyodide(pyodideOptions()), PYTHON_SOURCES);
});

describe('element-method-cases.json through the Python shim', () => {
  it.each(cases as Case[])('$name', (testCase) => {
    const { element } = parseElement(testCase.folder, JSON.stringify(testCase.element));
    expect(element).toBeDefined();
    const text = callText(
      runner.runCaseJson,
      JSON.stringify({ element, method: testCase.method, input: testCase.input }),
    );
    expect(JSON.parse(text)).toEqual(testCase.expected);
  });
});
