import { randomBytes } from 'node:crypto';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeZip } from '@event-studio/runtime';
import { readAppFolder, sampleAppDir } from '@event-studio/runtime/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { captureIO, scratch } from './command-test-kit.testing.js';

// JSON nested far deeper than any e.json: jsonc-parser recursed once per level and the CLI died
// with exit 70 ("unexpected error (a bug)"). Now it is one clear issue and exit 1.

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await scratch()));
afterEach(() => cleanup());

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

async function validate(path: string, json: boolean): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(dir);
  const code = await main(['validate', path, ...(json ? ['--json'] : [])], io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

describe('validate on an e.json nested three million deep', () => {
  it('exits 1 with one json.too-deep issue naming the file, the limit and where', async () => {
    const folder = join(dir, 'deepEvent');
    await mkdir(folder);
    await writeFile(join(folder, 'e.json'), nested(3_000_000));
    const { code, out } = await validate(folder, true);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      ok: false,
      elements: [],
      issues: [
        {
          severity: 'error',
          code: 'json.too-deep',
          file: 'events/deepEvent/e.json',
          pointer: '',
          message:
            'e.json nests values deeper than 256 levels (at line 1, column 257); no real e.json comes near that, so it is not read',
          line: 1,
          column: 257,
        },
      ],
    });
  });

  it('prints it as one line in text mode, the rest of the app still checked', async () => {
    const app = join(dir, 'app');
    await cp(sampleAppDir(), app, { recursive: true });
    await writeFile(join(app, 'events/orderApproval/e.json'), nested(3_000_000));
    const { code, out, err } = await validate(app, false);
    expect(code).toBe(1);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines.filter((line) => line.includes('json.too-deep'))).toEqual([
      '  ✖ error   events/orderApproval/e.json :1:257  e.json nests values deeper than 256 levels (at line 1, column 257); no real e.json comes near that, so it is not read [json.too-deep]',
    ]);
    expect(lines.at(-1)).toBe('✖ 3 approval event(s): 1 error(s), 0 warning(s).');
  });

  it('exits 1 the same way for such an e.json inside a zip', async () => {
    const tree = await readAppFolder(sampleAppDir());
    // 150,000 levels: as deep as a file stays while under the zip reader's ratio limit (1 MiB).
    tree.set('events/orderApproval/e.json', new TextEncoder().encode(nested(150_000)));
    // Incompressible padding keeps the whole archive's ratio under 100:1.
    tree.set('padding.bin', new Uint8Array(randomBytes(400_000)));
    await writeFile(join(dir, 'deep.zip'), writeZip(tree));
    const { code, out } = await validate('deep.zip', true);
    expect(code).toBe(1);
    const { issues } = JSON.parse(out) as { issues: { code: string; file: string }[] };
    expect(issues.map((i) => `${i.code} ${i.file}`)).toEqual(['json.too-deep events/orderApproval/e.json']);
  });
});

describe('run with a row nested three million deep', () => {
  it('is a usage error (exit 2) with one line, not a crash', async () => {
    const io = captureIO(dir);
    const row = `{"amount": ${nested(3_000_000)}}`;
    const code = await main(
      ['run', sampleAppDir(), '--element', 'events.orderApproval', '--row-json', row],
      io,
    );
    expect(code).toBe(2);
    expect(io.err.join('\n')).toMatch(/--row-json: not valid JSON \(values nest deeper than 256 levels/);
    expect(io.err.join('\n')).not.toMatch(/a bug|Maximum call stack/);
  });
});
