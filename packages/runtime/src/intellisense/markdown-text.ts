// Hover and completion documentation is Markdown, and much of it quotes the app: field titles,
// names, options, service descriptions. An app comes from anywhere, so what it says must read as
// text: a title `![i](http://host/x.png)` shown as Markdown would load that image when hovered,
// and a link in it would be live. Every piece of app-supplied text goes into documentation through
// one of these functions; our own Markdown (bold, code, lists) stays outside them.

/** Every ASCII punctuation character: CommonMark lets each be backslash-escaped to stand for itself. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Line breaks, tabs and other control characters: one line of text may not start a new block. */
const BREAKS = /[\p{Cc}\p{Zl}\p{Zp}\s]+/gu;

/**
 * Characters that reorder the text around them when shown: explicit direction controls and the
 * letters of right-to-left scripts. Text without them is left as it is.
 */
const BIDI_SENSITIVE =
  /[\p{Bidi_Control}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const ISOLATE_INITIATORS = new Set(['\u2066', '\u2067', '\u2068']);

/**
 * Text wrapped in a first-strong isolate (U+2068 … U+2069) when it holds direction controls or
 * right-to-left letters, so a U+202E in a title cannot turn the words beside it around; plain text
 * comes back unchanged. A U+2069 in the text that closes nothing of its own is dropped: it would
 * end the isolate early.
 */
export function isolateBidi(text: string): string {
  if (!BIDI_SENSITIVE.test(text)) return text;
  let open = 0;
  let balanced = '';
  for (const char of text) {
    if (ISOLATE_INITIATORS.has(char)) open++;
    else if (char === POP_DIRECTIONAL_ISOLATE) {
      if (open === 0) continue;
      open--;
    }
    balanced += char;
  }
  return `${FIRST_STRONG_ISOLATE}${balanced}${POP_DIRECTIONAL_ISOLATE}`;
}

/** One line: line breaks, tabs and control characters become single spaces. */
function oneLine(text: string): string {
  return text.replace(BREAKS, ' ');
}

/**
 * App-supplied text for a plain-text place (a completion's detail, a code block's line): on one
 * line, bidi-isolated when it needs it.
 */
export function plainText(text: string): string {
  return isolateBidi(oneLine(text));
}

/**
 * App-supplied text as Markdown that renders as exactly that text, on one line: every ASCII
 * punctuation character escaped (no emphasis, link, image, HTML, entity, code or autolink can
 * start, `http\://` is no URL), bidi-isolated when it needs it.
 */
export function markdownText(text: string): string {
  return isolateBidi(oneLine(text).replace(ASCII_PUNCTUATION, '\\$&'));
}

/**
 * App-supplied text as an inline code span (a name, an option, a full name): fenced with one more
 * backtick than the longest run inside, so no backtick in it can close the span; '' for ''.
 */
export function markdownCode(text: string): string {
  const flat = oneLine(text);
  if (flat.trim() === '') return flat === '' ? '' : markdownText(flat);
  const longest = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end of a span, and a span may not start or end with its
  // own fence: pad in both cases so the text comes back whole.
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' '));
  const space = pad ? ' ' : '';
  return isolateBidi(`${fence}${space}${flat}${space}${fence}`);
}

/**
 * A fenced code block around `code`, whose fence is longer than any backtick run in it, so no line
 * of the code can close the block and start Markdown of its own.
 */
export function markdownCodeBlock(code: string, language = 'python'): string {
  const longest = Math.max(0, ...Array.from(code.matchAll(/`+/g), (run) => run[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}
