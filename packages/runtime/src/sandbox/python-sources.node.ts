import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node-only half of the shim embedding: the .py files under python/ are the source of truth, and
// python-sources.generated.ts carries them as strings so the browser bundle and Node load the
// same shim without a file system or `?raw` imports.

/** The folder holding the shim's .py files. */
export const PYTHON_DIR = fileURLToPath(new URL('./python/', import.meta.url));

/** The generated module's path. */
export const GENERATED_FILE = fileURLToPath(new URL('./python-sources.generated.ts', import.meta.url));
/** The field objects' members for the editor, generated from the same sources. */
export const FIELD_MEMBERS_FILE = fileURLToPath(
  new URL('../intellisense/field-members.generated.ts', import.meta.url),
);

/** Every .py file under dir, by path relative to dir with `/` separators, sorted. */
export function readPythonSources(dir: string = PYTHON_DIR): Record<string, string> {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== '__pycache__') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.py')) found.push(path);
    }
  };
  walk(dir);
  const sources: Record<string, string> = {};
  for (const path of found.sort())
    sources[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  return sources;
}

// Template literals, because biome keeps their contents as written whatever quotes the Python uses.
function templateLiteral(text: string): string {
  return `\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
}

/** SHA-256 (hex) of the sources, paths included: a memory snapshot is only valid for the shim it holds. */
export function hashPythonSources(sources: Record<string, string>): string {
  return createHash('sha256')
    .update(JSON.stringify(Object.entries(sources)))
    .digest('hex');
}

/** The text of python-sources.generated.ts for these sources. */
export function renderPythonSources(sources: Record<string, string>): string {
  const entries = Object.entries(sources).map(([path, text]) => `  '${path}': ${templateLiteral(text)},\n`);
  return [
    '// Generated from src/sandbox/python/**/*.py by packages/runtime/scripts/embed-python.ts: do not edit.\n',
    '// After changing a .py file, run `pnpm embed-python`.\n',
    '\n',
    '/** The Python shim installed in every sandbox, by path relative to the python/ folder. */\n',
    'export const PYTHON_SOURCES: Record<string, string> = {\n',
    ...entries,
    '};\n',
    '\n',
    '/** SHA-256 of PYTHON_SOURCES: part of the memory snapshot key (snapshot-key.ts). */\n',
    `export const PYTHON_SOURCES_HASH = '${hashPythonSources(sources)}';\n`,
  ].join('');
}
