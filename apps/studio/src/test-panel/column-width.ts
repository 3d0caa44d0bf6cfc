import type { ModelField } from '@event-studio/runtime';
import { fieldInputWidth } from './RowCell';

/** A small table cell's padding, left and right together. */
const CELL_PADDING = 32;
/** About the width of a character of the header's name (monospace) and of its caption line. */
const NAME_CHAR = 8.5;
const CAPTION_CHAR = 6.5;
/** Past this, a header's text is cut short (its whole text is the cell's tooltip). */
const MAX_HEADER = 280;

/**
 * A field's column width in the sample rows table, known before anything is rendered (the table
 * renders only the columns in view, so widths cannot come from the page): the input's width, or
 * the header's text, estimated from its length, when that is wider.
 */
export function fieldColumnWidth(field: ModelField): number {
  const caption = `${field.title ? `${field.title} · ` : ''}${field.type}`;
  const header = Math.min(MAX_HEADER, Math.max(field.name.length * NAME_CHAR, caption.length * CAPTION_CHAR));
  return Math.ceil(Math.max(fieldInputWidth(field), header) + CELL_PADDING);
}
