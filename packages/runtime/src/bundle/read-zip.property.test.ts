import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeFromTexts } from '../app/app-tree.js';
import { readZip } from './read-zip.js';
import { writeZip } from './write-zip.js';
import { checkEntryPath } from './zip-entry-path.js';

const valid = writeZip(
  treeFromTexts({
    'app.json': '{"name":"x"}',
    'events/a/e.json': '{"title":"A","type":"events.WorkflowType"}',
    'events/a/inner.py': 'def f(eventOutData):\n    return 1\n'.repeat(20),
    'events/a/__init__.py': '',
  }),
);

/** The result must be a well-formed answer, and an accepted tree must hold only safe paths. */
function expectWellFormed(bytes: Uint8Array): void {
  const result = readZip(bytes, { name: 'fuzz.zip' });
  if (result.ok) {
    for (const path of result.tree.keys()) expect(checkEntryPath(path)).toEqual({ path, isFolder: false });
  } else {
    expect(typeof result.error.code).toBe('string');
    expect(result.error.message.startsWith('fuzz.zip: ')).toBe(true);
  }
}

type Damage =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'remove'; at: number; length: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
);

function apply(bytes: Uint8Array, d: Damage): Uint8Array {
  const at = d.at % (bytes.length + 1);
  switch (d.kind) {
    case 'flip': {
      const out = bytes.slice();
      if (at < out.length) out[at] = d.value;
      return out;
    }
    case 'cut':
      return bytes.slice(0, at);
    case 'insert':
      return Uint8Array.from([...bytes.subarray(0, at), ...d.bytes, ...bytes.subarray(at)]);
    case 'remove':
      return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + d.length)]);
  }
}

describe('readZip never throws', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => expectWellFormed(bytes)),
      { numRuns: 500 },
    );
  });

  it('on random bytes behind a zip signature', () => {
    const signatures = [0x04034b50, 0x02014b50, 0x06054b50, 0x06064b50, 0x07064b50];
    fc.assert(
      fc.property(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 512 }), (signature, tail) => {
        const bytes = new Uint8Array(4 + tail.length);
        new DataView(bytes.buffer).setUint32(0, signature, true);
        bytes.set(tail, 4);
        expectWellFormed(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('on randomly damaged valid zips', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 6 }), (damages) => {
        expectWellFormed(damages.reduce(apply, valid));
      }),
      { numRuns: 1000 },
    );
  });

  it('on every single-byte change of the directory and end record', () => {
    const directoryStart = new DataView(valid.buffer).getUint32(valid.length - 6, true);
    for (let at = directoryStart; at < valid.length; at++) {
      for (const value of [0x00, 0xff, valid[at]! ^ 0x80])
        expectWellFormed(apply(valid, { kind: 'flip', at, value }));
    }
  });
});
