import { deflateSync } from 'fflate';
import type { AppTree } from '../app/app-tree.js';
import { crc32 } from './crc32.js';
import { checkEntryPath, findCollision, isPathProblem } from './zip-entry-path.js';

// Fixed metadata so the same tree always gives the same bytes. 1980-01-01 00:00 is the DOS
// epoch (what reproducible-build tools use), written as its DOS fields directly: fflate's
// writer derives them from a Date in local time, which would vary with the time zone.
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const DOS_TIME_MIDNIGHT = 0;
// Made by Unix (3), spec 2.0, with a plain file mode, so unzip on Unix gives rw-r--r-- files.
const VERSION_MADE_BY = (3 << 8) | 20;
const EXTERNAL_ATTRIBUTES = (0o100644 << 16) >>> 0;
const UTF8_FLAG = 0x0800;
const DEFLATE_LEVEL = 6;
// Below this DEFLATE saves a few bytes at best, and each call costs ~170 KB of scratch memory.
const STORE_BELOW = 64;

interface Record {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  size: number;
  body: Uint8Array;
  offset: number;
}

const encoder = new TextEncoder();

/**
 * Writes an app tree as a zip the platform reads: entries sorted by path, DEFLATE (stored when
 * that is not smaller, and for files under 64 bytes), fixed time and attributes, so the same tree always gives the same bytes.
 * Throws on a path `readZip` would refuse (absolute, `..`, duplicates up to case…): exporting a
 * zip we could not import back is a bug to surface, not a file to ship.
 */
export function writeZip(tree: AppTree): Uint8Array {
  const paths = [...tree.keys()].sort();
  assertWritablePaths(paths);
  // We write the container ourselves (fflate's zipSync collects entries in a plain object, where
  // `__proto__` vanishes and integer-like names reorder); fflate only deflates.
  const records: Record[] = [];
  let offset = 0;
  for (const path of paths) {
    const data = tree.get(path)!;
    const name = encoder.encode(path);
    const deflated = data.length < STORE_BELOW ? data : deflateSync(data, { level: DEFLATE_LEVEL });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const flags = name.length !== path.length ? UTF8_FLAG : 0;
    records.push({ name, flags, method: stored ? 0 : 8, crc: crc32(data), size: data.length, body, offset });
    offset += 30 + name.length + body.length;
  }
  const directorySize = records.reduce((sum, r) => sum + 46 + r.name.length, 0);
  if (records.length > 0xffff || offset + directorySize > 0xffffffff) {
    throw new RangeError('the app is too large for a zip without ZIP64 (over 65,535 files or 4 GB)');
  }
  const out = new Uint8Array(offset + directorySize + 22);
  const view = new DataView(out.buffer);
  for (const r of records) {
    const at = writeHeader(view, r.offset, 0x04034b50, r, false);
    out.set(r.name, at);
    out.set(r.body, at + r.name.length);
  }
  let at = offset;
  for (const r of records) {
    const nameAt = writeHeader(view, at, 0x02014b50, r, true);
    out.set(r.name, nameAt);
    at = nameAt + r.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, records.length, true);
  view.setUint16(at + 10, records.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, offset, true);
  return out;
}

/** Writes a local (30-byte) or central (46-byte) header; returns where the name goes. */
function writeHeader(view: DataView, at: number, signature: number, r: Record, central: boolean): number {
  view.setUint32(at, signature, true);
  let p = at + 4;
  if (central) {
    view.setUint16(p, VERSION_MADE_BY, true);
    p += 2;
  }
  view.setUint16(p, r.method === 8 ? 20 : 10, true);
  view.setUint16(p + 2, r.flags, true);
  view.setUint16(p + 4, r.method, true);
  view.setUint16(p + 6, DOS_TIME_MIDNIGHT, true);
  view.setUint16(p + 8, DOS_DATE_1980_01_01, true);
  view.setUint32(p + 10, r.crc, true);
  view.setUint32(p + 14, r.body.length, true);
  view.setUint32(p + 18, r.size, true);
  view.setUint16(p + 22, r.name.length, true);
  // extra length (p + 24) stays 0; central: comment, disk, internal attributes stay 0
  if (!central) return p + 26;
  view.setUint32(p + 32, EXTERNAL_ATTRIBUTES, true);
  view.setUint32(p + 36, r.offset, true);
  return p + 40;
}

function assertWritablePaths(paths: string[]): void {
  for (const path of paths) {
    const checked = checkEntryPath(path);
    if (isPathProblem(checked)) throw new Error(`cannot export ${JSON.stringify(path)}: ${checked.rule}`);
    if (checked.isFolder || checked.path !== path) {
      throw new Error(`cannot export ${JSON.stringify(path)}: the path is not in normal form`);
    }
  }
  const collision = findCollision(paths);
  if (collision) {
    const why =
      collision.code === 'duplicate-name' ? 'differs only by case from another path' : 'is also a folder';
    throw new Error(`cannot export ${JSON.stringify(paths[collision.index])}: the path ${why}`);
  }
}
