import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflatedZeros } from './craft-zip.testing.js';
import { INFLATE_CHUNK, inflateExactly } from './zip-inflate.js';

describe('inflateExactly', () => {
  it('returns the data when it is exactly the declared size', () => {
    const data = new TextEncoder().encode('hello '.repeat(10_000));
    expect(inflateExactly(deflateSync(data), data.length)).toEqual({ ok: true, data });
  });

  it('stops a 1 GiB stream soon after the declared size, holding at most one step more', () => {
    const outcome = inflateExactly(deflatedZeros(2 ** 30), 1024 * 1024);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toBe('too-long');
    // DEFLATE's best ratio is 1032:1, so one step of input cannot yield more than this.
    expect(outcome.produced).toBeLessThanOrEqual(1024 * 1024 + INFLATE_CHUNK * 1032 + 32_768);
  });

  it('stops a small stream that inflates past its declared size without growing the buffer', () => {
    const small = deflatedZeros(500_000);
    expect(small.length).toBeLessThanOrEqual(INFLATE_CHUNK);
    expect(inflateExactly(small, 1000)).toMatchObject({ ok: false, reason: 'too-long', produced: 1001 });
    expect(inflateExactly(small, 500_000)).toMatchObject({ ok: true });
  });

  it('reports short and damaged data', () => {
    expect(inflateExactly(deflateSync(new Uint8Array(10)), 11)).toMatchObject({
      ok: false,
      reason: 'too-short',
    });
    expect(inflateExactly(new Uint8Array([0xff, 0xff]), 1)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(inflateExactly(deflateSync(new Uint8Array(100_000)).subarray(0, 20), 100_000)).toMatchObject({
      ok: false,
    });
  });

  it('inflates an empty stream to nothing', () => {
    expect(inflateExactly(deflateSync(new Uint8Array(0)), 0)).toMatchObject({ ok: true });
  });
});
