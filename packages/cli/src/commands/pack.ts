import { existsSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { isJunkPath, readJsonValue, readZip, writeZip } from '@event-studio/runtime';
import { readAppFolder } from '@event-studio/runtime/node';
import type { CliIO } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';

const USAGE = 'pack <folder> -o <zip> [--json]';

/** Why pack stopped: a code for --json, and one line for people. */
interface PackFailure {
  code: 'usage' | 'unreadable' | 'not-an-app' | 'unsafe-path' | 'refused' | 'write-failed';
  message: string;
}

/** What was packed, for the summary line and the --json document. */
interface PackResult {
  folder: string;
  zip: string;
  kind: 'app' | 'element';
  /** For an element: the folder it has inside the zip (`events/x`). */
  element?: string;
  files: number;
  bytes: number;
}

/**
 * `pack <folder> -o <zip> [--json]`: exports an app folder (app.json or element folders inside)
 * or a single element folder (e.json inside) as a zip, written atomically. The zip is read back
 * with the import checks before it is written, so pack never makes a zip unpack would refuse.
 */
export async function packCommand(argv: string[], io: CliIO): Promise<number> {
  const json = argv.includes('--json');
  const outcome = await pack(argv, io.cwd);
  if ('code' in outcome) {
    io.stderr(`event-studio pack: ${outcome.message}`);
    if (json) io.json({ ok: false, error: outcome });
    return EXIT.usage;
  }
  if (json) io.json({ ok: true, ...outcome });
  else {
    const what = outcome.kind === 'element' ? `element ${outcome.element}` : 'app';
    io.stdout(
      `✔ packed ${what}: ${outcome.files} file(s) from ${outcome.folder} into ${outcome.zip} (${outcome.bytes} bytes)`,
    );
  }
  return EXIT.ok;
}

async function pack(argv: string[], cwd: string): Promise<PackResult | PackFailure> {
  let parsed: { values: { output?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      options: { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { code: 'usage', message: `${errorText(error)}; usage: ${USAGE}` };
  }
  const [folderArg, ...extra] = parsed.positionals;
  const zipArg = parsed.values.output;
  if (folderArg === undefined || extra.length > 0 || !zipArg) {
    return { code: 'usage', message: `expected one folder and -o <zip>; usage: ${USAGE}` };
  }
  const folder = resolve(cwd, folderArg);
  const zipPath = resolve(cwd, zipArg);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return { code: 'unreadable', message: `${folderArg}: no such folder` };
  }
  let collected: Collected | PackFailure;
  try {
    collected = await collect(folder, zipPath);
  } catch (error) {
    return { code: 'unreadable', message: `${folderArg}: cannot read the folder (${errorText(error)})` };
  }
  if ('code' in collected) return { code: collected.code, message: `${folderArg}: ${collected.message}` };
  let zip: Uint8Array;
  try {
    zip = writeZip(collected.tree);
  } catch (error) {
    return { code: 'unsafe-path', message: `${folderArg}: ${errorText(error)}` };
  }
  const check = readZip(zip, { name: basename(zipPath) });
  if (!check.ok) {
    return { code: 'refused', message: `the zip would be refused on import: ${check.error.message}` };
  }
  try {
    await writeAtomically(zipPath, zip);
  } catch (error) {
    return { code: 'write-failed', message: `${zipArg}: cannot write the zip (${errorText(error)})` };
  }
  const kind = collected.element === undefined ? 'app' : 'element';
  return {
    folder: folderArg,
    zip: zipArg,
    kind,
    ...(collected.element === undefined ? {} : { element: collected.element }),
    files: collected.tree.size,
    bytes: zip.length,
  };
}

interface Collected {
  tree: Map<string, Uint8Array>;
  element?: string;
}

/**
 * The files to pack. An element folder (e.json inside) keeps the path the platform gives it:
 * its path from the app root when an app.json sits above it (`events/x`), else
 * `<category>/<name>` with the category read from e.json's type (`events.WorkflowType` →
 * `events`), `events` when that cannot be read. OS litter (.DS_Store…) and the zip being
 * written, should it lie inside the folder, are left out.
 */
async function collect(folder: string, zipPath: string): Promise<Collected | PackFailure> {
  const files = await readAppFolder(folder);
  const own = relative(folder, zipPath).split(sep).join('/');
  for (const path of [...files.keys()]) if (isJunkPath(path) || path === own) files.delete(path);
  if (files.has('e.json')) {
    const element = elementPlace(folder, files.get('e.json')!);
    return { tree: new Map([...files].map(([path, bytes]) => [`${element}/${path}`, bytes])), element };
  }
  const hasElements = [...files.keys()].some((path) => path.endsWith('/e.json'));
  if (!files.has('app.json') && !hasElements) {
    return {
      code: 'not-an-app',
      message: 'neither an app folder (no app.json, no element folders) nor an element folder (no e.json)',
    };
  }
  return { tree: files };
}

function elementPlace(folder: string, eJson: Uint8Array): string {
  for (let dir = dirname(folder); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'app.json'))) return relative(dir, folder).split(sep).join('/');
  }
  return `${categoryOf(eJson)}/${basename(folder)}`;
}

function categoryOf(eJson: Uint8Array): string {
  // An unreadable e.json still packs; validate reports it.
  const read = readJsonValue(new TextDecoder().decode(eJson));
  const parsed = read.ok ? read.value : undefined;
  const type = typeof parsed === 'object' && parsed !== null && 'type' in parsed ? parsed.type : undefined;
  const category = typeof type === 'string' ? type.split('.')[0] : undefined;
  return category && /^[A-Za-z_][A-Za-z0-9_]*$/.test(category) ? category : 'events';
}

/** Writes next to the target and renames over it: a failed pack leaves no half-written zip. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
