import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawControls } from './commands/command-test-kit.testing.js';
import { CONTINUATION, inertLine, inertLines, inertText, terminalJson } from './inert-text.js';

describe('inertText', () => {
  it('shows terminal controls as Python writes them, keeping newlines and tabs', () => {
    expect(inertText('\x1b]0;pwned\x07\x1b[2J')).toBe('\\x1b]0;pwned\\x07\\x1b[2J');
    expect(inertText('ok\r\x1b[Kfake line')).toBe('ok\\r\\x1b[Kfake line');
    expect(inertText('\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\')).toBe(
      '\\x1b]8;;https://evil.example\\x1b\\click\\x1b]8;;\\x1b\\',
    );
    expect(inertText('a\x00b\x08c\x7fd')).toBe('a\\x00b\\x08c\\x7fd');
    expect(inertText('8-bit CSI \x9b2J, NEL \x85, OSC \x9d')).toBe('8-bit CSI \\x9b2J, NEL \\x85, OSC \\x9d');
    expect(inertText('abc\u202Efed\u2066x\u2069 \u2028')).toBe('abc\\u202efed\\u2066x\\u2069 \\u2028');
    expect(inertText('tab\there\nnext')).toBe('tab\there\nnext');
  });

  it('leaves ordinary text alone, Chinese, accents and bidi marks included', () => {
    for (const text of ['Order ORD-0001 approved', '订单已审批 ✔', 'café', 'שלום\u200F']) {
      expect(inertText(text)).toBe(text);
    }
  });

  it('takes \\r\\n as a line break, and a lone \\r as a character to show', () => {
    expect(inertText('one\r\ntwo\rthree')).toBe('one\ntwo\\rthree');
  });

  it('never lets a control through, whatever the text', () => {
    // The check itself sees what it must (else the properties below would prove nothing).
    expect(rawControls('\x1b\r\x07\x7f\x9b\u2028\u202e\u2066 \n\t')).toEqual([
      'U+001B',
      'U+000D',
      'U+0007',
      'U+007F',
      'U+009B',
      'U+2028',
      'U+202E',
      'U+2066',
    ]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(rawControls(inertLine(text))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('inertLine', () => {
  it("continues the text's own lines under a marker, indented as the line is", () => {
    expect(inertLine('  [info] two\nlines')).toBe(`  [info] two\n  ${CONTINUATION}lines`);
    expect(inertLine('✖ ValueError: bad\n✔ events.a ran in 1 ms.')).toBe(
      `✖ ValueError: bad\n${CONTINUATION}✔ events.a ran in 1 ms.`,
    );
  });

  it('lets no continuation start where a line of the CLI could', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.array(fc.string({ maxLength: 20 })), (indent, parts) => {
        const spaces = indent.replace(/[^ ]/g, ' ');
        const lines = inertLine(`${spaces}[info] ${parts.join('\n')}`).split('\n');
        for (const line of lines.slice(1)) expect(line.startsWith(`${spaces}${CONTINUATION}`)).toBe(true);
      }),
    );
  });

  it('keeps the lines of an array as the CLI lines they are', () => {
    expect(inertLines(['first', '  second'])).toBe('first\n  second');
    expect(inertLines('one line')).toBe('one line');
  });
});

describe('terminalJson', () => {
  const nasty = {
    log: '\x1b]0;pwned\x07\x1b[2J',
    cr: 'ok\r\x1b[Kfake line',
    c1: '\x9b31m\x85',
    separators: 'a\u2028b\u2029c',
    bidi: 'abc\u202Edef\u2067',
    del: 'x\x7f',
    plain: 'Order ✔ 订单',
  };

  it('parses back to exactly the same strings', () => {
    expect(JSON.parse(terminalJson(nasty))).toEqual(nasty);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(terminalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('holds no control a terminal would act on', () => {
    expect(rawControls(terminalJson(nasty))).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(rawControls(terminalJson({ text }))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is JSON.stringify(value, null, 2) byte for byte when nothing needs escaping', () => {
    const value = { ok: true, logs: [{ level: 'info', message: 'Order ✔ 订单\n\ttab "quoted"' }], n: 1.5 };
    expect(terminalJson(value)).toBe(JSON.stringify(value, null, 2));
    // What JSON.stringify leaves raw (U+2028, C1, DEL, bidi) is what terminalJson escapes.
    expect(JSON.stringify('\u2028\x9b\x7f\u202e')).toBe('"\u2028\x9b\x7f\u202e"');
    expect(terminalJson('\u2028\x9b\x7f\u202e')).toBe('"\\u2028\\u009b\\u007f\\u202e"');
  });
});
