// Test helper for the pack/unpack command tests: a captured CliIO and a scratch folder.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { CliIO } from '../cli-io.js';

/** A CliIO that records what a command printed. */
export interface CapturedIO extends CliIO {
  out: string[];
  err: string[];
}

/** A CliIO rooted at `cwd` that keeps stdout and stderr lines. */
export function captureIO(cwd: string): CapturedIO {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
}

/** A fresh temporary folder and a function that removes it. */
export async function scratch(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'event-studio-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Every file under a folder as `/`-separated path → bytes (a snapshot to compare before/after). */
export async function snapshot(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      const path = relative(dir, full).split(sep).join('/');
      if (entry.isDirectory()) {
        files.set(`${path}/`, new Uint8Array(0));
        await walk(full);
      } else if (entry.isSymbolicLink()) files.set(`${path}@`, new Uint8Array(0));
      else files.set(path, new Uint8Array(await readFile(full)));
    }
  };
  if ((await stat(dir)).isDirectory()) await walk(dir);
  return files;
}
