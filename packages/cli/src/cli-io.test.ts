import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliIO } from './cli-io.js';
import { CONTINUATION } from './inert-text.js';

const SOURCE = fileURLToPath(new URL('.', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(path)));
    else if (/\.ts$/.test(entry.name) && !/\.(test|testing)\.ts$/.test(entry.name)) files.push(path);
  }
  return files;
}

describe('the CLI has one way to the terminal', () => {
  it('makes every text inert on its way to the sink, JSON included', () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = cliIO({ out: (text) => out.push(text), err: (text) => err.push(text) }, '/');
    io.stdout(['✔ own line', '  [info] \x1b[2Jlog\nmore']);
    io.stderr('event-studio: bad\r\x1b[Kname');
    io.json({ message: '\x1b]0;t\x07\u2028\x9b' });
    expect(out[0]).toBe(`✔ own line\n  [info] \\x1b[2Jlog\n  ${CONTINUATION}more`);
    expect(err).toEqual(['event-studio: bad\\r\\x1b[Kname']);
    expect(out[1]).toBe('{\n  "message": "\\u001b]0;t\\u0007\\u2028\\u009b"\n}');
  });

  it('is the only file that touches process.stdout, process.stderr or console', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(SOURCE)) {
      const name = relative(SOURCE, file);
      if (name === 'cli-io.ts') continue;
      const text = await readFile(file, 'utf8');
      if (/process\.std(out|err)|console\.|\.write\(/.test(text)) offenders.push(name);
    }
    expect(offenders).toEqual([]);
  });
});
