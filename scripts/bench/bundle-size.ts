// The main bundle: what the production index.html loads before anything lazy (Monaco, the
// sandbox worker and Pyodide come later), gzipped as a server would send it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FigureResult } from './figures.js';

/** The JS and CSS files index.html references: entry scripts, module preloads, stylesheets. */
export function entryAssets(indexHtml: string): string[] {
  const found = new Set<string>();
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^[a-z]+:/i.test(src)) continue;
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = /rel="modulepreload"/.test(tag);
    const isStyle = /rel="stylesheet"/.test(tag);
    if (isScript || isPreload || isStyle) found.add(src.replace(/^\//, ''));
  }
  return [...found];
}

/** Gzip size in KB of the entry assets of the build in `distDir`. */
export async function measureMainBundle(distDir: string): Promise<FigureResult> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const assets = entryAssets(html);
  if (assets.length === 0) return { value: null, reason: 'index.html references no script or stylesheet' };
  let gzipBytes = 0;
  const parts: string[] = [];
  for (const asset of assets) {
    const size = gzipSync(await readFile(join(distDir, asset)), { level: 9 }).length;
    gzipBytes += size;
    parts.push(`${asset.replace(/^assets\//, '')} ${Math.round(size / 1024)}`);
  }
  return { value: Math.round((gzipBytes / 1024) * 10) / 10, detail: parts.join(', ') };
}
