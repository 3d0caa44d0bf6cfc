import { Inflate, inflateSync } from 'fflate';

/**
 * Compressed bytes fed to the inflater per step. DEFLATE expands at most ~1032:1, so one step
 * yields at most ~4 MiB: that is all a bomb can cost beyond the size its entry declares.
 */
export const INFLATE_CHUNK = 4096;

/** The result of inflating: the bytes, or why they were not what the entry declared. */
export type InflateOutcome =
  | { ok: true; data: Uint8Array }
  | { ok: false; reason: 'too-long' | 'too-short' | 'invalid'; produced: number };

/**
 * Inflates raw DEFLATE data that must come to exactly `expected` bytes, stopping as soon as the
 * output passes that: memory stays bounded by `expected` plus one step, whatever the data claims.
 */
export function inflateExactly(input: Uint8Array, expected: number): InflateOutcome {
  // One step's worth of input cannot expand past the bound anyway: inflate it in one go, which
  // spares the stream's 32 KB window (most app files are this small).
  if (input.length <= INFLATE_CHUNK) return inflateSmall(input, expected);
  const parts: Uint8Array[] = [];
  let produced = 0;
  let over = false;
  const inflater = new Inflate((chunk: Uint8Array) => {
    if (over) return;
    produced += chunk.length;
    if (produced > expected) over = true;
    else if (chunk.length > 0) parts.push(chunk);
  });
  try {
    if (input.length === 0) inflater.push(input, true);
    for (let at = 0; at < input.length && !over; at += INFLATE_CHUNK) {
      const end = Math.min(at + INFLATE_CHUNK, input.length);
      inflater.push(input.subarray(at, end), end === input.length);
    }
  } catch {
    // fflate throws on malformed streams (bad block type, distance too far back, early end).
    return { ok: false, reason: over ? 'too-long' : 'invalid', produced };
  }
  if (over) return { ok: false, reason: 'too-long', produced };
  if (produced < expected) return { ok: false, reason: 'too-short', produced };
  return { ok: true, data: concat(parts, produced) };
}

function inflateSmall(input: Uint8Array, expected: number): InflateOutcome {
  // A fixed output buffer one byte longer than declared: fflate then never grows it (writes past
  // its end are dropped), and a full buffer proves the data is longer than it claims.
  let data: Uint8Array;
  try {
    data = inflateSync(input, { out: new Uint8Array(expected + 1) });
  } catch {
    return { ok: false, reason: 'invalid', produced: 0 };
  }
  if (data.length > expected) return { ok: false, reason: 'too-long', produced: data.length };
  if (data.length < expected) return { ok: false, reason: 'too-short', produced: data.length };
  return { ok: true, data };
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
