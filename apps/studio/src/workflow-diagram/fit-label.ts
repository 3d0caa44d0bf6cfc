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
