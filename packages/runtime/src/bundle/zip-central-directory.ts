import type { ZipErrorCode } from './zip-error.js';
import { formatBytes, type ZipLimits } from './zip-limits.js';

/** One file record of the central directory, sizes resolved through ZIP64 extras. */
export interface CentralEntry {
  rawName: Uint8Array;
  versionMadeBy: number;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  externalAttributes: number;
  localOffset: number;
}

/** The entries, and where the directory starts (entry data must end before it). */
export interface CentralDirectory {
  entries: CentralEntry[];
  offset: number;
}

/** A structural problem with the archive as a whole. */
export interface ArchiveProblem {
  code: ZipErrorCode;
  rule: string;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;

/** Little-endian reader that never reads past the end (it reports instead). */
export class ByteReader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  /** True when [offset, offset + length) lies inside the bytes. */
  has(offset: number, length: number): boolean {
    return offset >= 0 && length >= 0 && offset + length <= this.bytes.length;
  }
  u16(offset: number): number {
    return this.view.getUint16(offset, true);
  }
  u32(offset: number): number {
    return this.view.getUint32(offset, true);
  }
  /** A 64-bit field as a number; exact up to 2^53, which is far beyond any limit we accept. */
  u64(offset: number): number {
    return this.u32(offset) + this.u32(offset + 4) * 0x1_0000_0000;
  }
}

/** True when the bytes start like a zip (a local header), so a missing directory means truncation. */
function startsLikeZip(reader: ByteReader): boolean {
  return reader.has(0, 4) && reader.u32(0) === LOCAL_SIGNATURE;
}

function findEndOfCentralDirectory(reader: ByteReader): number {
  const last = reader.bytes.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    if (reader.bytes[p] === 0x50 && reader.u32(p) === EOCD_SIGNATURE) return p;
  }
  return -1;
}

interface DirectoryBounds {
  count: number;
  size: number;
  offset: number;
  end: number;
}

function readBounds(reader: ByteReader, eocd: number): DirectoryBounds | ArchiveProblem {
  const disk = reader.u16(eocd + 4);
  const directoryDisk = reader.u16(eocd + 6);
  const countHere = reader.u16(eocd + 8);
  let count = reader.u16(eocd + 10);
  let size = reader.u32(eocd + 12);
  let offset = reader.u32(eocd + 16);
  let end = eocd;
  const locator = eocd - 20;
  if (reader.has(locator, 20) && reader.u32(locator) === EOCD64_LOCATOR_SIGNATURE) {
    const record = reader.u64(locator + 8);
    if (!reader.has(record, 56) || reader.u32(record) !== EOCD64_SIGNATURE) {
      return { code: 'corrupt', rule: 'the ZIP64 end record is missing or damaged' };
    }
    if (reader.u32(record + 16) !== 0 || reader.u32(record + 20) !== 0) {
      return { code: 'unsupported-feature', rule: 'the zip is split over several disks' };
    }
    count = reader.u64(record + 32);
    size = reader.u64(record + 40);
    offset = reader.u64(record + 48);
    end = record;
  } else if (disk !== 0 || directoryDisk !== 0 || countHere !== count) {
    return { code: 'unsupported-feature', rule: 'the zip is split over several disks' };
  }
  return { count, size, offset, end };
}

/**
 * Reads the central directory: the authoritative list of entries, read before anything is
 * inflated so names, sizes and flags are checked up front. Sizes are resolved through ZIP64
 * extra fields; nothing else of the extras is trusted.
 */
export function readCentralDirectory(
  reader: ByteReader,
  limits: ZipLimits,
): CentralDirectory | ArchiveProblem {
  const length = reader.bytes.length;
  if (length === 0) return { code: 'not-a-zip', rule: 'the file is empty' };
  const eocd = length >= EOCD_SIZE ? findEndOfCentralDirectory(reader) : -1;
  if (eocd < 0) {
    return startsLikeZip(reader)
      ? { code: 'truncated', rule: 'the zip is truncated: its central directory is missing' }
      : { code: 'not-a-zip', rule: 'the file is not a zip (no end-of-central-directory record)' };
  }
  const bounds = readBounds(reader, eocd);
  if ('code' in bounds) return bounds;
  if (bounds.count > limits.maxEntries) {
    return {
      code: 'too-many-entries',
      rule: `the zip has ${bounds.count} entries; at most ${limits.maxEntries} are accepted`,
    };
  }
  if (bounds.offset + bounds.size > bounds.end) {
    return { code: 'truncated', rule: 'the zip is truncated: its central directory runs past the end' };
  }
  const entries: CentralEntry[] = [];
  const directoryEnd = bounds.offset + bounds.size;
  let p = bounds.offset;
  for (let i = 0; i < bounds.count; i++) {
    if (p + CENTRAL_HEADER_SIZE > directoryEnd || reader.u32(p) !== CENTRAL_SIGNATURE) {
      return { code: 'corrupt', rule: `central directory record ${i + 1} is damaged` };
    }
    const nameLength = reader.u16(p + 28);
    const extraLength = reader.u16(p + 30);
    const commentLength = reader.u16(p + 32);
    const next = p + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > directoryEnd) return { code: 'corrupt', rule: `central directory record ${i + 1} is damaged` };
    const entry: CentralEntry = {
      rawName: reader.bytes.subarray(p + CENTRAL_HEADER_SIZE, p + CENTRAL_HEADER_SIZE + nameLength),
      versionMadeBy: reader.u16(p + 4),
      flags: reader.u16(p + 8),
      method: reader.u16(p + 10),
      crc: reader.u32(p + 16),
      compressedSize: reader.u32(p + 20),
      uncompressedSize: reader.u32(p + 24),
      externalAttributes: reader.u32(p + 38),
      localOffset: reader.u32(p + 42),
    };
    const zip64 = applyZip64Extra(reader, entry, p + CENTRAL_HEADER_SIZE + nameLength, extraLength);
    if (zip64) return zip64;
    entries.push(entry);
    p = next;
  }
  return { entries, offset: bounds.offset };
}

const MAX32 = 0xffffffff;

/** Replaces 0xFFFFFFFF sizes/offset by the 64-bit values of the ZIP64 extra (tag 1), in spec order. */
function applyZip64Extra(reader: ByteReader, entry: CentralEntry, start: number, length: number) {
  const needs = [entry.uncompressedSize, entry.compressedSize, entry.localOffset].some((v) => v === MAX32);
  if (!needs) return undefined;
  const end = start + length;
  for (let q = start; q + 4 <= end; ) {
    const tag = reader.u16(q);
    const size = reader.u16(q + 2);
    if (q + 4 + size > end) break;
    if (tag === 1) {
      let f = q + 4;
      const take = (): number | undefined => {
        if (f + 8 > q + 4 + size) return undefined;
        const value = reader.u64(f);
        f += 8;
        return value;
      };
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = take() ?? Number.NaN;
      if (entry.compressedSize === MAX32) entry.compressedSize = take() ?? Number.NaN;
      if (entry.localOffset === MAX32) entry.localOffset = take() ?? Number.NaN;
      const sizes = [entry.uncompressedSize, entry.compressedSize, entry.localOffset];
      if (sizes.some(Number.isNaN))
        return { code: 'corrupt' as const, rule: 'a ZIP64 extra field is too short' };
      return undefined;
    }
    q += 4 + size;
  }
  return { code: 'corrupt' as const, rule: 'a ZIP64 size is announced but its extra field is missing' };
}

/** Where an entry's compressed data sits, found through its local header. */
export interface LocalExtent {
  start: number;
  end: number;
}

/**
 * Reads the local header an entry points to and checks it agrees with the directory (same name,
 * same method): tools that walk local headers must see the same archive we checked.
 */
export function readLocalExtent(
  reader: ByteReader,
  entry: CentralEntry,
  directoryOffset: number,
): LocalExtent | ArchiveProblem {
  const at = entry.localOffset;
  if (!reader.has(at, 30) || at + 30 > directoryOffset) {
    return { code: 'truncated', rule: 'its local header lies outside the zip' };
  }
  if (reader.u32(at) !== LOCAL_SIGNATURE) return { code: 'corrupt', rule: 'its local header is damaged' };
  const nameLength = reader.u16(at + 26);
  const extraLength = reader.u16(at + 28);
  const start = at + 30 + nameLength + extraLength;
  const end = start + entry.compressedSize;
  if (end > directoryOffset || !reader.has(start, entry.compressedSize)) {
    return {
      code: 'truncated',
      rule: `its data (${formatBytes(entry.compressedSize)}) runs past the end of the zip`,
    };
  }
  const localName = reader.bytes.subarray(at + 30, at + 30 + nameLength);
  if (!sameBytes(localName, entry.rawName) || reader.u16(at + 8) !== entry.method) {
    return { code: 'header-mismatch', rule: 'its local header disagrees with the central directory' };
  }
  return { start, end };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
