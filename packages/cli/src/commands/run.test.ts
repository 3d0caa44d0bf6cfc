import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleAppDir } from '@event-studio/runtime/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { captureIO, scratch } from './command-test-kit.testing.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await scratch());
  await cp(sampleAppDir(), join(dir, 'app'), { recursive: true });
});
afterAll(() => cleanup());

interface RunJson {
  ok: boolean;
  fired: boolean;
  logs: { level: string; message: string }[];
  error: { type: string; message: string; line: number | null; traceback: string } | null;
  row: { before: Record<string, unknown>; after: Record<string, unknown>; changed: string[] };
  saves: number;
  serviceCalls: { func: string; args: unknown }[];
  durationMs: number;
}

async function run(...args: string[]): Promise<{ code: number; json: RunJson; err: string[] }> {
  const io = captureIO(dir);
  const code = await main(['run', ...args, '--json'], io);
  return {
    code,
    json: io.out.length ? (JSON.parse(io.out.join('\n')) as RunJson) : ({} as RunJson),
    err: io.err,
  };
}

describe('event-studio run', () => {
  it("runs the seed's handleOrderApproval unchanged: approved → processing, one save, exit 0", async () => {
    const { code, json } = await run('app', '--element', 'events.orderApproval', '--status', 'approved');
    expect(code).toBe(0);
    expect(json).toMatchObject({ ok: true, fired: true, error: null, saves: 1 });
    expect(json.row.before.status).toBe('pending');
    expect(json.row.after.status).toBe('processing');
    expect(json.row.changed).toEqual(['status']);
    expect(json.logs).toEqual([
      { level: 'info', message: 'Order ORD-0001 approval status changed to: approved' },
    ]);
    expect(typeof json.durationMs).toBe('number');
  });

  it('takes the row from --row-json and runs a global service function', async () => {
    const { code, json } = await run(
      'app',
      '--element',
      'events.invoiceNotify',
      '--row-json',
      '{"invoiceNo": "INV-9", "customer": "Zed", "amount": 5}',
    );
    expect(code).toBe(0);
    expect(json.serviceCalls.map((c) => c.func)).toEqual([
      'services.NotificationSvc.sendApprovalNotification',
    ]);
    expect(json.row.before).toMatchObject({ invoiceNo: 'INV-9' });
  });

  it('does not fire (and calls nothing) for a node the event does not list', async () => {
    const { code, json } = await run('app/events/contractNodeChange', '--trigger-node', 'EndNode');
    expect(code).toBe(0);
    expect(json.fired).toBe(false);
    expect(json.logs).toEqual([]);
  });

  it('exits 1 with the error on its line when the handler raises', async () => {
    await writeFile(
      join(dir, 'app/events/orderApproval/inner.py'),
      'def handleOrderApproval(eventOutData):\n    x = 1\n    raise ValueError("amount too high")\n',
    );
    const { code, json } = await run('app', '--element', 'events.orderApproval');
    expect(code).toBe(1);
    expect(json.error).toMatchObject({ type: 'ValueError', message: 'amount too high', line: 3 });
    expect(json.saves).toBe(0);
  });

  it('exits 3 when the time limit stops a runaway handler', async () => {
    await writeFile(
      join(dir, 'app/events/orderApproval/inner.py'),
      'def handleOrderApproval(eventOutData):\n    while True:\n        pass\n',
    );
    const { code, json } = await run('app', '--element', 'events.orderApproval', '--timeout', '300');
    expect(code).toBe(3);
    expect(json.error?.message).toMatch(/stopped after/);
  });

  it('exits 2 on bad usage, with one line saying what would be right', async () => {
    const { code, err } = await run('app');
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/--element <fullName> is required/);
    expect((await run('app', '--element', 'events.orderApproval', '--timeout', 'soon')).code).toBe(2);
  });
});
