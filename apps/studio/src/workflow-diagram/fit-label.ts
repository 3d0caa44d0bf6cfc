/**
 * A label cut to fit `maxWidth` pixels with an ellipsis. SVG text does not wrap or clip, and
 * measuring needs a DOM, so the width is estimated from an average glyph width.
 */
export function fitLabel(text: string, maxWidth: number, glyphWidth: number): string {
  const fits = Math.max(1, Math.floor(maxWidth / glyphWidth));
  const glyphs = [...text];
  if (glyphs.length <= fits) return text;
  return `${glyphs.slice(0, Math.max(1, fits - 1)).join('')}…`;
}

/**
 * A label broken into at most `maxLines` lines of `maxWidth` pixels: at spaces where there are
 * any, else anywhere (Chinese titles have no spaces); the last line is cut with an ellipsis.
 */
export function wrapLabel(text: string, maxWidth: number, glyphWidth: number, maxLines: number): string[] {
  const fits = Math.max(1, Math.floor(maxWidth / glyphWidth));
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines - 1) {
    const glyphs = [...rest];
    if (glyphs.length <= fits) break;
    const head = glyphs.slice(0, fits + 1).join('');
    const space = head.lastIndexOf(' ');
    const cut = space > 0 ? space : glyphs.slice(0, fits).join('').length;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) lines.push(fitLabel(rest, maxWidth, glyphWidth));
  return lines;
}
