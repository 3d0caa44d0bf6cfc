// Test helper for the pack/unpack command tests: a captured CliIO and a scratch folder.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { type CliIO, cliIO } from '../cli-io.js';

/** A CliIO that records what a command printed. */
export interface CapturedIO extends CliIO {
  out: string[];
  err: string[];
}

/** A CliIO rooted at `cwd` that keeps each write to stdout and stderr, as it would reach them. */
export function captureIO(cwd: string): CapturedIO {
  const out: string[] = [];
  const err: string[] = [];
  const io = cliIO({ out: (text) => out.push(text), err: (text) => err.push(text) }, cwd);
  return { ...io, out, err };
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

/**
 * The terminal controls in a text, as `U+001B`…: C0 but `\n` and `\t`, DEL, C1, U+2028/U+2029
 * and the bidi overrides and isolates. What the CLI prints must have none.
 */
export function rawControls(text: string): string[] {
  const found: string[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const hostile =
      (code < 0x20 && code !== 0x0a && code !== 0x09) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x2028 ||
      code === 0x2029 ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069);
    if (hostile) found.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return found;
}
