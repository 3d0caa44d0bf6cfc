import { describe, expect, it } from 'vitest';
import { decodePythonString, literalOf, UNREADABLE } from './python-literal.js';
import { parsePython } from './python-syntax.js';

/** The literal value of the right-hand side of `x = <expression>`. */
function rhsLiteral(expression: string): unknown {
  const source = `x = ${expression}\n`;
  const value = parsePython(source).firstChild?.lastChild;
  return value ? literalOf(value, source) : 'no node';
}

describe('python literals', () => {
  it('decodes string tokens the way Python does', () => {
    expect(decodePythonString(`'a\\'b'`)).toBe("a'b");
    expect(decodePythonString('"\\x41\\u00e9\\N{x}\\q"')).toBe('Aé\\N{x}\\q');
    expect(decodePythonString('R"\\n"')).toBe('\\n');
    expect(decodePythonString('"""a\n"b"\n"""')).toBe('a\n"b"\n');
    expect(decodePythonString('f"{{x}}"')).toBe('{x}');
    expect(decodePythonString('f"{x}"')).toBe(UNREADABLE);
    expect(decodePythonString('b"x"')).toBe(UNREADABLE);
    expect(decodePythonString('"\\101"')).toBe('A');
  });

  it('reads literal expressions and refuses everything else', () => {
    expect(rhsLiteral('[1, -2.5, "a", True, None, (3,)]')).toEqual([1, -2.5, 'a', true, null, [3]]);
    expect(rhsLiteral('{"value": "x", 1: 0x10}')).toEqual({ value: 'x', 1: 16 });
    expect(rhsLiteral('"a" \'b\'')).toBe('ab');
    expect(rhsLiteral('1_000')).toBe(1000);
    expect(rhsLiteral('name')).toBe(UNREADABLE);
    expect(rhsLiteral('_("t")')).toBe(UNREADABLE);
    expect(rhsLiteral('[x]')).toBe(UNREADABLE);
    expect(rhsLiteral('2j')).toBe(UNREADABLE);
  });

  it('keeps a __proto__ key as data', () => {
    const value = rhsLiteral('{"__proto__": 1}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
