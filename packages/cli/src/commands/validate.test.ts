import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleAppDir } from '@event-studio/runtime/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { captureIO, scratch } from './command-test-kit.testing.js';

interface ValidateJson {
  ok: boolean;
  elements: { fullName: string; operate: string; spelling: string }[];
  issues: { severity: string; code: string; file: string; pointer: string; message: string }[];
}

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await scratch()));
afterEach(() => cleanup());

async function validateJson(path: string): Promise<{ code: number; json: ValidateJson }> {
  const io = captureIO(dir);
  const code = await main(['validate', path, '--json'], io);
  return { code, json: JSON.parse(io.out.join('\n')) as ValidateJson };
}

/** Rewrites a JSON file of the copied app through a function of its object. */
async function editJson(path: string, edit: (value: Record<string, unknown>) => void): Promise<void> {
  const value = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  edit(value);
  await writeFile(path, `${JSON.stringify(value, null, 4)}\n`);
}

describe('event-studio validate', () => {
  it('passes the sample app: exit 0, its four events listed, no issues', async () => {
    const { code, json } = await validateJson(sampleAppDir());
    expect(code).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.issues).toEqual([]);
    expect(json.elements).toEqual([
      { fullName: 'events.contractNodeChange', operate: 'NodeChange', spelling: 'seed' },
      { fullName: 'events.invoiceNotify', operate: 'Process', spelling: 'seed' },
      { fullName: 'events.leaveHandled', operate: 'NodeHandled', spelling: 'seed' },
      { fullName: 'events.orderApproval', operate: 'Process', spelling: 'seed' },
    ]);
  });

  it('reports a mistake of each kind at once, with file and pointer, and exits 1', async () => {
    const app = join(dir, 'app');
    await cp(sampleAppDir(), app, { recursive: true });
    const events = join(app, 'events');
    await editJson(join(events, 'orderApproval/e.json'), (e) => {
      e.operate = 'Proces';
    });
    await editJson(join(events, 'contractNodeChange/e.json'), (e) => {
      e.triggerNode = ['deptApproval', 'ceoApproval'];
    });
    await editJson(join(events, 'leaveHandled/e.json'), (e) => {
      e.handleNode = 'EndNode';
    });
    await editJson(join(events, 'invoiceNotify/e.json'), (e) => {
      e.func = 'services.NotificationSvc.sendSms';
    });
    await writeFile(
      join(events, 'contractNodeChange/inner.py'),
      // A NodeChange handler gets eventOutData and the node: a third required parameter never fits.
      'def handleMultiNodeChange(eventOutData, triggerNode, approver):\n    pass\n',
    );
    await mkdir(join(events, 'bad-name'));
    await writeFile(
      join(events, 'bad-name/e.json'),
      '{\n    "title": "x",\n    "type": "events.WorkflowType",\n',
    );
    await rm(join(app, 'workflows/OrderApproval'), { recursive: true });
    await cp(join(events, 'leaveHandled'), join(events, '2fast'), { recursive: true });

    const { code, json } = await validateJson(app);
    expect(code).toBe(1);
    expect(json.ok).toBe(false);
    const found = json.issues.map((i) => `${i.code} ${i.file} ${i.pointer}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'operate.invalid events/orderApproval/e.json /operate',
        'model.noWorkflow events/orderApproval/e.json /model',
        'triggerNode.unknown events/contractNodeChange/e.json /triggerNode/1',
        'handler.signature events/contractNodeChange/inner.py ',
        'handleNode.endNode events/leaveHandled/e.json /handleNode',
        'global.unknownFunction events/invoiceNotify/e.json /func',
        'json.syntax events/bad-name/e.json ',
        'folder.notIdentifier events/2fast/e.json ',
      ]),
    );
    const operate = json.issues.find((i) => i.code === 'operate.invalid');
    expect(operate?.message).toMatch(/Process, NodeChange or NodeHandled.*Proces/);
  });

  it('validates one element folder inside an app against that app', async () => {
    const { code, json } = await validateJson(join(sampleAppDir(), 'events/leaveHandled'));
    expect(code).toBe(0);
    expect(json.elements.map((e) => e.fullName)).toEqual(['events.leaveHandled']);
  });

  it('exits 2 with one line when the input cannot be read', async () => {
    const io = captureIO(dir);
    await writeFile(join(dir, 'broken.zip'), 'not a zip at all');
    expect(await main(['validate', 'broken.zip'], io)).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/broken\.zip.*not a zip/);
    expect(await main(['validate', 'missing-folder'], captureIO(dir))).toBe(2);
  });
});
