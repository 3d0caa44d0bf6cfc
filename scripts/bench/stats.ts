// Small statistics and timing helpers shared by the Node and browser benchmarks.
import { performance } from 'node:perf_hooks';
import type { FigureResult } from './figures.js';

/** The median of some samples (mean of the middle two for an even count); NaN when there are none. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The value below which the given fraction of the samples lie (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank]!;
}

/** Rounds a figure for the report: 2 decimals below 10, 1 below 100, whole numbers above. */
export function roundFigure(value: number): number {
  const digits = Math.abs(value) < 10 ? 100 : Math.abs(value) < 100 ? 10 : 1;
  return Math.round(value * digits) / digits;
}

/** Runs `work` once and returns its result and how long it took in milliseconds. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Runs `work` `warmup` times untimed, then `rounds` times timed; returns the timings. */
export async function sample(
  rounds: number,
  work: () => unknown | Promise<unknown>,
  warmup = 1,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work();
  const timings: number[] = [];
  for (let i = 0; i < rounds; i++) timings.push((await timed(work)).ms);
  return timings;
}

/** A figure from timings: their median, with the spread (and an optional note) as its detail. */
export function figureFromTimings(timings: readonly number[], note = ''): FigureResult {
  const spread = `min ${roundFigure(Math.min(...timings))}, p90 ${roundFigure(percentile(timings, 0.9))}, n=${timings.length}`;
  return { value: roundFigure(median(timings)), detail: note ? `${note}; ${spread}` : spread };
}
