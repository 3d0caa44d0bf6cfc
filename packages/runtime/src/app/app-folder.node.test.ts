import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAppFolder, sampleAppDir, writeAppFolder } from './app-folder.node.js';
import { readText, treeFromTexts } from './app-tree.js';

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'app-folder-'));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('app folders on disk', () => {
  it('finds the sample app', () => {
    expect(existsSync(join(sampleAppDir(), 'app.json'))).toBe(true);
    expect(sampleAppDir().endsWith('sample-app')).toBe(true);
  });

  it('reads every file, sorted, with / paths, skipping .git, node_modules and __pycache__', async () => {
    const dir = await tempDir();
    const tree = treeFromTexts({
      'b.txt': 'b',
      'models/A/e.json': '{}',
      'models/A/model.py': 'class A: pass\n',
      'a.json': 'a',
    });
    await writeAppFolder(dir, tree);
    for (const skipped of ['.git', 'node_modules', 'models/A/__pycache__']) {
      await mkdir(join(dir, skipped), { recursive: true });
      await writeFile(join(dir, skipped, 'x'), 'x');
    }
    const read = await readAppFolder(dir);
    expect([...read.keys()]).toEqual(['a.json', 'b.txt', 'models/A/e.json', 'models/A/model.py']);
    expect(readText(read, 'models/A/model.py')).toBe('class A: pass\n');
  });

  it('writes bytes unchanged and refuses paths that leave the folder', async () => {
    const dir = await tempDir();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d, 0x0d, 0x0a]);
    await writeAppFolder(dir, new Map([['x/e.json', bytes]]));
    expect(new Uint8Array(await readFile(join(dir, 'x', 'e.json')))).toEqual(bytes);
    await expect(writeAppFolder(dir, treeFromTexts({ '../evil.txt': 'x' }))).rejects.toThrow(/outside/);
  });

  it('reads the sample app with the files the README lists', async () => {
    const tree = await readAppFolder(sampleAppDir());
    expect([...tree.keys()].filter((path) => path.startsWith('events/'))).toEqual([
      'events/contractNodeChange/__init__.py',
      'events/contractNodeChange/e.json',
      'events/contractNodeChange/inner.py',
      'events/invoiceNotify/__init__.py',
      'events/invoiceNotify/e.json',
      'events/leaveHandled/__init__.py',
      'events/leaveHandled/e.json',
      'events/leaveHandled/inner.py',
      'events/orderApproval/__init__.py',
      'events/orderApproval/e.json',
      'events/orderApproval/inner.py',
    ]);
    // The seed's e.json: its key order, 4-space indentation, a trailing newline.
    expect(readText(tree, 'events/orderApproval/e.json')).toBe(
      `${JSON.stringify(
        {
          title: 'Order Approval Event',
          type: 'events.WorkflowType',
          backendBundleEntry: '.',
          model: 'models.OrderModel',
          operate: 'Process',
          func: 'inner.handleOrderApproval',
          funcType: 'inner',
        },
        null,
        4,
      )}\n`,
    );
  });
});
