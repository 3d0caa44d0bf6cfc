// Zip → app tree, for the studio's import and the CLI's unpack/validate. Decisions:
// - Names: must decode as UTF-8 whether or not the UTF-8 flag is set (tools that omit the flag
//   write UTF-8 anyway; CP437 names, which an app never has, are refused rather than guessed).
//   Keys are NFC. `.` and empty segments are dropped; `..`, absolute, `\`, `C:` are refused.
// - Duplicates are refused exactly, after NFC and case-insensitively: on macOS and Windows
//   disks `Events/a` and `events/a` are one folder, and unpacking would merge them silently.
// - Folder entries are skipped; `__MACOSX/…`, `.DS_Store` and `Thumbs.db` are skipped (still
//   path-checked, never inflated). Symlinks, devices and FIFOs are refused.
// - Limits (zip-limits.ts) apply to declared sizes before inflating, then inflated bytes must
//   match the declared size exactly (checked while streaming) and the CRC-32.
// - The central directory is the truth; local headers must agree with it and entries must not
//   overlap. We inflate with fflate's `Inflate` on the directory's offsets rather than its
//   `Unzip`, which walks local headers front to back: that is the view smuggling attacks forge.
import { crc32 } from './crc32.js';
import {
  ByteReader,
  type CentralDirectory,
  type CentralEntry,
  readCentralDirectory,
  readLocalExtent,
} from './zip-central-directory.js';
import { checkEntryPath, findCollision, isJunkPath, isPathProblem } from './zip-entry-path.js';
import { type ReadZipResult, type ZipError, zipError } from './zip-error.js';
import { inflateExactly } from './zip-inflate.js';
import { formatBytes, resolveZipLimits, type ZipLimits } from './zip-limits.js';
import { findWrappingFolder } from './zip-root.js';

/** Options of `readZip`: limit overrides, and the zip's file name for messages. */
export type ReadZipOptions = Partial<ZipLimits> & { name?: string };

/** A file entry that passed the name and flag checks, waiting to be inflated. */
interface FileEntry {
  entry: CentralEntry;
  /** The name as stored, for messages. */
  shown: string;
  path: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

const UNIX_HOSTS = new Set([3, 19]); // Unix and OS X keep a st_mode in the high 16 bits
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const DOS_REPARSE_POINT = 0x400; // how Windows tools mark a symlink or junction
const METHOD_NAMES: Record<number, string> = {
  9: 'Deflate64',
  12: 'bzip2',
  14: 'LZMA',
  93: 'Zstandard',
  95: 'XZ',
};

/**
 * Reads a zip into an app tree, all or nothing, never throwing. The central directory is read
 * and every name, flag and declared size checked before a byte is inflated; inflation stops
 * as soon as an entry passes the size it declared; every entry's CRC is verified.
 */
export function readZip(bytes: Uint8Array, options: ReadZipOptions = {}): ReadZipResult {
  const zipName = typeof options?.name === 'string' ? options.name : undefined;
  try {
    if (!(bytes instanceof Uint8Array)) {
      return fail(zipError('not-a-zip', 'the input is not bytes', { zipName }));
    }
    return readChecked(new ByteReader(bytes), resolveZipLimits(options ?? {}), zipName);
  } catch (error) {
    // Only a bug of ours (or an allocation failure) lands here; the caller still gets data.
    return fail(zipError('corrupt', `the zip could not be read (${describe(error)})`, { zipName }));
  }
}

function readChecked(reader: ByteReader, limits: ZipLimits, zipName: string | undefined): ReadZipResult {
  const directory = readCentralDirectory(reader, limits);
  if ('code' in directory) return fail(zipError(directory.code, directory.rule, { zipName }));
  const files = checkEntries(directory, limits, zipName);
  if (!Array.isArray(files)) return fail(files);
  const extents = locateData(reader, directory, files, zipName);
  if (!(extents instanceof Map)) return fail(extents);
  const contents = new Map<string, Uint8Array>();
  for (const file of files) {
    const data = extract(reader.bytes.subarray(...extents.get(file)!), file, zipName);
    if (!(data instanceof Uint8Array)) return fail(data);
    contents.set(file.path, data);
  }
  const root = findWrappingFolder([...contents.keys()]);
  const tree = new Map<string, Uint8Array>();
  for (const path of [...contents.keys()].sort()) {
    tree.set(root ? path.slice(root.length + 1) : path, contents.get(path)!);
  }
  return { ok: true, tree, root };
}

/** Names, types, flags, methods and declared sizes: everything that needs no inflating. */
function checkEntries(
  directory: CentralDirectory,
  limits: ZipLimits,
  zipName?: string,
): FileEntry[] | ZipError {
  const files: FileEntry[] = [];
  const folders: string[] = [];
  let total = 0;
  let totalCompressed = 0;
  for (const entry of directory.entries) {
    let shown: string;
    try {
      shown = strictUtf8.decode(entry.rawName);
    } catch {
      const at = { zipName, entry: lossyUtf8.decode(entry.rawName) };
      return zipError('name-not-utf8', 'the name is not valid UTF-8', at);
    }
    const at = { zipName, entry: shown };
    const checked = checkEntryPath(shown);
    if (isPathProblem(checked)) return zipError(checked.code, checked.rule, at);
    const kind = fileKind(entry);
    if (kind === 'symlink') return zipError('symlink', 'symbolic links are not accepted', at);
    if (kind === 'special') return zipError('special-file', 'only files and folders are accepted', at);
    if (checked.isFolder) {
      folders.push(checked.path);
      continue;
    }
    if (isJunkPath(checked.path)) continue;
    const refused = checkFileEntry(entry, limits);
    if (refused) return zipError(refused.code, refused.rule, at);
    total += entry.uncompressedSize;
    totalCompressed += entry.compressedSize;
    if (total > limits.maxTotalBytes) {
      const rule = `the files add up to more than ${formatBytes(limits.maxTotalBytes)} uncompressed`;
      return zipError('total-too-large', rule, at);
    }
    files.push({ entry, shown, path: checked.path });
  }
  if (total > limits.ratioMinBytes && total > limits.maxRatio * totalCompressed) {
    const rule = `the files expand ${Math.round(total / Math.max(1, totalCompressed))}:1 overall; at most ${limits.maxRatio}:1 is accepted`;
    return zipError('ratio-too-high', rule, { zipName });
  }
  return checkCollisions(files, folders, zipName) ?? files;
}

function fileKind(entry: CentralEntry): 'file' | 'symlink' | 'special' {
  if ((entry.externalAttributes & DOS_REPARSE_POINT) !== 0) return 'symlink';
  if (!UNIX_HOSTS.has(entry.versionMadeBy >>> 8)) return 'file';
  const type = (entry.externalAttributes >>> 16) & S_IFMT;
  if (type === S_IFLNK) return 'symlink';
  if (type === 0 || type === S_IFREG || type === S_IFDIR) return 'file';
  return 'special';
}

function checkFileEntry(
  entry: CentralEntry,
  limits: ZipLimits,
): { code: ZipError['code']; rule: string } | undefined {
  if ((entry.flags & 0x0001) !== 0 || (entry.flags & 0x0040) !== 0 || (entry.flags & 0x2000) !== 0) {
    return { code: 'encrypted', rule: 'the entry is encrypted' };
  }
  if (entry.method === 99) return { code: 'encrypted', rule: 'the entry is AES-encrypted' };
  if (entry.method !== 0 && entry.method !== 8) {
    const known = METHOD_NAMES[entry.method];
    const rule = `compression method ${entry.method}${known ? ` (${known})` : ''} is not supported; only stored and DEFLATE are`;
    return { code: 'unsupported-method', rule };
  }
  const size = entry.uncompressedSize;
  if (size > limits.maxEntryBytes) {
    const rule = `it is ${formatBytes(size)} uncompressed; at most ${formatBytes(limits.maxEntryBytes)} a file is accepted`;
    return { code: 'entry-too-large', rule };
  }
  if (entry.method === 0 && entry.compressedSize !== size) {
    return { code: 'corrupt', rule: 'a stored entry whose two sizes differ' };
  }
  if (size > limits.ratioMinBytes && size > limits.maxRatio * entry.compressedSize) {
    const ratio = Math.round(size / Math.max(1, entry.compressedSize));
    return {
      code: 'ratio-too-high',
      rule: `it expands ${ratio}:1; at most ${limits.maxRatio}:1 is accepted`,
    };
  }
  return undefined;
}

/** Duplicates (exact, NFC or case-only: they merge on macOS/Windows disks) and file-vs-folder clashes. */
function checkCollisions(files: FileEntry[], folders: string[], zipName?: string): ZipError | undefined {
  const collision = findCollision(
    files.map((f) => f.path),
    folders,
  );
  if (!collision) return undefined;
  const file = files[collision.index]!;
  const earlier = collision.other === undefined ? undefined : files[collision.other]!.shown;
  const rule =
    collision.code === 'path-conflict'
      ? 'the same path is both a file and a folder'
      : earlier === file.shown
        ? 'the name appears twice'
        : `it collides with ${JSON.stringify(earlier)} (same name up to case or Unicode normalisation)`;
  return zipError(collision.code, rule, { zipName, entry: file.shown });
}

/** Local headers agree with the directory, data lies inside the zip and no two entries overlap. */
function locateData(
  reader: ByteReader,
  directory: CentralDirectory,
  files: FileEntry[],
  zipName?: string,
): Map<FileEntry, [number, number]> | ZipError {
  const located = new Map<FileEntry, [number, number]>();
  const extents: { file: FileEntry; end: number }[] = [];
  for (const file of files) {
    const extent = readLocalExtent(reader, file.entry, directory.offset);
    if ('code' in extent) return zipError(extent.code, extent.rule, { zipName, entry: file.shown });
    located.set(file, [extent.start, extent.end]);
    extents.push({ file, end: extent.end });
  }
  // Overlapping entries are how "better" zip bombs reuse one compressed block many times.
  extents.sort((a, b) => a.file.entry.localOffset - b.file.entry.localOffset);
  for (let i = 1; i < extents.length; i++) {
    if (extents[i]!.file.entry.localOffset < extents[i - 1]!.end) {
      const rule = `its data overlaps entry ${JSON.stringify(extents[i - 1]!.file.shown)}`;
      return zipError('overlapping-entries', rule, { zipName, entry: extents[i]!.file.shown });
    }
  }
  return located;
}

/** The entry's bytes, inflated within its declared size and checked against its CRC-32. */
function extract(raw: Uint8Array, file: FileEntry, zipName?: string): Uint8Array | ZipError {
  const at = { zipName, entry: file.shown };
  const expected = file.entry.uncompressedSize;
  let data: Uint8Array;
  if (file.entry.method === 0) data = raw.slice();
  else {
    const outcome = inflateExactly(raw, expected);
    if (!outcome.ok) {
      const rule =
        outcome.reason === 'too-long'
          ? `its data inflates to more than the ${formatBytes(expected)} it declares; inflating was stopped`
          : outcome.reason === 'too-short'
            ? `its data inflates to ${formatBytes(outcome.produced)}, not the ${formatBytes(expected)} it declares`
            : 'its compressed data is damaged';
      return zipError('corrupt', rule, at);
    }
    data = outcome.data;
  }
  if (crc32(data) !== file.entry.crc)
    return zipError('corrupt', 'its CRC-32 does not match: the data is damaged', at);
  return data;
}

function fail(error: ZipError): ReadZipResult {
  return { ok: false, error };
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
