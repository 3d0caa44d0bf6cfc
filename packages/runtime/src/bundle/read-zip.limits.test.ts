import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { treeFromTexts } from '../app/app-tree.js';
import { type CraftEntry, craftZip, deflatedZeros } from './craft-zip.testing.js';
import { crc32 } from './crc32.js';
import { readZip } from './read-zip.js';
import { writeZip } from './write-zip.js';
import type { ZipError } from './zip-error.js';

const MiB = 1024 * 1024;

/** Reads a zip that must be refused, and returns the error. */
function refused(bytes: Uint8Array, options?: Parameters<typeof readZip>[1]): ZipError {
  const result = readZip(bytes, options);
  if (result.ok) throw new Error(`expected a refusal, got ${[...result.tree.keys()].join(', ')}`);
  return result.error;
}

function entries(...list: CraftEntry[]): Uint8Array {
  return craftZip(list);
}

describe('readZip refuses zips past its limits, before or while inflating', () => {
  it('more than 10,000 entries, real or only claimed', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}`, method: 0 }));
    expect(refused(craftZip(many)).code).toBe('too-many-entries');
    expect(refused(craftZip([{ name: 'a' }], { claimedCount: 65_000 })).code).toBe('too-many-entries');
  });

  it('an entry over 20 MiB, before inflating it (1 GiB of zeros claimed)', () => {
    const body = deflatedZeros(2 ** 30);
    const error = refused(entries({ name: 'bomb.bin', body, uncompressedSize: 2 ** 30, crc: 0 }));
    expect(error.code).toBe('entry-too-large');
    expect(error.message).toContain('1 GB uncompressed; at most 20 MB');
  });

  it('a total over 200 MiB, from the declared sizes alone', () => {
    const big = (i: number): CraftEntry => ({
      name: `f${i}.bin`,
      body: new Uint8Array(10),
      uncompressedSize: 19 * MiB,
      compressedSize: MiB,
    });
    const error = refused(entries(...Array.from({ length: 11 }, (_, i) => big(i))));
    expect(error).toMatchObject({ code: 'total-too-large', entry: 'f10.bin' });
  });

  it('a ratio over 100:1 for an entry above 1 MiB', () => {
    const error = refused(entries({ name: 'zeros.bin', data: new Uint8Array(5 * MiB) }));
    expect(error.code).toBe('ratio-too-high');
    expect(error.message).toMatch(/expands \d+:1/);
  });

  it('a ratio over 100:1 overall, from many small entries', () => {
    const zeros = new Uint8Array(900 * 1024);
    const same = { body: deflateSync(zeros), uncompressedSize: zeros.length, crc: crc32(zeros) };
    const error = refused(entries(...Array.from({ length: 50 }, (_, i) => ({ name: `z${i}`, ...same }))));
    expect(error.code).toBe('ratio-too-high');
    expect(error.entry).toBeUndefined();
  });

  it('a bomb that lies about its size: inflating stops at the declared size', () => {
    // 1 GiB of zeros in 6.5 MB, declared as 10 MiB: passes every declared check, then must be cut.
    const body = deflatedZeros(2 ** 30);
    const error = refused(entries({ name: 'liar.bin', body, uncompressedSize: 10 * MiB, crc: 0 }));
    expect(error.code).toBe('corrupt');
    // Stopped at the declared size, not after inflating the gigabyte: zip-inflate.test.ts checks
    // the bytes held stay within one step of the limit (no timing here: machines are noisy).
    expect(error.message).toContain('inflating was stopped');
  });
});

describe('readZip limits', () => {
  it('can be tightened per call', () => {
    const zip = writeZip(treeFromTexts({ a: 'x'.repeat(100), b: 'y' }));
    expect(refused(zip, { maxEntryBytes: 50 }).code).toBe('entry-too-large');
    expect(refused(zip, { maxEntries: 1 }).code).toBe('too-many-entries');
    expect(refused(zip, { maxTotalBytes: 100 }).code).toBe('total-too-large');
    expect(readZip(zip, { maxEntryBytes: Number.NaN }).ok).toBe(true);
  });
});
