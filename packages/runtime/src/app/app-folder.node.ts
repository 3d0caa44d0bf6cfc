import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppTree } from './app-tree.js';

/** Folders that are never part of an app: version control, installed packages, Python caches. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '__pycache__']);

/** Reads every file under a folder into an app tree: `/`-separated relative paths, sorted. */
export async function readAppFolder(dir: string): Promise<Map<string, Uint8Array>> {
  const paths: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(path);
      } else if (entry.isFile()) paths.push(path);
      // Symlinks and special files are left out: an app exported by the platform has none.
    }
  };
  await walk('');
  paths.sort();
  const tree = new Map<string, Uint8Array>();
  for (const path of paths) tree.set(path, new Uint8Array(await readFile(join(dir, ...path.split('/')))));
  return tree;
}

/** Writes an app tree under a folder (creating folders as needed); files not in the tree are left alone. */
export async function writeAppFolder(dir: string, tree: AppTree): Promise<void> {
  const root = resolve(dir);
  for (const [path, bytes] of tree) {
    const target = resolve(root, ...path.split('/'));
    // A tree from a zip or a user could name `../x`; nothing may land outside the folder.
    if (!target.startsWith(root + sep)) throw new Error(`refusing to write outside ${root}: ${path}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}

/** Absolute path of the built-in sample app (packages/runtime/sample-app). */
export function sampleAppDir(): string {
  return fileURLToPath(new URL('../../sample-app/', import.meta.url)).replace(/[\\/]$/, '');
}
