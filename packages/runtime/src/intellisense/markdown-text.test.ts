import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isolateBidi, markdownCode, markdownCodeBlock, markdownText } from './markdown-text.js';

const HOSTILE = [
  '![i](http://127.0.0.1:9/x.png) [link](http://127.0.0.1:9/)',
  '<img src=x onerror="alert(1)"><a href="https://evil.example">here</a>',
  '```html\n<script>alert(1)</script>\n```',
  'a `code` b ``more``',
  '[ref]: http://evil.example\n\n[ref]',
  '&lt;b&gt;bold&lt;/b&gt; &#x3C;i&#x3E;',
  'see www.evil.example or mail me@evil.example or https://evil.example',
  '# Heading\n- item\n1. first\n> quote\n| a | b |\n---',
  '**bold** _em_ ~~gone~~ $(alert) \\',
];

/** What CommonMark shows for our escaped text: each `\x` is the punctuation x. */
function shown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('markdownText', () => {
  it.each(HOSTILE)('shows %j as its literal text, on one line', (text) => {
    const markdown = markdownText(text);
    // No ASCII punctuation is left unescaped: nothing can open a link, image, tag, entity or code.
    expect(markdown.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[!-/:-@[-`{-~]/);
    expect(markdown).not.toMatch(/[\r\n]/);
    expect(shown(markdown)).toBe(text.replace(/\s+/g, ' '));
  });

  it('escapes an image and a link so neither has a URL a renderer would fetch or follow', () => {
    const markdown = markdownText('![i](http://127.0.0.1:9/x.png) [link](http://127.0.0.1:9/)');
    expect(markdown).toBe(
      '\\!\\[i\\]\\(http\\:\\/\\/127\\.0\\.0\\.1\\:9\\/x\\.png\\) \\[link\\]\\(http\\:\\/\\/127\\.0\\.0\\.1\\:9\\/\\)',
    );
    expect(markdown).not.toMatch(/https?:\/\//);
  });

  it('leaves letters, digits, spaces and other scripts alone', () => {
    expect(markdownText('Order No 7')).toBe('Order No 7');
    expect(markdownText('订单编号（新）')).toBe('订单编号（新）');
  });

  it('keeps any text literal (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        const markdown = markdownText(text);
        expect(markdown).not.toMatch(/[\r\n]/);
        expect(shown(markdown)).toBe(text.replace(/[\p{Cc}\s]+/gu, ' '));
      }),
    );
  });
});

describe('markdownCode', () => {
  it('fences a name in one more backtick than the longest run in it', () => {
    expect(markdownCode('orderNo')).toBe('`orderNo`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('```x```')).toBe('```` ```x``` ````');
    expect(markdownCode('')).toBe('');
  });

  it('keeps a code fence, a tag and a link in it on one line', () => {
    const code = markdownCode('x\n```\n![i](http://h/x.png)\n<b>');
    expect(code).toBe('````x ``` ![i](http://h/x.png) <b>````');
  });
});

describe('markdownCodeBlock', () => {
  it('uses a fence no line of the code can close', () => {
    expect(markdownCodeBlock('x: int')).toBe('```python\nx: int\n```');
    const block = markdownCodeBlock('a\n```\n![i](http://h/x.png)\n````');
    expect(block.startsWith('`````python\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });
});

describe('isolateBidi', () => {
  it('leaves plain text as it is', () => {
    expect(isolateBidi('Order Approval Event')).toBe('Order Approval Event');
  });

  it('isolates text with a direction override or right-to-left letters', () => {
    expect(isolateBidi('Amount\u202E')).toBe('\u2068Amount\u202E\u2069');
    expect(isolateBidi('מספר')).toBe('\u2068מספר\u2069');
  });

  it('drops a pop-isolate that would close the isolate early, keeps balanced ones', () => {
    expect(isolateBidi('a\u2069\u202Eb')).toBe('\u2068a\u202Eb\u2069');
    expect(isolateBidi('a\u2067b\u2069c')).toBe('\u2068a\u2067b\u2069c\u2069');
  });
});
