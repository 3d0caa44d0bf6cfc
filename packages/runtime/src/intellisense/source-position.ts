import { lineStarts, positionAt } from '../element/text-position.js';
import { identifierEnd, identifierStart } from './expression-chain.js';
import type { TextRange } from './intellisense.types.js';

/** The offset of a 1-based line and column, clamped to the text. */
export function offsetAt(source: string, line: number, column: number): number {
  const starts = lineStarts(source);
  const lineIndex = Math.min(Math.max(line, 1), starts.length) - 1;
  const start = starts[lineIndex] ?? 0;
  const end = lineIndex + 1 < starts.length ? (starts[lineIndex + 1] ?? source.length) - 1 : source.length;
  return Math.min(start + Math.max(column, 1) - 1, end);
}

/** The 1-based range of two offsets. */
export function rangeOf(source: string, from: number, to: number): TextRange {
  const starts = lineStarts(source);
  const start = positionAt(starts, from);
  const end = positionAt(starts, to);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/** The offset where the line holding `offset` starts. */
export function lineStartAt(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The identifier around an offset, as offsets, or undefined when there is none. */
export function wordAround(source: string, offset: number): { from: number; to: number } | undefined {
  const from = identifierStart(source, offset, lineStartAt(source, offset));
  const to = identifierEnd(source, offset);
  return from === to ? undefined : { from, to };
}
