// The suite's two outputs: a table for people and one JSON object for machines.
import { FIGURES, type FigureResult, type FigureSpec, type Results } from './figures.js';

/** Met, missed, or no verdict (no target, or no figure). */
export type Verdict = 'pass' | 'FAIL' | '-';

/** Whether a figure meets its target. */
export function verdictOf(spec: FigureSpec, result: FigureResult | undefined): Verdict {
  if (spec.target === undefined || result === undefined || result.value === null) return '-';
  return result.value <= spec.target ? 'pass' : 'FAIL';
}

function formatValue(spec: FigureSpec, result: FigureResult | undefined): string {
  if (result === undefined) return 'not run';
  if (result.value === null) return 'null';
  return spec.unit === 'ratio' ? result.value.toFixed(2) : `${result.value} ${spec.unit}`;
}

function formatTarget(spec: FigureSpec): string {
  if (spec.target === undefined) return '';
  return spec.unit === 'ratio' ? `≤ ${spec.target}` : `≤ ${spec.target} ${spec.unit}`;
}

/** The results as an aligned text table, with each figure's target, verdict and note. */
export function formatTable(results: Results): string {
  const rows = FIGURES.map((spec) => {
    const result = results[spec.key];
    const note = result === undefined ? '' : result.value === null ? result.reason : (result.detail ?? '');
    return [spec.key, formatValue(spec, result), formatTarget(spec), verdictOf(spec, result), note];
  });
  const header = ['figure', 'value', 'target', 'verdict', 'note'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (column === 4 ? 0 : row[column]!.length))),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 4 ? cell : cell.padEnd(widths[column]!))).join('  ');
  return [
    line(header),
    line(widths.map((w, column) => '-'.repeat(column === 4 ? 4 : w))),
    ...rows.map(line),
  ].join('\n');
}

/** The JSON document: every figure as a number or null, plus reasons, details and verdicts. */
export function formatJson(results: Results, meta: Record<string, unknown>): string {
  const figures: Record<string, number | null> = {};
  const reasons: Record<string, string> = {};
  const details: Record<string, string> = {};
  const verdicts: Record<string, Verdict> = {};
  for (const spec of FIGURES) {
    const result = results[spec.key];
    figures[spec.key] = result?.value ?? null;
    if (result === undefined) reasons[spec.key] = 'not run (excluded by a command-line flag)';
    else if (result.value === null) reasons[spec.key] = result.reason;
    else if (result.detail) details[spec.key] = result.detail;
    verdicts[spec.key] = verdictOf(spec, result);
  }
  const targets = Object.fromEntries(
    FIGURES.filter((s) => s.target !== undefined).map((s) => [s.key, s.target]),
  );
  return JSON.stringify({ ...figures, reasons, details, targets, verdicts, meta }, null, 2);
}
