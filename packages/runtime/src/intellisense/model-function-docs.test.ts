import { describe, expect, it } from 'vitest';
import { readPythonSources } from '../sandbox/python-sources.node.js';
import { MODEL_FUNCTIONS } from './model-function-docs.js';

// The editor's model functions and the sandbox's are one list: the names the shim lists (FUNCTIONS in
// models.py) and each one's parameters as its `def` writes them. Read from the shim's source, since
// the sandbox keeps its own functions' signatures from handlers.
const models = readPythonSources()['_event_studio/models.py'] ?? '';

function shimFunctions(): Record<string, string> {
  const tuple = /^FUNCTIONS = \(([^)]*)\)/m.exec(models)?.[1] ?? '';
  const names = [...tuple.matchAll(/"(\w+)"/g)].map((m) => m[1] ?? '');
  return Object.fromEntries(
    names.map((name) => {
      const def = new RegExp(`^ {4}def ${name}\\(self(?:, )?(.*)\\):$`, 'm').exec(models);
      return [name, def ? `(${def[1]})` : 'not defined'];
    }),
  );
}

describe('the editor’s model functions', () => {
  it('are the sandbox’s, with the same parameters', () => {
    const shim = shimFunctions();
    expect(Object.keys(shim).length).toBeGreaterThan(10);
    expect(Object.fromEntries(MODEL_FUNCTIONS.map((fn) => [fn.name, fn.params]))).toEqual(shim);
  });
});
