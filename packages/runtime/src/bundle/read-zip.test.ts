import { describe, expect, it } from 'vitest';
import { treeFromTexts } from '../app/app-tree.js';
import { type CraftEntry, concatAll, craftLocalHeader, craftZip } from './craft-zip.testing.js';
import { crc32 } from './crc32.js';
import { readZip } from './read-zip.js';
import { writeZip } from './write-zip.js';
import type { ZipError } from './zip-error.js';

const text = (s: string) => new TextEncoder().encode(s);

/** Reads a zip that must be refused, and returns the error. */
function refused(bytes: Uint8Array, options?: Parameters<typeof readZip>[1]): ZipError {
  const result = readZip(bytes, options);
  if (result.ok) throw new Error(`expected a refusal, got ${[...result.tree.keys()].join(', ')}`);
  return result.error;
}

function entries(...list: CraftEntry[]): Uint8Array {
  return craftZip(list);
}

describe('readZip accepts', () => {
  it('an app zip and returns its files sorted, root empty', () => {
    const tree = treeFromTexts({
      'events/b/e.json': '{}',
      'app.json': '{"name":"x"}',
      'events/b/inner.py': 'x=1',
    });
    const result = readZip(writeZip(tree));
    expect(result).toEqual({ ok: true, tree: new Map([...tree].sort()), root: '' });
  });

  it('strips a single top folder wrapping an app with app.json', () => {
    const result = readZip(
      entries({ name: 'myapp/app.json', data: text('{}') }, { name: 'myapp/events/x/e.json' }),
    );
    expect(result.ok && [...result.tree.keys()]).toEqual(['app.json', 'events/x/e.json']);
    expect(result.ok && result.root).toBe('myapp');
  });

  it('strips a top folder without app.json when elements sit one level too deep', () => {
    const result = readZip(entries({ name: 'myapp/events/x/e.json' }, { name: 'myapp/models/M/e.json' }));
    expect(result.ok && result.root).toBe('myapp');
    expect(result.ok && [...result.tree.keys()]).toEqual(['events/x/e.json', 'models/M/e.json']);
  });

  it('keeps a zip of element folders as it is', () => {
    const result = readZip(entries({ name: 'events/x/e.json' }, { name: 'events/x/inner.py' }));
    expect(result.ok && result.root).toBe('');
    expect(result.ok && [...result.tree.keys()]).toEqual(['events/x/e.json', 'events/x/inner.py']);
  });

  it('skips folder entries, __MACOSX and .DS_Store, and drops ./ segments', () => {
    const result = readZip(
      entries(
        { name: 'events/', externalAttributes: (0o040755 << 16) >>> 0 },
        { name: './events/x/e.json', data: text('{}') },
        { name: '__MACOSX/events/x/._e.json', data: text('junk') },
        { name: 'events/.DS_Store', data: text('junk') },
        { name: 'Thumbs.db' },
      ),
    );
    expect(result.ok && [...result.tree.keys()]).toEqual(['events/x/e.json']);
  });

  it('strips the wrapping folder once OS litter is set aside', () => {
    const result = readZip(
      entries({ name: '__MACOSX/myapp/._app.json' }, { name: 'myapp/app.json' }, { name: 'myapp/.DS_Store' }),
    );
    expect(result).toMatchObject({ ok: true, root: 'myapp' });
    expect(result.ok && [...result.tree.keys()]).toEqual(['app.json']);
  });

  it('normalises names to NFC', () => {
    const nfd = 'events/cafe\u0301/e.json';
    const result = readZip(entries({ name: nfd, flags: 0x0800 }));
    expect(result.ok && [...result.tree.keys()]).toEqual(['events/caf\u00e9/e.json']);
  });

  it('accepts UTF-8 names without the UTF-8 flag (macOS Archive Utility writes them so)', () => {
    const result = readZip(entries({ name: 'events/größe/e.json' }));
    expect(result.ok && [...result.tree.keys()]).toEqual(['events/größe/e.json']);
  });

  it('lets small files have high ratios (below 1 MiB the ratio is not checked)', () => {
    const result = readZip(entries({ name: 'blank.txt', data: new Uint8Array(900 * 1024) }));
    expect(result.ok).toBe(true);
  });

  it('reads ZIP64 sizes from the extra field', () => {
    const data = text('hello');
    const extra = new Uint8Array(4 + 16);
    const view = new DataView(extra.buffer);
    view.setUint16(0, 1, true);
    view.setUint16(2, 16, true);
    view.setUint32(4, data.length, true);
    view.setUint32(12, data.length, true);
    const zip = entries({
      name: 'a.txt',
      data,
      method: 0,
      uncompressedSize: 0xffffffff,
      compressedSize: 0xffffffff,
      centralExtra: extra,
    });
    // The local header keeps the real size only where the body lies, which is what we read.
    const result = readZip(zip);
    expect(result.ok && result.tree.get('a.txt')).toEqual(data);
  });

  it('reads an empty zip as an empty tree', () => {
    expect(readZip(craftZip([]))).toEqual({ ok: true, tree: new Map(), root: '' });
  });
});

describe('readZip refuses, naming the entry and the rule', () => {
  const cases: [string, CraftEntry, ZipError['code']][] = [
    ['an absolute path', { name: '/etc/passwd' }, 'path-absolute'],
    ['a .. segment', { name: 'events/../../evil.py' }, 'path-traversal'],
    ['a leading ..', { name: '../evil.py' }, 'path-traversal'],
    ['a backslash', { name: 'events\\..\\..\\evil.py' }, 'path-backslash'],
    ['a drive letter', { name: 'C:/Windows/evil.py' }, 'path-drive'],
    ['a control character', { name: 'events/a\u0000.py' }, 'name-control-char'],
    ['a newline', { name: 'events/a\n.py' }, 'name-control-char'],
    ['a symlink', { name: 'events/link', externalAttributes: (0o120777 << 16) >>> 0 }, 'symlink'],
    [
      'a Windows reparse point',
      { name: 'events/link', versionMadeBy: 20, externalAttributes: 0x400 },
      'symlink',
    ],
    ['a FIFO', { name: 'events/fifo', externalAttributes: (0o010644 << 16) >>> 0 }, 'special-file'],
    ['an encrypted entry', { name: 'a.txt', flags: 1 }, 'encrypted'],
    ['an AES entry', { name: 'a.txt', method: 99, body: new Uint8Array(10) }, 'encrypted'],
    ['bzip2', { name: 'a.txt', method: 12, body: new Uint8Array(10) }, 'unsupported-method'],
    ['an empty name', { name: '' }, 'path-empty'],
    ['a name of dots', { name: './.' }, 'path-empty'],
  ];
  for (const [label, entry, code] of cases) {
    it(label, () => {
      const error = refused(entries(entry), { name: 'evil.zip' });
      expect(error.code).toBe(code);
      expect(error.entry).toBe(typeof entry.name === 'string' ? entry.name : undefined);
      expect(error.message).toContain('evil.zip: entry ');
      expect(error.message).toContain(`[${code}]`);
    });
  }

  it('a name that is not UTF-8, with or without the UTF-8 flag', () => {
    const name = new Uint8Array([0x65, 0x2f, 0xff, 0xfe, 0x2e, 0x70, 0x79]);
    expect(refused(entries({ name, flags: 0x0800 })).code).toBe('name-not-utf8');
    const error = refused(entries({ name }));
    expect(error.code).toBe('name-not-utf8');
    expect(error.entry).toBe('e/\ufffd\ufffd.py');
  });

  it('exact duplicates', () => {
    const error = refused(entries({ name: 'events/a/e.json' }, { name: 'events/a/e.json' }));
    expect(error).toMatchObject({ code: 'duplicate-name', entry: 'events/a/e.json' });
    expect(error.message).toContain('appears twice');
  });

  it('duplicates up to case or Unicode normalisation', () => {
    expect(refused(entries({ name: 'events/a/e.json' }, { name: 'Events/A/e.json' })).code).toBe(
      'duplicate-name',
    );
    const nfc = 'events/caf\u00e9/e.json';
    const nfd = 'events/cafe\u0301/e.json';
    expect(refused(entries({ name: nfc }, { name: nfd })).message).toContain('collides with');
    expect(refused(entries({ name: 'a/b' }, { name: './a//b' })).code).toBe('duplicate-name');
  });

  it('a path that is both a file and a folder', () => {
    expect(refused(entries({ name: 'events' }, { name: 'events/a/e.json' })).code).toBe('path-conflict');
    expect(refused(entries({ name: 'events/a/' }, { name: 'events/a' })).code).toBe('path-conflict');
  });

  it('data shorter than declared, and a CRC mismatch', () => {
    expect(refused(entries({ name: 'a', data: text('abc'), uncompressedSize: 10 })).message).toContain(
      'not the 10 bytes',
    );
    expect(refused(entries({ name: 'a', data: text('abc'), crc: 1234 })).message).toContain('CRC-32');
    expect(refused(entries({ name: 'a', data: text('abc'), method: 0, uncompressedSize: 2 })).code).toBe(
      'corrupt',
    );
  });

  it('damaged compressed data', () => {
    const error = refused(
      entries({ name: 'a', body: new Uint8Array([0xff, 0xff, 0xff]), uncompressedSize: 3 }),
    );
    expect(error).toMatchObject({ code: 'corrupt', entry: 'a' });
  });

  it('a local header that disagrees with the central directory', () => {
    expect(refused(entries({ name: 'events/a/e.json', localName: '../../evil.py' })).code).toBe(
      'header-mismatch',
    );
  });

  it('entries that share their data (overlapping-file bombs)', () => {
    // Entry a (stored) quotes a complete local header for b inside its data; b points into it.
    const x = text('x');
    const inner = craftLocalHeader('b', {
      flags: 0,
      method: 0,
      crc: crc32(x),
      compressedSize: 1,
      uncompressedSize: 1,
    });
    const outer = concatAll([inner, x]);
    const zip = entries(
      { name: 'a', data: outer, method: 0 },
      { name: 'b', data: x, method: 0, sharesLocalHeaderOf: 0, localOffsetShift: 31 },
    );
    expect(refused(zip)).toMatchObject({ code: 'overlapping-entries', entry: 'b' });
    expect(
      refused(entries({ name: 'a', data: x }, { name: 'a', data: x, sharesLocalHeaderOf: 0 })).code,
    ).toBe('duplicate-name');
  });

  it('a multi-disk zip', () => {
    expect(refused(craftZip([{ name: 'a' }], { disk: 1 })).code).toBe('unsupported-feature');
  });

  it('something that is not a zip', () => {
    expect(refused(text('{"this": "is json"}'), { name: 'app.json' })).toMatchObject({
      code: 'not-a-zip',
      message: 'app.json: the file is not a zip (no end-of-central-directory record) [not-a-zip]',
    });
    expect(refused(new Uint8Array(0)).code).toBe('not-a-zip');
    expect(refused(new Uint8Array(3)).code).toBe('not-a-zip');
  });

  it('a truncated zip, wherever it is cut', () => {
    const zip = writeZip(treeFromTexts({ 'app.json': '{}', 'events/a/e.json': '{"title":"A"}' }));
    for (let cut = 1; cut < zip.length; cut++) {
      const result = readZip(zip.subarray(0, cut));
      expect(result.ok, `cut at ${cut}`).toBe(false);
      if (!result.ok) expect(['truncated', 'corrupt', 'not-a-zip']).toContain(result.error.code);
    }
    expect(refused(zip.subarray(0, zip.length / 2)).code).toBe('truncated');
  });

  it('input that is not bytes at all', () => {
    expect(refused('PK' as unknown as Uint8Array).code).toBe('not-a-zip');
  });
});
