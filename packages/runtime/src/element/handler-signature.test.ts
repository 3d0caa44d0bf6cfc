import { describe, expect, it } from 'vitest';
import { OPERATES } from './approval-event.types.js';
import { handlerArguments, handlerStub, signatureProblem } from './handler-signature.js';
import { analysePython } from './python-analysis.js';

function fn(params: string) {
  const [found] = analysePython(`def h(${params}):\n    pass\n`, 'x.py').functions;
  if (found === undefined) throw new Error('no def');
  return found;
}

describe('handlerArguments', () => {
  it('knows the seed arity per operate and the newer single argument', () => {
    expect(handlerArguments('Process', 'seed')).toEqual(['eventOutData']);
    expect(handlerArguments('NodeChange', 'seed')).toEqual(['eventOutData', 'triggerNode']);
    expect(handlerArguments('NodeHandled', 'seed')).toEqual([
      'eventOutData',
      'handleType',
      'nodeId',
      'nodeTitle',
    ]);
    for (const operate of OPERATES) expect(handlerArguments(operate, 'newer')).toEqual(['eventOutData']);
  });
});

describe('signatureProblem', () => {
  it.each([
    ['e', 1, true],
    ['e', 2, false],
    ['e, t', 1, false],
    ['e, t=None', 1, true],
    ['e, t=None', 2, true],
    ['e, *args', 4, true],
    ['*args', 1, true],
    ['e, **kw', 2, false],
    ['e, *, k', 1, false],
    ['e, *, k=1', 1, true],
    ['', 1, false],
  ])('def h(%s) called with %i arguments → accepted %s', (params, count, ok) => {
    expect(signatureProblem(fn(params), count) === undefined).toBe(ok);
  });
});

describe('handlerStub', () => {
  it.each(
    OPERATES.flatMap((operate) => [
      [operate, 'seed'],
      [operate, 'newer'],
    ]),
  )('%s (%s) is a clean module whose handler fits', (operate, spelling) => {
    const s = spelling as 'seed' | 'newer';
    const stub = handlerStub(operate, s, 'handleIt');
    const analysis = analysePython(stub, 'inner.py');
    expect(analysis.issues).toEqual([]);
    expect(stub).toMatch(/^from jit\.commons\.utils\.logger import log\n/);
    expect(stub).toContain('"""');
    expect(stub).toContain('log.info(');
    const handler = analysis.functions.find((f) => f.name === 'handleIt');
    expect(handler?.params.map((p) => p.name)).toEqual(handlerArguments(operate, s));
  });
});
