import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readZip } from '@event-studio/runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureIO, scratch, snapshot } from './command-test-kit.testing.js';
import { packCommand } from './pack.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await scratch()));
afterEach(() => cleanup());

const eJson = (type = 'events.WorkflowType') => JSON.stringify({ title: 'X', type, operate: 'Process' });

async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

async function zipPaths(path: string): Promise<string[]> {
  const result = readZip(new Uint8Array(await readFile(path)));
  if (!result.ok) throw new Error(result.error.message);
  return [...result.tree.keys()];
}

describe('pack', () => {
  it('packs an app folder, leaving OS litter and caches out', async () => {
    await writeFiles(join(dir, 'app'), {
      'app.json': '{}',
      'events/a/e.json': eJson(),
      'events/a/inner.py': 'def f(e):\n    pass\n',
      'events/a/__pycache__/inner.cpython-312.pyc': 'x',
      'events/.DS_Store': 'x',
    });
    const io = captureIO(dir);
    expect(await packCommand(['app', '-o', 'out/app.zip'], io)).toBe(0);
    expect(await zipPaths(join(dir, 'out/app.zip'))).toEqual([
      'app.json',
      'events/a/e.json',
      'events/a/inner.py',
    ]);
    expect(io.out.join('')).toContain('packed app: 3 file(s)');
    expect(io.err).toEqual([]);
  });

  it('gives the same bytes twice, and leaves out its own zip when written inside the folder', async () => {
    await writeFiles(join(dir, 'app'), { 'app.json': '{}', 'events/a/e.json': eJson() });
    const io = captureIO(join(dir, 'app'));
    expect(await packCommand(['.', '-o', 'app.zip'], io)).toBe(0);
    const first = await readFile(join(dir, 'app/app.zip'));
    expect(await packCommand(['.', '-o', 'app.zip'], io)).toBe(0);
    expect(await readFile(join(dir, 'app/app.zip'))).toEqual(first);
    expect(await zipPaths(join(dir, 'app/app.zip'))).toEqual(['app.json', 'events/a/e.json']);
  });

  it('packs an element folder under its path in the app', async () => {
    await writeFiles(join(dir, 'app'), {
      'app.json': '{}',
      'events/a/e.json': eJson(),
      'events/a/__init__.py': '',
    });
    expect(await packCommand(['app/events/a', '-o', 'a.zip', '--json'], captureIO(dir))).toBe(0);
    expect(await zipPaths(join(dir, 'a.zip'))).toEqual(['events/a/__init__.py', 'events/a/e.json']);
  });

  it('places a lone element folder by the category of its type (events by default)', async () => {
    await writeFiles(dir, {
      'x/e.json': eJson(),
      'M/e.json': eJson('models.NormalType'),
      'bad/e.json': '{oops',
    });
    const io = captureIO(dir);
    expect(await packCommand(['x', '-o', 'x.zip', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out[0]!)).toMatchObject({
      ok: true,
      kind: 'element',
      element: 'events/x',
      files: 1,
    });
    expect(await zipPaths(join(dir, 'x.zip'))).toEqual(['events/x/e.json']);
    expect(await packCommand(['M', '-o', 'M.zip'], io)).toBe(0);
    expect(await zipPaths(join(dir, 'M.zip'))).toEqual(['models/M/e.json']);
    expect(await packCommand(['bad', '-o', 'bad.zip'], io)).toBe(0);
    expect(await zipPaths(join(dir, 'bad.zip'))).toEqual(['events/bad/e.json']);
  });

  it('follows no symbolic links', async () => {
    await writeFiles(dir, { 'app/app.json': '{}', 'secret.txt': 'secret' });
    await symlink(join(dir, 'secret.txt'), join(dir, 'app/link.txt'));
    expect(await packCommand(['app', '-o', 'app.zip'], captureIO(dir))).toBe(0);
    expect(await zipPaths(join(dir, 'app.zip'))).toEqual(['app.json']);
  });

  it('refuses a folder that would make a zip import refuses, writing nothing', async () => {
    await writeFiles(join(dir, 'app'), { 'app.json': '{}' });
    await writeFile(join(dir, 'app/big.bin'), new Uint8Array(21 * 1024 * 1024).fill(7));
    const io = captureIO(dir);
    expect(await packCommand(['app', '-o', 'app.zip'], io)).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(
      /would be refused on import: app.zip: entry "big.bin": .*\[(entry-too-large|ratio-too-high)\]/,
    );
    expect([...(await snapshot(dir)).keys()]).not.toContain('app.zip');
  });

  it('refuses a folder holding a name Windows cannot (CON, a trailing dot, a colon), writing nothing', async () => {
    const cases: [string, RegExp][] = [
      ['events/CON/e.json', /"events\/CON\/e\.json": 'CON' is a reserved device name on Windows/],
      ['events/a/inner.py.', /'inner\.py\.' ends with a dot or space, which Windows drops/],
      ['events/a/a:b', /':' is not allowed in file names on Windows/],
    ];
    for (const [path, message] of cases) {
      const root = join(dir, `app${cases.findIndex(([p]) => p === path)}`);
      await writeFiles(root, { 'app.json': '{}', [path]: 'x' });
      const io = captureIO(dir);
      expect(await packCommand([root, '-o', 'app.zip', '--json'], io), path).toBe(2);
      expect(io.err).toHaveLength(1);
      expect(io.err[0]).toMatch(message);
      expect(JSON.parse(io.out[0]!)).toMatchObject({ ok: false, error: { code: 'unsafe-path' } });
      expect([...(await snapshot(dir)).keys()]).not.toContain('app.zip');
    }
  });

  it('exits 2 with one line for bad usage and unreadable input', async () => {
    await writeFiles(dir, { 'empty/readme.txt': 'hi', 'file.txt': 'x' });
    const cases: [string[], RegExp][] = [
      [['app'], /expected one folder and -o <zip>/],
      [['-o', 'x.zip'], /expected one folder/],
      [['a', 'b', '-o', 'x.zip'], /expected one folder/],
      [['app', '-o', 'x.zip', '--bogus'], /Unknown option '--bogus'/],
      [['missing', '-o', 'x.zip'], /missing: no such folder/],
      [['file.txt', '-o', 'x.zip'], /file.txt: no such folder/],
      [['empty', '-o', 'x.zip'], /empty: neither an app folder/],
    ];
    for (const [argv, message] of cases) {
      const io = captureIO(dir);
      expect(await packCommand(argv, io), argv.join(' ')).toBe(2);
      expect(io.err, argv.join(' ')).toHaveLength(1);
      expect(io.err[0]).toMatch(/^event-studio pack: /);
      expect(io.err[0]).toMatch(message);
    }
    expect([...(await snapshot(dir)).keys()]).not.toContain('x.zip');
  });

  it('reports a failure as JSON too with --json', async () => {
    const io = captureIO(dir);
    expect(await packCommand(['missing', '-o', 'x.zip', '--json'], io)).toBe(2);
    expect(JSON.parse(io.out[0]!)).toMatchObject({ ok: false, error: { code: 'unreadable' } });
  });
});
