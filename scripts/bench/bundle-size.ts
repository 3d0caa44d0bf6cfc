// The main bundle: what the production page loads before anything lazy (Monaco, the sandbox
// worker and Pyodide come later), gzipped as a server would send it. The studio's entry is tiny
// and imports the UI at once, so "eager" is the entry, its imports and its dynamic imports (the UI),
// and what those import statically. A chunk the UI imports dynamically (Monaco, the e.json preview,
// the Chinese MUI texts) is loaded on a user's action or after the first screen, so it is not main.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FigureResult } from './figures.js';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

type Manifest = Record<string, ManifestChunk>;

/** Chunks loaded only when the code editor opens. */
const LAZY = /monaco/i;

/** The files (JS and CSS) the page loads eagerly, from Vite's build manifest. */
export function eagerAssets(manifest: Manifest): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string, followDynamic: boolean): void => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key) || LAZY.test(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next, false);
    if (followDynamic) for (const next of chunk.dynamicImports ?? []) visit(next, false);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key, true);
  return [...files];
}

/** Gzip size in KB of the eager assets of the build in `distDir`. */
export async function measureMainBundle(distDir: string): Promise<FigureResult> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  } catch {
    return { value: null, reason: 'the build has no .vite/manifest.json (build.manifest is off)' };
  }
  const assets = eagerAssets(manifest);
  if (assets.length === 0) return { value: null, reason: 'the manifest names no entry' };
  let gzipBytes = 0;
  const parts: string[] = [];
  for (const asset of assets) {
    const size = gzipSync(await readFile(join(distDir, asset)), { level: 9 }).length;
    gzipBytes += size;
    parts.push(`${asset.replace(/^assets\//, '')} ${Math.round(size / 1024)}`);
  }
  return { value: Math.round((gzipBytes / 1024) * 10) / 10, detail: parts.join(', ') };
}
