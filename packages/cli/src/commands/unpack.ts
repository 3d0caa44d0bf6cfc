import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readZip, type ZipError } from '@event-studio/runtime';
import { writeAppFolder } from '@event-studio/runtime/node';
import type { CliIO } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';

const USAGE = 'unpack <zip> -d <dir> [--force] [--json]';

/** Why unpack stopped; a refused zip carries the runtime's ZipError code. */
interface UnpackFailure {
  code: ZipError['code'] | 'usage' | 'unreadable' | 'target-not-empty' | 'target-conflict' | 'write-failed';
  entry?: string;
  message: string;
}

/** What was unpacked, for the summary line and the --json document. */
interface UnpackResult {
  zip: string;
  dir: string;
  /** The top folder stripped from the zip's paths, or ''. */
  root: string;
  /** `created`: the folder was made (or was empty); `merged`: written into a non-empty one (--force). */
  mode: 'created' | 'merged';
  files: number;
  bytes: number;
}

/**
 * `unpack <zip> -d <dir> [--force] [--json]`: imports a zip into a folder with the studio's
 * checks. A refused zip writes nothing at all. Files are first written to a fresh folder beside
 * the target, then moved in: a new or empty target receives the whole folder in one rename; a
 * non-empty target is refused unless --force, which writes the zip's files over same-named ones
 * and leaves the others (so an element zip can be unpacked into its app). Nothing is ever
 * written through a symbolic link or outside the target.
 */
export async function unpackCommand(argv: string[], io: CliIO): Promise<number> {
  const json = argv.includes('--json');
  const outcome = await unpack(argv, io.cwd);
  if ('code' in outcome) {
    io.stderr(`event-studio unpack: ${outcome.message}`);
    if (json) io.json({ ok: false, error: outcome });
    return EXIT.usage;
  }
  if (json) io.json({ ok: true, ...outcome });
  else {
    const stripped = outcome.root ? ` (top folder '${outcome.root}' removed)` : '';
    const how = outcome.mode === 'merged' ? 'into existing folder' : 'into';
    io.stdout(`✔ unpacked ${outcome.files} file(s) from ${outcome.zip} ${how} ${outcome.dir}${stripped}`);
  }
  return EXIT.ok;
}

async function unpack(argv: string[], cwd: string): Promise<UnpackResult | UnpackFailure> {
  let parsed: { values: { dir?: string; force?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      options: { dir: { type: 'string', short: 'd' }, force: { type: 'boolean' }, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { code: 'usage', message: `${errorText(error)}; usage: ${USAGE}` };
  }
  const [zipArg, ...extra] = parsed.positionals;
  const dirArg = parsed.values.dir;
  if (zipArg === undefined || extra.length > 0 || !dirArg) {
    return { code: 'usage', message: `expected one zip and -d <dir>; usage: ${USAGE}` };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(resolve(cwd, zipArg)));
  } catch (error) {
    const missing = isErrno(error, 'ENOENT') || isErrno(error, 'EISDIR');
    return { code: 'unreadable', message: `${zipArg}: ${missing ? 'no such file' : errorText(error)}` };
  }
  const result = readZip(bytes, { name: zipArg });
  if (!result.ok) return { ...result.error, message: `cannot unpack: ${result.error.message}` };

  const target = resolve(cwd, dirArg);
  const state = await targetState(target);
  if (state === 'not-a-folder')
    return { code: 'target-conflict', message: `${dirArg}: exists and is not a folder` };
  if (state === 'non-empty' && !parsed.values.force) {
    return {
      code: 'target-not-empty',
      message: `${dirArg}: folder is not empty; --force writes the zip's files into it`,
    };
  }
  if (state === 'non-empty') {
    const conflict = await findMergeConflict(target, [...result.tree.keys()]);
    if (conflict) return { code: 'target-conflict', message: `${dirArg}: ${conflict}` };
  }
  try {
    await writeStagedThenMove(target, result.tree, state);
  } catch (error) {
    return { code: 'write-failed', message: `${dirArg}: cannot write (${errorText(error)})` };
  }
  let total = 0;
  for (const data of result.tree.values()) total += data.length;
  return {
    zip: zipArg,
    dir: dirArg,
    root: result.root,
    mode: state === 'non-empty' ? 'merged' : 'created',
    files: result.tree.size,
    bytes: total,
  };
}

type TargetState = 'missing' | 'empty' | 'non-empty' | 'not-a-folder';

async function targetState(target: string): Promise<TargetState> {
  try {
    if (!(await stat(target)).isDirectory()) return 'not-a-folder';
  } catch {
    return 'missing';
  }
  return (await readdir(target)).length === 0 ? 'empty' : 'non-empty';
}

/**
 * Before anything is written into an existing folder: no symbolic link along any path (it
 * could lead outside), and no file where the zip needs a folder or folder where it needs a file.
 */
async function findMergeConflict(target: string, paths: string[]): Promise<string | undefined> {
  const seen = new Map<string, 'missing' | 'folder' | 'file' | 'link'>();
  const kindOf = async (path: string) => {
    let kind = seen.get(path);
    if (kind === undefined) {
      try {
        const info = await lstat(path);
        kind = info.isSymbolicLink() ? 'link' : info.isDirectory() ? 'folder' : 'file';
      } catch {
        kind = 'missing';
      }
      seen.set(path, kind);
    }
    return kind;
  };
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const shown = parts.slice(0, i).join('/');
      const kind = await kindOf(join(target, ...parts.slice(0, i)));
      if (kind === 'missing') break;
      if (kind === 'link') return `${shown} is a symbolic link; unpack writes through no links`;
      if (i < parts.length && kind === 'file') return `${shown} is a file, and the zip needs a folder there`;
      if (i === parts.length && kind === 'folder')
        return `${shown} is a folder, and the zip has a file there`;
    }
  }
  return undefined;
}

/** Writes the tree into a fresh folder beside the target, then moves it (or its files) in. */
async function writeStagedThenMove(target: string, tree: Map<string, Uint8Array>, state: TargetState) {
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(target)}.unpack-`));
  try {
    await writeAppFolder(staging, tree);
    if (state !== 'non-empty') {
      if (state === 'empty') await rmdir(target);
      await rename(staging, target);
      return;
    }
    for (const path of tree.keys()) {
      const destination = join(target, ...path.split('/'));
      await mkdir(dirname(destination), { recursive: true });
      await rename(join(staging, ...path.split('/')), destination);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
