/** The bounds a zip must stay within to be read. Sizes are uncompressed bytes. */
export interface ZipLimits {
  /** Most entries the central directory may list (files, folders and junk alike). */
  maxEntries: number;
  /** Largest single file. */
  maxEntryBytes: number;
  /** Largest sum of all files. */
  maxTotalBytes: number;
  /** Highest uncompressed:compressed ratio, per entry and for the archive as a whole. */
  maxRatio: number;
  /**
   * The ratio is only checked for an entry (or an archive) larger than this: a 50 KB file of
   * blanks legitimately compresses 500:1 and costs nothing, while a bomb needs size to hurt.
   */
  ratioMinBytes: number;
}

const MiB = 1024 * 1024;

/** The limits from the import issue: 10,000 entries, 20 MiB a file, 200 MiB in all, 100:1 above 1 MiB. */
export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntries: 10_000,
  maxEntryBytes: 20 * MiB,
  maxTotalBytes: 200 * MiB,
  maxRatio: 100,
  ratioMinBytes: 1 * MiB,
});

/** The defaults with the caller's overrides; an override that is not a positive number is ignored. */
export function resolveZipLimits(overrides: Partial<ZipLimits> = {}): ZipLimits {
  const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS };
  for (const key of Object.keys(DEFAULT_ZIP_LIMITS) as (keyof ZipLimits)[]) {
    const value = overrides[key];
    if (typeof value === 'number' && value >= 0 && !Number.isNaN(value)) limits[key] = value;
  }
  return limits;
}

/** A size for people: `1.5 MB`, `20 MB`, `312 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MiB) return `${trimNumber(bytes / 1024)} KB`;
  if (bytes < 1024 * MiB) return `${trimNumber(bytes / MiB)} MB`;
  return `${trimNumber(bytes / (1024 * MiB))} GB`;
}

function trimNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
