import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packSnapshot, unpackSnapshot } from './snapshot-pack.js';

// The stored form of a memory snapshot: zero pages left out, a checksum over the rest.

/** A heap-like image: zero pages, and pages with a few bytes set. */
function image(length: number, filled: number[]): Uint8Array {
  const bytes = new Uint8Array(length);
  for (const at of filled) if (at < length) bytes[at] = (at % 251) + 1;
  return bytes;
}

/** Byte equality (vitest's deep equality is slow on large arrays). */
function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);
}

describe('packSnapshot / unpackSnapshot', () => {
  it('round-trips any image, zero pages or not, whole pages or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 * 4096 + 17 }),
        fc.array(fc.nat({ max: 5 * 4096 + 17 }), { maxLength: 40 }),
        (length, filled) => {
          const original = image(length, filled);
          expect(same(unpackSnapshot(packSnapshot(original)), original)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves zero pages out', () => {
    const original = image(64 * 4096, [5, 10 * 4096 + 3]);
    const packed = packSnapshot(original);
    expect(packed.byteLength).toBeLessThan(3 * 4096);
    expect(same(unpackSnapshot(packed), original)).toBe(true);
  });

  it('packs a view of a larger buffer (as Pyodide may hand one out)', () => {
    const backing = image(3 * 4096 + 8, [1, 4096 + 9, 2 * 4096 + 100]);
    const view = backing.subarray(8);
    expect(same(unpackSnapshot(packSnapshot(view)), view)).toBe(true);
  });

  it('refuses damaged or foreign bytes', () => {
    const packed = new Uint8Array(packSnapshot(image(8 * 4096, [1, 3 * 4096 + 7, 7 * 4096 + 4095])));
    const flipped = packed.slice();
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] as number) ^ 0x40;
    expect(() => unpackSnapshot(flipped.buffer)).toThrow(/damaged \(checksum\)/);
    expect(() => unpackSnapshot(packed.slice(0, packed.length - 10).buffer)).toThrow(/damaged/);
    expect(() => unpackSnapshot(new Uint8Array([...packed, 0, 0, 0, 0]).buffer)).toThrow(/damaged/);
    expect(() => unpackSnapshot(new Uint8Array(64).buffer)).toThrow(/not a packed snapshot/);
    expect(() => unpackSnapshot(new ArrayBuffer(3))).toThrow(/too short/);
    const huge = packed.slice();
    new DataView(huge.buffer).setUint32(8, 0xffffffff, true);
    expect(() => unpackSnapshot(huge.buffer)).toThrow(/impossible size/);
  });
});
