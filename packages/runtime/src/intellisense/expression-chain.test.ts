import { describe, expect, it } from 'vitest';
import { readChainBefore, singleStringArgument } from './expression-chain.js';

function chainOf(text: string) {
  return readChainBefore(text, text.length)?.segments;
}

describe('readChainBefore', () => {
  it('reads names, attributes and calls', () => {
    expect(chainOf('x = eventOutData.row')).toEqual([
      { kind: 'name', name: 'eventOutData' },
      { kind: 'attr', name: 'row' },
    ]);
    expect(chainOf('app.getElement("models.X").get(f(1), ")")')).toEqual([
      { kind: 'name', name: 'app' },
      { kind: 'attr', name: 'getElement' },
      { kind: 'call', args: '"models.X"' },
      { kind: 'attr', name: 'get' },
      { kind: 'call', args: 'f(1), ")"' },
    ]);
  });

  it('stops at the lower bound and where the text is not a chain', () => {
    expect(readChainBefore('a.b', 3, 2)?.segments).toEqual([{ kind: 'name', name: 'b' }]);
    expect(chainOf('x[0].row')).toBeUndefined();
    expect(chainOf('1.5')).toBeUndefined();
    expect(chainOf('"s".upper')).toBeUndefined();
    expect(chainOf('f(')).toBeUndefined();
  });
});

describe('singleStringArgument', () => {
  it('reads one string literal, positional or fullName=', () => {
    expect(singleStringArgument('"models.X"')).toBe('models.X');
    expect(singleStringArgument(" fullName='services.S' ")).toBe('services.S');
    expect(singleStringArgument('name')).toBeUndefined();
    expect(singleStringArgument('"a", "b"')).toBeUndefined();
  });
});
