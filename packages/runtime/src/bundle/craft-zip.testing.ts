// Test helper: hand-built zips with whatever names, flags and sizes a hostile archive might
// carry. fflate refuses to write many of these, so the bytes are laid out here directly.
import { deflateSync } from 'fflate';
import { crc32 } from './crc32.js';

/** One entry to lay out; every header field can be forced to lie. */
export interface CraftEntry {
  name: string | Uint8Array;
  /** The uncompressed content (default empty). */
  data?: Uint8Array;
  /** 0 stored, 8 DEFLATE (default), or any number, with `body` as the raw bytes. */
  method?: number;
  /** The bytes written as the entry's data; default: `data` stored or deflated per `method`. */
  body?: Uint8Array;
  crc?: number;
  compressedSize?: number;
  uncompressedSize?: number;
  flags?: number;
  versionMadeBy?: number;
  externalAttributes?: number;
  /** A different name in the local header than in the central directory. */
  localName?: string | Uint8Array;
  /** Point the central record at another entry's local header (by index), writing no data. */
  sharesLocalHeaderOf?: number;
  /** Bytes added to the local header offset the central record points at. */
  localOffsetShift?: number;
  /** Extra field of the central record (e.g. ZIP64 sizes). */
  centralExtra?: Uint8Array;
}

/** Options for the archive as a whole. */
export interface CraftOptions {
  /** Entry count written in the end record (default: the real count). */
  claimedCount?: number;
  /** Disk number written in the end record. */
  disk?: number;
  comment?: Uint8Array;
}

const encoder = new TextEncoder();
const toBytes = (name: string | Uint8Array) => (typeof name === 'string' ? encoder.encode(name) : name);

/** Lays out local headers, data, central directory and end record, trusting every field given. */
export function craftZip(entries: CraftEntry[], options: CraftOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = entry.data ?? new Uint8Array(0);
    const method = entry.method ?? 8;
    const body = entry.body ?? (method === 8 ? deflateSync(data) : data);
    const name = toBytes(entry.name);
    const fields = {
      flags: entry.flags ?? 0,
      method,
      crc: entry.crc ?? crc32(data),
      compressedSize: entry.compressedSize ?? body.length,
      uncompressedSize: entry.uncompressedSize ?? data.length,
    };
    const local = craftLocalHeader(entry.localName ?? entry.name, fields);
    const shared = entry.sharesLocalHeaderOf === undefined ? offset : offsets[entry.sharesLocalHeaderOf]!;
    const pointsTo = shared + (entry.localOffsetShift ?? 0);
    offsets.push(offset);
    if (entry.sharesLocalHeaderOf === undefined) {
      chunks.push(local, body);
      offset += local.length + body.length;
    }
    const extra = entry.centralExtra ?? new Uint8Array(0);
    const record = new Uint8Array(46 + name.length + extra.length);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, entry.versionMadeBy ?? (3 << 8) | 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, fields.flags, true);
    cv.setUint16(10, method, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, fields.crc, true);
    cv.setUint32(20, Math.min(fields.compressedSize, 0xffffffff), true);
    cv.setUint32(24, Math.min(fields.uncompressedSize, 0xffffffff), true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint32(38, entry.externalAttributes ?? (0o100644 << 16) >>> 0, true);
    cv.setUint32(42, pointsTo, true);
    record.set(name, 46);
    record.set(extra, 46 + name.length);
    central.push(record);
  }
  const directorySize = central.reduce((n, c) => n + c.length, 0);
  const comment = options.comment ?? new Uint8Array(0);
  const end = new Uint8Array(22 + comment.length);
  const ev = new DataView(end.buffer);
  const count = options.claimedCount ?? entries.length;
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(4, options.disk ?? 0, true);
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  ev.setUint16(20, comment.length, true);
  end.set(comment, 22);
  return concatAll([...chunks, ...central, end]);
}

/** The header fields a local header repeats from the central record. */
export interface HeaderFields {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
}

/** A 30-byte local header plus its name. */
export function craftLocalHeader(name: string | Uint8Array, fields: HeaderFields): Uint8Array {
  const bytes = toBytes(name);
  const local = new Uint8Array(30 + bytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, fields.flags, true);
  lv.setUint16(8, fields.method, true);
  lv.setUint16(12, 0x21, true);
  lv.setUint32(14, fields.crc, true);
  lv.setUint32(18, Math.min(fields.compressedSize, 0xffffffff), true);
  lv.setUint32(22, Math.min(fields.uncompressedSize, 0xffffffff), true);
  lv.setUint16(26, bytes.length, true);
  local.set(bytes, 30);
  return local;
}

/** Concatenates byte arrays. */
export function concatAll(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A raw DEFLATE stream of `length` zero bytes at DEFLATE's best ratio for fixed codes (one
 * literal, then 258-byte matches at distance 1, 13 bits each): 1 GiB costs ~6.5 MB and ~50 ms,
 * instead of compressing a gigabyte.
 */
export function deflatedZeros(length: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(((length / 258) * 13 + 300 * 8) / 8) + 16);
  let bytePos = 0;
  let bitBuffer = 0;
  let bitCount = 0;
  const bits = (value: number, count: number) => {
    bitBuffer |= value << bitCount;
    bitCount += count;
    while (bitCount >= 8) {
      out[bytePos++] = bitBuffer & 0xff;
      bitBuffer >>>= 8;
      bitCount -= 8;
    }
  };
  // Huffman codes are packed most significant bit first.
  const code = (value: number, count: number) => {
    let reversed = 0;
    for (let i = 0; i < count; i++) reversed |= ((value >>> i) & 1) << (count - 1 - i);
    bits(reversed, count);
  };
  bits(1, 1); // final block
  bits(1, 2); // fixed Huffman
  let left = length;
  if (left > 0) {
    code(0x30, 8); // literal 0
    left--;
  }
  for (; left >= 258; left -= 258) {
    code(0b11000101, 8); // length 258 (symbol 285)
    code(0, 5); // distance 1
  }
  for (; left > 0; left--) code(0x30, 8);
  code(0, 7); // end of block
  bits(0, 7); // flush
  return out.subarray(0, bytePos);
}
