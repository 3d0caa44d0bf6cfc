import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { readZip } from '@event-studio/runtime';
import { readAppFolder } from '@event-studio/runtime/node';
import { UsageError } from './exit-codes.js';

/** What a CLI path argument turned out to be, loaded as an in-memory app tree. */
export interface LoadedInput {
  tree: Map<string, Uint8Array>;
  /** Element folders inside `tree` the user pointed at; undefined means the whole app. */
  focus?: string[];
}

/** Reads an element folder, an app folder or a zip of either; unreadable input is a UsageError. */
export async function loadInput(path: string, cwd: string): Promise<LoadedInput> {
  const absolute = resolve(cwd, path);
  if (!existsSync(absolute)) throw new UsageError(`${path}: no such file or folder.`);
  if (statSync(absolute).isFile()) return { tree: await loadZip(absolute) };
  if (existsSync(join(absolute, 'e.json'))) return loadElementFolder(absolute);
  return { tree: await readAppFolder(absolute) };
}

/** Loads `--app` and lays the input's files over it, so an element is checked against that app. */
export async function loadInputWithApp(
  path: string,
  appPath: string | undefined,
  cwd: string,
): Promise<LoadedInput> {
  const input = await loadInput(path, cwd);
  if (appPath === undefined) return input;
  const app = await loadInput(appPath, cwd);
  return { tree: new Map([...app.tree, ...input.tree]), focus: input.focus };
}

async function loadZip(absolute: string): Promise<Map<string, Uint8Array>> {
  const result = readZip(new Uint8Array(await readFile(absolute)), { name: basename(absolute) });
  // The zip reader's message already names the file, the entry and the rule.
  if (!result.ok) throw new UsageError(result.error.message);
  return result.tree;
}

/** The nearest folder above `from` that holds app.json: the app an element belongs to. */
function findAppRoot(from: string): string | undefined {
  for (let dir = dirname(from); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'app.json'))) return dir;
  }
  return undefined;
}

async function loadElementFolder(absolute: string): Promise<LoadedInput> {
  const appRoot = findAppRoot(absolute);
  if (appRoot) {
    const folder = relative(appRoot, absolute).split(sep).join('/');
    return { tree: await readAppFolder(appRoot), focus: [folder] };
  }
  // An element on its own: place it where the platform would, under events/.
  const folder = `events/${basename(absolute)}`;
  const files = await readAppFolder(absolute);
  const tree = new Map([...files].map(([file, bytes]) => [`${folder}/${file}`, bytes]));
  return { tree, focus: [folder] };
}
