// Untrusted text (handler logs, exception messages and tracebacks, e.json values, file and zip
// entry names) must reach a terminal or a CI log as text, never as commands to it. Decisions:
// - What is escaped: C0 controls but `\n` and `\t` (ESC starts CSI/OSC sequences: clear the
//   screen, retitle the window, OSC 8 links; CR rewrites the line; BEL, backspace…), DEL, C1
//   controls (U+0080–U+009F: U+009B is an 8-bit CSI, U+009D an 8-bit OSC), the bidi overrides
//   and isolates (U+202A–U+202E, U+2066–U+2069: "Trojan Source" reordering) and U+2028/U+2029
//   (line breaks to some log viewers and editors). Bidi *marks* (U+200E/F) stay: real Arabic or
//   Hebrew text uses them, and they cannot reorder what a reader sees beyond a neutral character.
// - How it is shown: as Python's repr() shows it (`\x1b`, `\r`, `\x9b`, `\u202e`). ASCII, so every
//   CI log viewer and font shows it (GitHub's and GitLab's viewers interpret ANSI sequences, and
//   many fonts have no glyph for the control pictures U+2400…); the handler's author wrote it
//   that way and can paste it back. The escape is not reversible (a literal `\x1b` typed by the
//   handler looks the same): it only has to be inert; `--json` carries the exact strings.
// - Line breaks: a CLI line is one element of what a command prints; a `\n` inside it belongs to
//   the untrusted text, so each continuation is prefixed with the line's indentation and `│ `.
//   Indentation alone would not do: the CLI's own lines are indented too (`  [info] …`,
//   `  row.x: …`), and a continuation could pose as one; no CLI line starts with `│`.
// - `\r\n` is one line break (a Windows-style log line), not a CR to show.

/** The prefix, after the line's own indentation, of each continuation of an untrusted text. */
export const CONTINUATION = '│ ';

const SHORT_ESCAPES: Record<number, string> = { 13: '\\r' };

/** True for a code unit that must not reach a terminal as it is (`\n` and `\t` are kept). */
function isHostile(code: number): boolean {
  if (code < 0x20) return code !== 0x0a && code !== 0x09;
  if (code >= 0x7f && code <= 0x9f) return true;
  if (code === 0x2028 || code === 0x2029) return true;
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function visible(code: number): string {
  const short = SHORT_ESCAPES[code];
  if (short !== undefined) return short;
  const hex = code.toString(16).padStart(code < 0x100 ? 2 : 4, '0');
  return code < 0x100 ? `\\x${hex}` : `\\u${hex}`;
}

/** The text with every terminal control shown as its escape (`\x1b`); `\n` and `\t` kept. */
export function inertText(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isHostile(code)) continue;
    // `\r\n` is a line break: drop the CR, keep the LF.
    const shown = code === 0x0d && text.charCodeAt(i + 1) === 0x0a ? '' : visible(code);
    out += text.slice(start, i) + shown;
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/**
 * One line of the CLI's output, made inert: controls escaped, and every line break inside it
 * (the untrusted text's own) continued on a line marked `│ `, indented as the line is.
 */
export function inertLine(line: string): string {
  const [first = '', ...rest] = inertText(line).split('\n');
  if (rest.length === 0) return first;
  const indent = /^[ \t]*/.exec(first)?.[0] ?? '';
  return [first, ...rest.map((more) => `${indent}${CONTINUATION}${more}`)].join('\n');
}

/** Lines of the CLI's output (one string is one line), each made inert, joined by `\n`. */
export function inertLines(lines: string | readonly string[]): string {
  return typeof lines === 'string' ? inertLine(lines) : lines.map(inertLine).join('\n');
}

/** True for what JSON.stringify leaves raw in a string but a terminal would act on. */
function needsJsonEscape(code: number): boolean {
  return code >= 0x7f && isHostile(code);
}

/**
 * A JSON document as the CLI prints it: `JSON.stringify(value, null, 2)`, byte for byte, except
 * that DEL, C1 controls, U+2028/U+2029 and bidi controls, which JSON.stringify leaves raw, are
 * written as `\uXXXX`. They can only occur inside strings there, so `JSON.parse` gives back
 * exactly the same strings; C0 controls JSON.stringify escapes itself.
 */
export function terminalJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!needsJsonEscape(code)) continue;
    out += `${text.slice(start, i)}\\u${code.toString(16).padStart(4, '0')}`;
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}
