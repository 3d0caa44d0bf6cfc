import { beforeAll, describe, expect, it } from 'vitest';
import { readAppFolder, sampleAppDir } from '../app/app-folder.node.js';
import { type AppTree, encodeText, readText, treeFromTexts } from '../app/app-tree.js';
import { readZip } from '../bundle/read-zip.js';
import { selectElements } from '../bundle/select-elements.js';
import { writeZip } from '../bundle/write-zip.js';
import { applyImport } from './apply-import.js';
import type { ConflictChoice } from './import-plan.types.js';
import { planImport } from './plan-import.js';

let sample: AppTree;
beforeAll(async () => {
  sample = await readAppFolder(sampleAppDir());
});

const ORDER = 'events/orderApproval';

/** The order event as it came back from the platform: e.json edited, inner.py gone, a new file. */
function editedOrder(): Map<string, Uint8Array> {
  const incoming = new Map(selectElements(sample, [ORDER]));
  incoming.set(`${ORDER}/e.json`, encodeText('{"title":"Edited","type":"events.WorkflowType"}'));
  incoming.delete(`${ORDER}/inner.py`);
  incoming.set(`${ORDER}/helpers.py`, encodeText('X = 1\n'));
  return incoming;
}

describe('applyImport: element folders', () => {
  it('Replace swaps the whole folder: files not in the zip are removed', () => {
    const plan = planImport(sample, editedOrder());
    const { tree, renamed, imported } = applyImport(sample, plan, { [ORDER]: 'replace' });
    expect(readText(tree, `${ORDER}/e.json`)).toContain('Edited');
    expect(tree.has(`${ORDER}/inner.py`)).toBe(false);
    expect(tree.has(`${ORDER}/helpers.py`)).toBe(true);
    expect(renamed).toEqual({});
    expect(imported).toEqual([ORDER]);
  });

  it('Replace of a folder spelled in another case leaves one folder, in the zip’s spelling', () => {
    const incoming = treeFromTexts({ 'events/OrderApproval/e.json': '{}' });
    const { tree } = applyImport(sample, planImport(sample, incoming), { 'events/OrderApproval': 'replace' });
    expect([...tree.keys()].filter((p) => p.toLowerCase().startsWith('events/orderapproval/'))).toEqual([
      'events/OrderApproval/e.json',
    ]);
    expect(() => writeZip(tree)).not.toThrow();
  });

  it('Keep both copies the folder to a fresh name, e.json unchanged byte for byte', () => {
    const incoming = editedOrder();
    const { tree, renamed, imported } = applyImport(sample, planImport(sample, incoming), {
      [ORDER]: 'keepBoth',
    });
    expect(renamed).toEqual({ [ORDER]: 'events/orderApproval2' });
    expect(imported).toEqual(['events/orderApproval2']);
    expect(tree.get('events/orderApproval2/e.json')).toBe(incoming.get(`${ORDER}/e.json`));
    expect(tree.has('events/orderApproval2/helpers.py')).toBe(true);
    expect(tree.get(`${ORDER}/inner.py`)).toBe(sample.get(`${ORDER}/inner.py`));
  });

  it('Keep both twice gives name2 then name3, skipping names taken in any case', () => {
    const incoming = selectElements(sample, [ORDER]);
    const once = applyImport(sample, planImport(sample, incoming), { [ORDER]: 'keepBoth' }).tree;
    const twice = applyImport(once, planImport(once, incoming), { [ORDER]: 'keepBoth' });
    expect(twice.renamed).toEqual({ [ORDER]: 'events/orderApproval3' });
    const current = new Map(sample);
    current.set('events/OrderApproval2/notes.txt', encodeText(''));
    const cased = applyImport(current, planImport(current, incoming), { [ORDER]: 'keepBoth' });
    expect(cased.renamed).toEqual({ [ORDER]: 'events/orderApproval3' });
  });

  it('Keep both does not take a name another incoming folder brings', () => {
    const incoming = new Map([...selectElements(sample, [ORDER])]);
    incoming.set('events/orderApproval2/e.json', encodeText('{}'));
    const result = applyImport(sample, planImport(sample, incoming), { [ORDER]: 'keepBoth' });
    expect(result.renamed).toEqual({ [ORDER]: 'events/orderApproval3' });
    expect(result.imported.sort()).toEqual(['events/orderApproval2', 'events/orderApproval3']);
  });

  it('Skip, or no choice at all, leaves the existing folder as it was', () => {
    const plan = planImport(sample, editedOrder());
    const none: Record<string, ConflictChoice> = {};
    for (const choices of [{ [ORDER]: 'skip' as const }, none]) {
      const { tree, imported } = applyImport(sample, plan, choices);
      expect(imported).toEqual([]);
      expect([...tree.entries()]).toEqual([...sample.entries()]);
    }
  });

  it('adds new folders, leaves ignored files out and never touches the current tree', () => {
    const incoming = treeFromTexts({ 'README.md': 'stray', 'events/fresh/e.json': '{}' });
    const before = [...sample.entries()];
    const { tree, imported } = applyImport(sample, planImport(sample, incoming), {});
    expect(imported).toEqual(['events/fresh']);
    expect(readText(tree, 'README.md')).toBe(readText(sample, 'README.md'));
    expect([...sample.entries()]).toEqual(before);
  });

  it('checks conflicts against the tree it is given, not the one the plan saw', () => {
    const incoming = treeFromTexts({ 'events/late/e.json': '{"title":"incoming"}' });
    const plan = planImport(sample, incoming);
    const current = new Map(sample);
    current.set('events/late/e.json', encodeText('{"title":"mine"}'));
    const { tree } = applyImport(current, plan, {});
    expect(readText(tree, 'events/late/e.json')).toBe('{"title":"mine"}');
  });
});

describe('applyImport: a whole app', () => {
  it('replaces the tree entirely, and exports back byte for byte', () => {
    const zip = writeZip(sample);
    const read = readZip(zip, { name: 'app.zip' });
    if (!read.ok) throw new Error(read.error.message);
    const current = treeFromTexts({ 'app.json': '{}', 'events/mine/e.json': '{}' });
    const plan = planImport(current, read.tree);
    const { tree } = applyImport(current, plan, {});
    expect(tree.has('events/mine/e.json')).toBe(false);
    expect([...tree.keys()]).toEqual([...sample.keys()]);
    for (const [path, bytes] of sample) expect(tree.get(path), path).toEqual(bytes);
    expect(writeZip(tree)).toEqual(zip);
  });
});
