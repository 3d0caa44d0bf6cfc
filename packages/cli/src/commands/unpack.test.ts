import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeText, treeFromTexts, writeZip } from '@event-studio/runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// The runtime's hand-made hostile zips (a test helper, not part of its public entry).
import { type CraftEntry, craftZip } from '../../../runtime/src/bundle/craft-zip.testing.js';
import { captureIO, scratch, snapshot } from './command-test-kit.testing.js';
import { packCommand } from './pack.js';
import { unpackCommand } from './unpack.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await scratch()));
afterEach(() => cleanup());

const app = treeFromTexts({
  'app.json': '{"name":"x"}',
  'events/a/e.json': '{"title":"A"}',
  'events/a/inner.py': 'def f(e):\n    pass\n',
});

async function put(name: string, bytes: Uint8Array): Promise<void> {
  await writeFile(join(dir, name), bytes);
}

describe('unpack', () => {
  it('creates the folder with the zip files, and leaves no staging folder behind', async () => {
    await put('app.zip', writeZip(app));
    const io = captureIO(dir);
    expect(await unpackCommand(['app.zip', '-d', 'out/app'], io)).toBe(0);
    expect(await snapshot(join(dir, 'out/app'))).toEqual(
      new Map([
        ['app.json', app.get('app.json')!],
        ['events/', new Uint8Array(0)],
        ['events/a/', new Uint8Array(0)],
        ['events/a/e.json', app.get('events/a/e.json')!],
        ['events/a/inner.py', app.get('events/a/inner.py')!],
      ]),
    );
    expect(await readdir(join(dir, 'out'))).toEqual(['app']);
    expect(io.out[0]).toContain('unpacked 3 file(s) from app.zip into out/app');
  });

  it('strips a wrapping folder and reports it as JSON', async () => {
    await put('w.zip', writeZip(new Map([...app].map(([p, b]) => [`myapp/${p}`, b]))));
    await mkdir(join(dir, 'empty'));
    const io = captureIO(dir);
    expect(await unpackCommand(['w.zip', '-d', 'empty', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out[0]!)).toEqual({
      ok: true,
      zip: 'w.zip',
      dir: 'empty',
      root: 'myapp',
      mode: 'created',
      files: 3,
      bytes: 44,
    });
    expect(await readFile(join(dir, 'empty/app.json'), 'utf8')).toBe('{"name":"x"}');
  });

  it('refuses a non-empty folder unless --force, which merges and keeps other files', async () => {
    await writeFile(join(dir, 'e.zip'), writeZip(treeFromTexts({ 'events/a/e.json': '{"title":"new"}' })));
    await mkdir(join(dir, 'app/events/a'), { recursive: true });
    await writeFile(join(dir, 'app/app.json'), '{}');
    await writeFile(join(dir, 'app/events/a/e.json'), '{"title":"old"}');
    const before = await snapshot(dir);
    const io = captureIO(dir);
    expect(await unpackCommand(['e.zip', '-d', 'app'], io)).toBe(2);
    expect(io.err[0]).toMatch(/app: folder is not empty; --force/);
    expect(await snapshot(dir)).toEqual(before);
    expect(await unpackCommand(['e.zip', '-d', 'app', '--force'], captureIO(dir))).toBe(0);
    expect(await readFile(join(dir, 'app/events/a/e.json'), 'utf8')).toBe('{"title":"new"}');
    expect(await readFile(join(dir, 'app/app.json'), 'utf8')).toBe('{}');
    expect((await readdir(dir)).sort()).toEqual(['app', 'e.zip']);
  });

  it('with --force, writes through no symbolic link and over no clashing file or folder', async () => {
    await mkdir(join(dir, 'outside'));
    await mkdir(join(dir, 'app/models'), { recursive: true });
    await writeFile(join(dir, 'app/app.json'), '{}');
    await symlink(join(dir, 'outside'), join(dir, 'app/events'));
    await writeFile(join(dir, 'app/models/M'), 'a file where the zip needs a folder');
    await writeFile(join(dir, 'link.zip'), writeZip(treeFromTexts({ 'events/a/e.json': '{}' })));
    await writeFile(join(dir, 'clash.zip'), writeZip(treeFromTexts({ 'models/M/e.json': '{}' })));
    await writeFile(join(dir, 'folder.zip'), writeZip(treeFromTexts({ models: 'a file where a folder is' })));
    const before = await snapshot(dir);
    const expectations: [string, RegExp][] = [
      ['link.zip', /events is a symbolic link/],
      ['clash.zip', /models\/M is a file/],
      ['folder.zip', /models is a folder/],
    ];
    for (const [zip, message] of expectations) {
      const io = captureIO(dir);
      expect(await unpackCommand([zip, '-d', 'app', '--force'], io)).toBe(2);
      expect(io.err[0]).toMatch(message);
    }
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses a target that is a file, a missing zip and bad usage, with one line each', async () => {
    await put('app.zip', writeZip(app));
    await writeFile(join(dir, 'file.txt'), 'x');
    const before = await snapshot(dir);
    const cases: [string[], RegExp][] = [
      [['app.zip', '-d', 'file.txt'], /file.txt: exists and is not a folder/],
      [['missing.zip', '-d', 'out'], /missing.zip: no such file/],
      [['app.zip'], /expected one zip and -d <dir>/],
      [['app.zip', '-d', 'out', '--nope'], /Unknown option '--nope'/],
    ];
    for (const [argv, message] of cases) {
      const io = captureIO(dir);
      expect(await unpackCommand(argv, io), argv.join(' ')).toBe(2);
      expect(io.err).toHaveLength(1);
      expect(io.err[0]).toMatch(message);
    }
    expect(await snapshot(dir)).toEqual(before);
  });

  const hostile: [string, CraftEntry[], string][] = [
    ['traversal', [{ name: 'events/a/e.json' }, { name: '../../escaped.txt' }], 'path-traversal'],
    ['absolute', [{ name: '/tmp/escaped.txt' }], 'path-absolute'],
    ['backslash', [{ name: '..\\escaped.txt' }], 'path-backslash'],
    ['drive', [{ name: 'C:/escaped.txt' }], 'path-drive'],
    [
      'symlink',
      [{ name: 'events/link', data: encodeText('/etc/passwd'), externalAttributes: (0o120777 << 16) >>> 0 }],
      'symlink',
    ],
    ['duplicate', [{ name: 'events/a/e.json' }, { name: 'Events/A/e.json' }], 'duplicate-name'],
    ['windows device name', [{ name: 'events/a/e.json' }, { name: 'events/CON/e.json' }], 'name-reserved'],
    ['windows device name with extension', [{ name: 'events/a/nul.txt' }], 'name-reserved'],
    ['trailing dot', [{ name: 'events/a/inner.py.' }], 'name-trailing-dot'],
    ['trailing space', [{ name: 'events/a /e.json' }], 'name-trailing-dot'],
    ['alternate data stream', [{ name: 'events/a/e.json:hidden' }], 'name-forbidden-char'],
    ['windows wildcard', [{ name: 'events/a/what?.py' }], 'name-forbidden-char'],
    ['C1 control', [{ name: 'events/a/\u009b2J.py' }], 'name-control-char'],
    ['not-utf8', [{ name: new Uint8Array([0x61, 0xff]) }], 'name-not-utf8'],
    ['encrypted', [{ name: 'a', flags: 1 }], 'encrypted'],
    ['bomb', [{ name: 'a', data: new Uint8Array(3 * 1024 * 1024) }], 'ratio-too-high'],
    [
      'too-large',
      [{ name: 'a', body: new Uint8Array(10), uncompressedSize: 2 ** 31, crc: 0 }],
      'entry-too-large',
    ],
  ];
  for (const [label, entries, code] of hostile) {
    it(`refuses a hostile zip (${label}): exit 2, one line naming file, entry and rule, nothing written`, async () => {
      await put('evil.zip', craftZip(entries));
      const before = await snapshot(dir);
      const io = captureIO(dir);
      expect(await unpackCommand(['evil.zip', '-d', 'out/app', '--json'], io)).toBe(2);
      expect(io.err).toHaveLength(1);
      expect(io.err[0]).toMatch(
        /^event-studio unpack: cannot unpack: evil\.zip: entry ".*": .* \[[a-z0-9-]+\]$/,
      );
      expect(io.err[0]).toContain(`[${code}]`);
      expect(JSON.parse(io.out[0]!)).toMatchObject({ ok: false, error: { code } });
      expect(await snapshot(dir)).toEqual(before);
    });
  }

  it('refuses a file that is not a zip, or a truncated one', async () => {
    await put('notes.zip', encodeText('not a zip at all'));
    const zip = writeZip(app);
    await put('cut.zip', zip.subarray(0, zip.length - 30));
    const before = await snapshot(dir);
    for (const [name, code] of [
      ['notes.zip', 'not-a-zip'],
      ['cut.zip', 'truncated'],
    ]) {
      const io = captureIO(dir);
      expect(await unpackCommand([name!, '-d', 'out'], io)).toBe(2);
      expect(io.err[0]).toContain(`${name}: `);
      expect(io.err[0]).toContain(`[${code}]`);
    }
    expect(await snapshot(dir)).toEqual(before);
  });

  it('round-trips an app folder through pack and unpack, file by file', async () => {
    const files: Record<string, string> = { 'app.json': '{"name":"big"}' };
    for (let i = 0; i < 100; i++) {
      files[`events/e${i}/e.json`] = JSON.stringify({ title: `E${i}`, type: 'events.WorkflowType' });
      files[`events/e${i}/inner.py`] = `def f${i}(eventOutData):\n    pass\n`;
      files[`events/e${i}/__init__.py`] = '';
    }
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dir, 'src', path, '..'), { recursive: true });
      await writeFile(join(dir, 'src', path), text);
    }
    const io = captureIO(dir);
    expect(await packCommand(['src', '-o', 'app.zip'], io)).toBe(0);
    expect(await unpackCommand(['app.zip', '-d', 'dst'], io)).toBe(0);
    expect(await snapshot(join(dir, 'dst'))).toEqual(await snapshot(join(dir, 'src')));
  });
});
