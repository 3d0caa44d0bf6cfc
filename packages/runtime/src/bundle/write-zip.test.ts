import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readAppFolder, sampleAppDir } from '../app/app-folder.node.js';
import { encodeText, treeFromTexts } from '../app/app-tree.js';
import { readZip } from './read-zip.js';
import { writeZip } from './write-zip.js';

/** An app of `count` approval events, each with e.json, inner.py and __init__.py. */
function generatedApp(count: number): Map<string, Uint8Array> {
  const tree = new Map<string, Uint8Array>([
    ['app.json', encodeText('{"name": "generated", "version": "1.0.0"}\n')],
  ]);
  for (let i = 0; i < count; i++) {
    const folder = `events/event${String(i).padStart(4, '0')}`;
    const eJson = {
      title: `Event ${i}`,
      type: 'events.WorkflowType',
      backendBundleEntry: '.',
      model: `models.Model${i % 7}`,
      operate: ['Process', 'NodeChange', 'NodeHandled'][i % 3],
      func: `inner.handle${i}`,
      funcType: 'inner',
    };
    tree.set(`${folder}/e.json`, encodeText(`${JSON.stringify(eJson, null, 2)}\n`));
    tree.set(`${folder}/inner.py`, encodeText(`def handle${i}(eventOutData):\n    row = eventOutData.row\n`));
    tree.set(`${folder}/__init__.py`, new Uint8Array(0));
  }
  return tree;
}

describe('writeZip', () => {
  it('round-trips a generated app of 1,000 events file by file, and gives the same bytes twice', () => {
    const tree = generatedApp(1000);
    const zip = writeZip(tree);
    const back = readZip(zip);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.root).toBe('');
    expect(back.tree.size).toBe(3001);
    for (const [path, bytes] of tree) expect(back.tree.get(path), path).toEqual(bytes);
    expect(writeZip(tree)).toEqual(zip);
    expect(writeZip(back.tree)).toEqual(zip);
  });

  it('round-trips the sample app file by file', async () => {
    const tree = await readAppFolder(sampleAppDir());
    expect(tree.size).toBeGreaterThan(0);
    const back = readZip(writeZip(tree));
    expect(back).toEqual({ ok: true, tree, root: '' });
  });

  it('does not depend on the insertion order of the tree', () => {
    const a = treeFromTexts({ 'b.txt': 'b', 'a.txt': 'a', 'events/x/e.json': '{}' });
    const b = new Map([...a].reverse());
    expect(writeZip(b)).toEqual(writeZip(a));
  });

  it('is read by another zip reader (fflate) with entries in path order', () => {
    const tree = treeFromTexts({ 'z.txt': 'z', 'events/é/e.json': '{}', 'app.json': '{}', '123': 'n' });
    const unzipped = unzipSync(writeZip(tree));
    expect(Object.keys(unzipped).sort()).toEqual([...tree.keys()].sort());
    expect(unzipped['events/é/e.json']).toEqual(tree.get('events/é/e.json'));
  });

  it('keeps names a plain-object zip writer would lose or reorder', () => {
    const tree = treeFromTexts({ ['__proto__']: 'p', '10': 'ten', '9': 'nine', constructor: 'c' });
    const back = readZip(writeZip(tree));
    expect(back.ok && [...back.tree.keys()]).toEqual(['10', '9', '__proto__', 'constructor']);
  });

  it('writes fixed times and Unix rw-r--r-- attributes', () => {
    const zip = writeZip(treeFromTexts({ 'a.txt': 'a' }));
    const view = new DataView(zip.buffer);
    expect(view.getUint16(10, true)).toBe(0); // time 00:00:00
    expect(view.getUint16(12, true)).toBe(0x21); // date 1980-01-01
    const central = zip.length - 22 - (46 + 5);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    expect(view.getUint32(central + 38, true) >>> 16).toBe(0o100644);
  });

  it('stores data that DEFLATE would not shrink', () => {
    const zip = writeZip(new Map([['r.bin', new Uint8Array([1, 2, 3])]]));
    expect(new DataView(zip.buffer).getUint16(8, true)).toBe(0);
    expect(readZip(zip)).toMatchObject({ ok: true });
  });

  it('writes an empty tree as an empty zip', () => {
    expect(readZip(writeZip(new Map()))).toEqual({ ok: true, tree: new Map(), root: '' });
  });

  it('refuses to export paths that could not be imported back', () => {
    for (const path of ['/abs', '../up', 'a\\b', 'C:/x', 'a//b', './a', 'dir/', 'e\u0301']) {
      expect(() => writeZip(treeFromTexts({ [path]: '' })), path).toThrow(/cannot export/);
    }
    expect(() => writeZip(treeFromTexts({ 'a/b': '', 'A/b': '' }))).toThrow(/case/);
    expect(() => writeZip(treeFromTexts({ a: '', 'a/b': '' }))).toThrow(/folder/);
  });
});
