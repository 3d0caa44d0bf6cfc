/**
 * Why a zip was refused. Every code names one rule, so the studio and the CLI can explain it and
 * tests can assert it.
 */
export type ZipErrorCode =
  | 'not-a-zip'
  | 'truncated'
  | 'corrupt'
  | 'unsupported-feature'
  | 'unsupported-method'
  | 'encrypted'
  | 'too-many-entries'
  | 'entry-too-large'
  | 'total-too-large'
  | 'ratio-too-high'
  | 'path-empty'
  | 'path-absolute'
  | 'path-traversal'
  | 'path-backslash'
  | 'path-drive'
  | 'name-control-char'
  | 'name-reserved'
  | 'name-trailing-dot'
  | 'name-forbidden-char'
  | 'name-not-utf8'
  | 'symlink'
  | 'special-file'
  | 'duplicate-name'
  | 'path-conflict'
  | 'header-mismatch'
  | 'overlapping-entries';

/** A refused zip: the rule broken, the entry that broke it (when one did) and a sentence for people. */
export interface ZipError {
  code: ZipErrorCode;
  /** The entry's name as stored in the zip (lossily decoded when it is not UTF-8). */
  entry?: string;
  /** One line naming the file (when known), the entry and the rule. */
  message: string;
}

/** What `readZip` gives: the files, or the one reason the whole zip was refused. */
export type ReadZipResult =
  | {
      ok: true;
      /** Path (relative to the app root, `/`-separated, NFC) → bytes, sorted by path. */
      tree: Map<string, Uint8Array>;
      /** The single top folder that wrapped the app and was stripped, or ''. */
      root: string;
    }
  | { ok: false; error: ZipError };

/** Builds a ZipError whose message starts with the zip's name and the entry, so it reads alone. */
export function zipError(
  code: ZipErrorCode,
  rule: string,
  at: { zipName?: string; entry?: string },
): ZipError {
  const file = at.zipName ? `${at.zipName}: ` : '';
  if (at.entry === undefined) return { code, message: `${file}${rule} [${code}]` };
  return { code, entry: at.entry, message: `${file}entry ${JSON.stringify(at.entry)}: ${rule} [${code}]` };
}

/** True when a value is a ZipError rather than a successful result of a reading step. */
export function isZipError(value: unknown): value is ZipError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
