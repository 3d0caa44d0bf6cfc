import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built-in sample app's folder. */
export const SAMPLE_APP = fileURLToPath(new URL('../packages/runtime/sample-app/', import.meta.url));

/** Every file of an app folder on disk (the sample app by default): `/`-separated relative path → bytes. */
export function appFiles(dir: string = SAMPLE_APP): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const relative = path.slice(dir.length).split(/[\\/]/).filter(Boolean).join('/');
    files.set(relative, new Uint8Array(readFileSync(path)));
  }
  return files;
}
