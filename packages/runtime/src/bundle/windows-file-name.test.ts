import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { windowsNameProblem, windowsPathProblem } from '../app/windows-file-name.js';
import { craftZip } from './craft-zip.testing.js';
import { readZip } from './read-zip.js';
import { checkEntryPath } from './zip-entry-path.js';

const DEVICES = ['CON', 'PRN', 'AUX', 'NUL'];
for (const digit of '0123456789¹²³') DEVICES.push(`COM${digit}`, `LPT${digit}`);

/** A name in random case: `cOn`, `Lpt1`. */
const anyCase = (name: string) =>
  fc
    .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
    .map((upper) => [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

const extension = fc.stringMatching(/^(\.[a-z0-9]{1,4}){1,2}$/);

describe('windowsNameProblem', () => {
  it('refuses each reserved device name, in any case, with or without an extension', () => {
    for (const device of DEVICES) {
      for (const name of [device, device.toLowerCase(), `${device.toLowerCase()}.txt`, `${device}.tar.gz`]) {
        expect(windowsNameProblem(name), name).toMatchObject({ code: 'name-reserved' });
      }
    }
    expect(windowsNameProblem('CON')?.rule).toBe("'CON' is a reserved device name on Windows");
    expect(windowsNameProblem('nul.txt')?.rule).toBe(
      "'nul.txt' is a reserved device name on Windows (NUL, even with an extension)",
    );
    expect(windowsNameProblem('COM1.py')).toMatchObject({ code: 'name-reserved' });
    expect(windowsNameProblem('lpt1')).toMatchObject({ code: 'name-reserved' });
    expect(windowsNameProblem('CON .txt')).toMatchObject({ code: 'name-reserved' });
  });

  it('accepts names that only begin like a device', () => {
    for (const name of [
      'CONFIG',
      'console.py',
      'COM10',
      'LPT',
      'com',
      'nul_.txt',
      'auxiliary',
      'PRN2.py',
      '.con',
    ]) {
      expect(windowsNameProblem(name), name).toBeUndefined();
    }
  });

  it('refuses a trailing dot or space, which Windows drops', () => {
    expect(windowsNameProblem('inner.py.')).toEqual({
      code: 'name-trailing-dot',
      rule: "'inner.py.' ends with a dot or space, which Windows drops (it would become another name)",
    });
    expect(windowsNameProblem('inner.py ')).toMatchObject({ code: 'name-trailing-dot' });
    expect(windowsNameProblem('...')).toMatchObject({ code: 'name-trailing-dot' });
    expect(windowsNameProblem('.hidden')).toBeUndefined();
    expect(windowsNameProblem('a b.py')).toBeUndefined();
  });

  it("refuses <>:\"|?* and says what ':' would do", () => {
    expect(windowsNameProblem('a:b')).toEqual({
      code: 'name-forbidden-char',
      rule: "':' is not allowed in file names on Windows (it would name an NTFS alternate data stream); 'a:b' has it",
    });
    for (const char of '<>"|?*') {
      expect(windowsNameProblem(`x${char}y.py`)?.rule, char).toBe(
        `'${char}' is not allowed in file names on Windows; 'x${char}y.py' has it`,
      );
    }
  });

  it('holds as properties: reserved stems, trailing dots and spaces, forbidden characters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DEVICES).chain(anyCase), fc.option(extension), (device, ext) => {
        expect(windowsNameProblem(`${device}${ext ?? ''}`)?.code).toBe('name-reserved');
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[^<>:"|?*]*$/), fc.constantFrom('.', ' '), (name, last) => {
        expect(windowsNameProblem(`${name}${last}`)?.code).toBe('name-trailing-dot');
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...'<>:"|?*'), fc.string(), (before, char, after) => {
        expect(windowsNameProblem(`${before}${char}${after}`)?.code).toBe('name-forbidden-char');
      }),
    );
    // Identifier-like names with an ordinary extension are fine unless they are a device.
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/), fc.option(extension), (stem, ext) => {
        const problem = windowsNameProblem(`${stem}${ext ?? ''}`);
        expect(problem?.code).toBe(DEVICES.includes(stem.toUpperCase()) ? 'name-reserved' : undefined);
      }),
    );
  });

  it('names the first segment of a path that Windows cannot hold', () => {
    expect(windowsPathProblem('events/aux/e.json')?.rule).toBe("'aux' is a reserved device name on Windows");
    expect(windowsPathProblem('events/orderApproval/inner.py')).toBeUndefined();
  });
});

describe('the zip reader refuses names Windows cannot hold', () => {
  const cases: [string, string, string][] = [
    ['events/CON/e.json', 'name-reserved', "'CON' is a reserved device name on Windows"],
    ['events/a/lpt1', 'name-reserved', "'lpt1' is a reserved device name on Windows"],
    ['events/a/nul.txt', 'name-reserved', "'nul.txt' is a reserved device name on Windows"],
    ['events/a/COM1.py', 'name-reserved', "'COM1.py' is a reserved device name on Windows"],
    ['events/a/inner.py.', 'name-trailing-dot', "'inner.py.' ends with a dot or space, which Windows drops"],
    ['events/a/inner.py ', 'name-trailing-dot', "'inner.py ' ends with a dot or space, which Windows drops"],
    ['events/a:b/e.json', 'name-forbidden-char', "':' is not allowed in file names on Windows"],
    ['events/a/<b>.py', 'name-forbidden-char', "'<' is not allowed in file names on Windows"],
    ['events/a/"q".py', 'name-forbidden-char', `'"' is not allowed in file names on Windows`],
    ['events/a/p|q', 'name-forbidden-char', "'|' is not allowed in file names on Windows"],
    ['events/a/why?', 'name-forbidden-char', "'?' is not allowed in file names on Windows"],
    ['events/a/*.py', 'name-forbidden-char', "'*' is not allowed in file names on Windows"],
    ['events/a/x\u0085y', 'name-control-char', 'the name contains a control character'],
  ];
  for (const [name, code, rule] of cases) {
    it(`refuses ${JSON.stringify(name)}: [${code}], naming the entry, the segment and the rule`, () => {
      const result = readZip(craftZip([{ name: 'events/a/e.json' }, { name }]), { name: 'app.zip' });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({ code, entry: name });
      expect(result.error.message).toContain(`app.zip: entry ${JSON.stringify(name)}: ${rule}`);
      expect(result.error.message).toMatch(new RegExp(`\\[${code}\\]$`));
    });
  }

  it('checks folder entries too, and an accepted name has no Windows problem', () => {
    expect(checkEntryPath('events/PRN/')).toMatchObject({ code: 'name-reserved' });
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        (parts) => {
          const checked = checkEntryPath(parts.join('/'));
          if ('path' in checked) expect(windowsPathProblem(checked.path)).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  });
});
