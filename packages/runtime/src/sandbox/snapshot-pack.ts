import { MEMORY_CAP_BYTES } from './wasm-memory.js';

// The stored form of a Pyodide memory snapshot. Half of a fresh heap is pages of zeros: they are
// left out (a bitmap says which pages are kept), which halves what is written, read and
// transferred. A checksum over the rest catches a damaged copy before Pyodide restores it.
// Packing and unpacking run in the worker; the host only stores the bytes.
//
// Layout (little-endian u32 words): magic, page size, image length, checksum of what follows;
// then the bitmap of kept pages (whole words); then the kept pages, in order.

const MAGIC = 0x31535345; // "ESS1"
const PAGE = 4096;
const HEADER_BYTES = 16;

/** A 32-bit checksum (FNV-1a over words): cheap, and enough to catch damage (not an attacker). */
function checksum(bytes: Uint8Array): number {
  const words = bytes.byteLength >>> 2;
  const view = new Uint32Array(bytes.buffer, bytes.byteOffset, words);
  let hash = 0x811c9dc5;
  for (let i = 0; i < words; i++) hash = Math.imul(hash ^ (view[i] as number), 0x01000193);
  for (let i = words * 4; i < bytes.byteLength; i++)
    hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return hash >>> 0;
}

function isZero(image: Uint8Array, words: Uint32Array | undefined, start: number, end: number): boolean {
  if (words && end - start === PAGE) {
    for (let i = start >>> 2, last = end >>> 2; i < last; i++) if (words[i] !== 0) return false;
    return true;
  }
  for (let i = start; i < end; i++) if (image[i] !== 0) return false;
  return true;
}

const bitmapBytes = (pages: number): number => Math.ceil(pages / 32) * 4;

/** Packs a memory snapshot (as makeMemorySnapshot returns it) for storage. */
export function packSnapshot(image: Uint8Array): ArrayBuffer {
  const pages = Math.ceil(image.byteLength / PAGE);
  const aligned = image.byteOffset % 4 === 0;
  const words = aligned ? new Uint32Array(image.buffer, image.byteOffset, image.byteLength >>> 2) : undefined;
  const kept: number[] = [];
  let payload = 0;
  for (let page = 0; page < pages; page++) {
    const start = page * PAGE;
    const end = Math.min(start + PAGE, image.byteLength);
    if (isZero(image, words, start, end)) continue;
    kept.push(page);
    payload += end - start;
  }
  const mapBytes = bitmapBytes(pages);
  const out = new Uint8Array(HEADER_BYTES + mapBytes + payload);
  const bitmap = new Uint32Array(out.buffer, HEADER_BYTES, mapBytes / 4);
  let at = HEADER_BYTES + mapBytes;
  for (const page of kept) {
    bitmap[page >>> 5] = (bitmap[page >>> 5] as number) | (1 << (page & 31));
    const start = page * PAGE;
    const end = Math.min(start + PAGE, image.byteLength);
    out.set(image.subarray(start, end), at);
    at += end - start;
  }
  const header = new Uint32Array(out.buffer, 0, HEADER_BYTES / 4);
  header.set([MAGIC, PAGE, image.byteLength, checksum(out.subarray(HEADER_BYTES))]);
  return out.buffer;
}

function damaged(why: string): Error {
  return new Error(`the stored Python snapshot is damaged (${why})`);
}

/** The memory snapshot packed by packSnapshot; throws when the bytes are not one, or damaged. */
export function unpackSnapshot(packed: ArrayBuffer): Uint8Array {
  if (packed.byteLength < HEADER_BYTES) throw damaged('too short');
  const [magic, pageSize, length, sum] = new Uint32Array(packed, 0, HEADER_BYTES / 4);
  if (magic !== MAGIC || pageSize !== PAGE) throw damaged('not a packed snapshot');
  if (length === undefined || length > MEMORY_CAP_BYTES) throw damaged('impossible size');
  const pages = Math.ceil(length / PAGE);
  const mapBytes = bitmapBytes(pages);
  if (HEADER_BYTES + mapBytes > packed.byteLength) throw damaged('truncated');
  const bytes = new Uint8Array(packed);
  if (checksum(bytes.subarray(HEADER_BYTES)) !== sum) throw damaged('checksum');
  const bitmap = new Uint32Array(packed, HEADER_BYTES, mapBytes / 4);
  // Zero-filled by the allocator: only the kept pages are copied in.
  const image = new Uint8Array(length);
  let at = HEADER_BYTES + mapBytes;
  for (let page = 0; page < pages; page++) {
    if (((bitmap[page >>> 5] as number) & (1 << (page & 31))) === 0) continue;
    const start = page * PAGE;
    const size = Math.min(PAGE, length - start);
    if (at + size > bytes.byteLength) throw damaged('truncated');
    image.set(bytes.subarray(at, at + size), start);
    at += size;
  }
  if (at !== bytes.byteLength) throw damaged('trailing bytes');
  return image;
}
