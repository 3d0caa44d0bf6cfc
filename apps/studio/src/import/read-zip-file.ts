import {
  type AppTree,
  DEFAULT_ZIP_LIMITS,
  type ImportPlan,
  planImport,
  readZip,
  type ZipError,
} from '@event-studio/runtime';
import { i18n } from '../i18n/i18n';
import { modelPyWork, parseModelPyOffThread } from '../workspace/model-py-off-thread';
import { workspace } from '../workspace/workspace-store';

/** A zip file read and planned against the open app, or the one reason it was refused. */
export type ZipFileReading =
  | { ok: true; fileName: string; plan: ImportPlan }
  | { ok: false; fileName: string; error: ZipError };

// The compressed file can only exceed the uncompressed total by its headers (~100 bytes an
// entry): a bigger file would be refused by readZip anyway, so it is not even loaded.
const MAX_FILE_BYTES = DEFAULT_ZIP_LIMITS.maxTotalBytes + DEFAULT_ZIP_LIMITS.maxEntries * 1024;

/** A zip file's app tree, read with the runtime's checks, or the one reason it was refused. */
export type ZipTreeReading =
  | { ok: true; fileName: string; tree: AppTree }
  | { ok: false; fileName: string; error: ZipError };

/** Reads a picked or dropped file with the runtime's checks; never throws. */
export async function readZipTree(file: File): Promise<ZipTreeReading> {
  const fileName = file.name;
  if (file.size > MAX_FILE_BYTES) {
    // Said in the UI's language now: the message is shown once, right after the file is read.
    const message = i18n.t('importZip.tooLarge', { fileName, megabytes: Math.round(file.size / 2 ** 20) });
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
      error: { code: 'not-a-zip', message: i18n.t('importZip.unreadable', { fileName, reason }) },
    };
  }
  const read = readZip(bytes, { name: fileName });
  if (!read.ok) return { ok: false, fileName, error: read.error };
  // The import plan builds the zip's app context on the page: its model.py files are parsed in a
  // worker first when they are large, so a hostile one cannot freeze the studio there.
  const { files, offThread } = modelPyWork(read.tree);
  // A worker that fails leaves the parse to the plan, on the page: slower, never wrong.
  if (offThread) await parseModelPyOffThread(files).catch(() => undefined);
  return { ok: true, fileName, tree: read.tree };
}

/** Reads a picked or dropped file with the runtime's checks and plans its import; never throws. */
export async function readZipFile(file: File): Promise<ZipFileReading> {
  const read = await readZipTree(file);
  if (!read.ok) return read;
  return { ok: true, fileName: read.fileName, plan: planImport(workspace.current().tree, read.tree) };
}
