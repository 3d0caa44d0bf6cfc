import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleAppDir } from '@event-studio/runtime/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTINUATION } from '../inert-text.js';
import { main } from '../main.js';
import { type CapturedIO, captureIO, rawControls, scratch } from './command-test-kit.testing.js';

// A handler and an app that try to drive the terminal of whoever reads the CLI's output.
const TITLE_OSC = '\x1b]0;pwned\x07\x1b[2J';
const CR_HIDE = 'ok\r\x1b[Kfake line';
const OSC8_LINK = '\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\';
const FORGED_LINES = 'two\nlines\n✔ events.orderApproval ran in 1 ms.';
const C1_BIDI = 'csi\x9b2J bidi\u202Etxt.exe';
const EXCEPTION = 'bad \x1b[2J\x1b[H\n✔ events.orderApproval ran in 1 ms.';

const HANDLER = `from jit.commons.utils.logger import log

def handleOrderApproval(eventOutData):
    log.info(${JSON.stringify(TITLE_OSC)})
    log.info(${JSON.stringify(CR_HIDE)})
    log.warning(${JSON.stringify(OSC8_LINK)})
    log.info(${JSON.stringify(FORGED_LINES)})
    print(${JSON.stringify(C1_BIDI)})
    eventOutData.row.status.value = ${JSON.stringify(C1_BIDI)}
    raise ValueError(${JSON.stringify(EXCEPTION)})
`;

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await scratch());
  await cp(sampleAppDir(), join(dir, 'app'), { recursive: true });
  await writeFile(join(dir, 'app/events/orderApproval/inner.py'), HANDLER);
});
afterAll(() => cleanup());

/** Everything a command wrote, stdout and stderr, as one text. */
const printed = (io: CapturedIO) => [...io.out, ...io.err].join('\n');

/** The CLI's own lines: none may start with a verdict a handler wrote. */
const lineStarts = (text: string) => text.split('\n').map((line) => line.trimStart().charAt(0));

describe('hostile text stays text', () => {
  it('run: logs, print, the row and the exception reach the terminal inert', async () => {
    const io = captureIO(dir);
    expect(await main(['run', 'app', '--element', 'events.orderApproval'], io)).toBe(1);
    const text = printed(io);
    expect(rawControls(text)).toEqual([]);
    expect(text).toContain('  [info] \\x1b]0;pwned\\x07\\x1b[2J');
    expect(text).toContain('  [info] ok\\r\\x1b[Kfake line');
    expect(text).toContain('  [warning] \\x1b]8;;https://evil.example/\\x1b\\click me\\x1b]8;;\\x1b\\');
    expect(text).toContain(`  [info] two\n  ${CONTINUATION}lines\n  ${CONTINUATION}✔ events.orderApproval`);
    expect(text).toContain('csi\\x9b2J bidi\\u202etxt.exe');
    expect(text).toContain(`✖ ValueError: bad \\x1b[2J\\x1b[H\n${CONTINUATION}✔ events.orderApproval`);
    // The handler's forged "✔ … ran" lines are all continuations: the only verdict is the CLI's.
    expect(lineStarts(text).filter((start) => start === '✔')).toEqual([]);
    expect(text.split('\n').at(-1)).toMatch(/^✖ events\.orderApproval ran in \d+ ms\.$/);
  });

  it('run --json: the exact strings, and nothing a terminal acts on', async () => {
    const io = captureIO(dir);
    expect(await main(['run', 'app', '--element', 'events.orderApproval', '--json'], io)).toBe(1);
    expect(io.out).toHaveLength(1);
    expect(rawControls(io.out[0]!)).toEqual([]);
    const json = JSON.parse(io.out[0]!) as {
      logs: { level: string; message: string }[];
      error: { message: string; traceback: string };
      row: { after: Record<string, unknown> };
    };
    expect(json.logs).toEqual([
      { level: 'info', message: TITLE_OSC },
      { level: 'info', message: CR_HIDE },
      { level: 'warning', message: OSC8_LINK },
      { level: 'info', message: FORGED_LINES },
      { level: 'print', message: C1_BIDI },
    ]);
    expect(json.error.message).toBe(EXCEPTION);
    expect(json.error.traceback).toContain(`ValueError: ${EXCEPTION}`);
    expect(json.row.after.status).toBe(C1_BIDI);
  });

  it('simulate: a fired handler prints inert in the timeline', async () => {
    const contract = join(dir, 'app/events/contractNodeChange/inner.py');
    const handler = (await readFile(contract, 'utf8')).replace(
      'markStage(row, "manager")',
      `log.info(${JSON.stringify(`${TITLE_OSC}\n${CR_HIDE}`)})\n    markStage(row, "manager")`,
    );
    await writeFile(contract, handler);
    const io = captureIO(dir);
    const args = ['simulate', 'app', '--model', 'models.ContractModel', '--node', 'deptApproval'];
    expect(await main([...args, '--action', 'agree'], io)).toBe(0);
    const text = printed(io);
    expect(rawControls(text)).toEqual([]);
    expect(text).toContain(
      `     [info] \\x1b]0;pwned\\x07\\x1b[2J\n     ${CONTINUATION}ok\\r\\x1b[Kfake line`,
    );
  });

  it('validate: e.json values and folder names with escapes, in text and in JSON', async () => {
    const app = join(dir, 'app');
    const eJsonPath = join(app, 'events/orderApproval/e.json');
    const eJson = JSON.parse(await readFile(eJsonPath, 'utf8')) as Record<string, unknown>;
    const operate = `Proc${TITLE_OSC}ess`;
    await writeFile(eJsonPath, JSON.stringify({ ...eJson, title: `Evil${CR_HIDE}`, operate }, null, 4));
    const folder = `events/x${TITLE_OSC}`;
    await mkdir(join(app, folder));
    await writeFile(join(app, folder, 'e.json'), JSON.stringify({ ...eJson, title: OSC8_LINK }, null, 4));

    const io = captureIO(dir);
    expect(await main(['validate', 'app'], io)).toBe(1);
    const text = printed(io);
    expect(rawControls(text)).toEqual([]);
    expect(text).toContain("got 'Proc\\x1b]0;pwned\\x07\\x1b[2Jess' [operate.invalid]");
    expect(text).toContain('events/x\\x1b]0;pwned\\x07\\x1b[2J/e.json');

    const jsonIO = captureIO(dir);
    expect(await main(['validate', 'app', '--json'], jsonIO)).toBe(1);
    expect(rawControls(jsonIO.out.join(''))).toEqual([]);
    const json = JSON.parse(jsonIO.out.join('')) as {
      issues: { code: string; file: string; message: string }[];
    };
    const invalid = json.issues.find((issue) => issue.code === 'operate.invalid');
    expect(invalid?.message).toContain(`got '${operate}'`);
    expect(json.issues.map((issue) => issue.file)).toContain(`${folder}/e.json`);
  });

  it('usage errors and unknown commands name the hostile argument inert, on stderr', async () => {
    const io = captureIO(dir);
    expect(await main([`x${TITLE_OSC}`], io)).toBe(2);
    expect(await main(['validate', `missing${CR_HIDE}`], io)).toBe(2);
    expect(
      await main(['run', 'app', '--element', 'events.orderApproval', '--row-json', `{"a":1${CR_HIDE}`], io),
    ).toBe(2);
    expect(io.err).toHaveLength(3);
    expect(rawControls(printed(io))).toEqual([]);
    expect(io.err[1]).toContain('missingok\\r\\x1b[Kfake line: no such file or folder.');
  });
});
