import {
  DEFAULT_ZIP_LIMITS,
  type ImportPlan,
  planImport,
  readZip,
  type ZipError,
} from '@event-studio/runtime';
import { workspace } from '../workspace/workspace-store';

/** A zip file read and planned against the open app, or the one reason it was refused. */
export type ZipFileReading =
  | { ok: true; fileName: string; plan: ImportPlan }
  | { ok: false; fileName: string; error: ZipError };

// The compressed file can only exceed the uncompressed total by its headers (~100 bytes an
// entry): a bigger file would be refused by readZip anyway, so it is not even loaded.
const MAX_FILE_BYTES = DEFAULT_ZIP_LIMITS.maxTotalBytes + DEFAULT_ZIP_LIMITS.maxEntries * 1024;

/** Reads a picked or dropped file with the runtime's checks and plans its import; never throws. */
export async function readZipFile(file: File): Promise<ZipFileReading> {
  const fileName = file.name;
  if (file.size > MAX_FILE_BYTES) {
    const message = `${fileName}: the file is ${Math.round(file.size / 2 ** 20)} MB, more than an app zip can hold [total-too-large]`;
    return { ok: false, fileName, error: { code: 'total-too-large', message } };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    // The file vanished or is unreadable (permissions): nothing of it was seen.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      fileName,
      error: { code: 'not-a-zip', message: `${fileName}: could not be read (${reason})` },
    };
  }
  const read = readZip(bytes, { name: fileName });
  if (!read.ok) return { ok: false, fileName, error: read.error };
  return { ok: true, fileName, plan: planImport(workspace.getSnapshot().tree, read.tree) };
}
