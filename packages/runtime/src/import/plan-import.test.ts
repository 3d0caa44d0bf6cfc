import { beforeAll, describe, expect, it } from 'vitest';
import { readAppFolder, sampleAppDir } from '../app/app-folder.node.js';
import { type AppTree, encodeText, treeFromTexts } from '../app/app-tree.js';
import { selectElements } from '../bundle/select-elements.js';
import { planImport } from './plan-import.js';

let sample: AppTree;
beforeAll(async () => {
  sample = await readAppFolder(sampleAppDir());
});

describe('planImport: what the zip holds', () => {
  it('takes a zip with app.json as a whole app, listing every element and no conflicts', () => {
    const plan = planImport(sample, sample);
    expect(plan.kind).toBe('app');
    expect(plan.conflicts).toEqual([]);
    expect(plan.ignored).toEqual([]);
    expect(plan.elements.map((e) => e.fullName)).toContain('events.orderApproval');
    expect(plan.elements.map((e) => e.fullName)).toContain('models.OrderModel');
    expect(plan.elements.find((e) => e.fullName === 'events.orderApproval')).toEqual({
      folder: 'events/orderApproval',
      fullName: 'events.orderApproval',
      type: 'events.WorkflowType',
      title: 'Order Approval Event',
    });
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('takes folders without app.json as element folders, models/ included', () => {
    const incoming = selectElements(sample, ['events/orderApproval', 'models/OrderModel']);
    const plan = planImport(new Map(), incoming);
    expect(plan.kind).toBe('elements');
    expect(plan.elements.map((e) => e.folder)).toEqual(['events/orderApproval', 'models/OrderModel']);
  });

  it('lists files outside every element folder as ignored, never as elements', () => {
    const incoming = treeFromTexts({
      'README.md': '# notes',
      'events/__init__.py': '',
      'events/a/e.json': '{"type": "events.WorkflowType"}',
      'events/a/sub/helper.py': '',
    });
    const plan = planImport(new Map(), incoming);
    expect(plan.ignored).toEqual(['README.md', 'events/__init__.py']);
    expect(plan.elements.map((e) => e.folder)).toEqual(['events/a']);
  });

  it('moves a nested element with its parent folder', () => {
    const plan = planImport(
      new Map(),
      treeFromTexts({ 'events/a/e.json': '{}', 'events/a/inner/e.json': '{}', 'events/b/e.json': '{}' }),
    );
    expect(plan.elements.map((e) => e.folder)).toEqual(['events/a', 'events/b']);
  });

  it('describes an element whose e.json is broken by its name alone', () => {
    const plan = planImport(new Map(), treeFromTexts({ 'events/x/e.json': '{ "title": ' }));
    expect(plan.elements).toEqual([{ folder: 'events/x', fullName: 'events.x' }]);
  });
});

describe('planImport: conflicts', () => {
  it('reports an incoming folder the app already has', () => {
    const plan = planImport(sample, selectElements(sample, ['events/orderApproval']));
    expect(plan.conflicts).toEqual([
      {
        folder: 'events/orderApproval',
        existing: 'events/orderApproval',
        fullName: 'events.orderApproval',
        title: 'Order Approval Event',
      },
    ]);
  });

  it('compares folder names case-insensitively and names the existing spelling', () => {
    const incoming = treeFromTexts({ 'events/ORDERapproval/e.json': '{}' });
    expect(planImport(sample, incoming).conflicts.map((c) => [c.folder, c.existing])).toEqual([
      ['events/ORDERapproval', 'events/orderApproval'],
    ]);
  });

  it('counts a folder holding files but no e.json as existing, and a same-named file as not', () => {
    const current = treeFromTexts({ 'events/a/notes.txt': '', 'events/b': '' });
    const incoming = treeFromTexts({ 'events/a/e.json': '{}', 'events/b/e.json': '{}' });
    expect(planImport(current, incoming).conflicts.map((c) => c.folder)).toEqual(['events/a']);
  });

  it('has no conflict for a new folder whose name only starts like an existing one', () => {
    const incoming = treeFromTexts({ 'events/orderApprovalX/e.json': '{}' });
    expect(planImport(sample, incoming).conflicts).toEqual([]);
  });
});

describe('planImport: validation before anything changes', () => {
  it('reports the issues of the incoming elements in the app they join, and only theirs', () => {
    const broken = new Map(selectElements(sample, ['events/orderApproval']));
    broken.set(
      'events/orderApproval/e.json',
      encodeText('{"title":"X","type":"events.WorkflowType","model":"models.Nope","operate":"Proces"}'),
    );
    const current = new Map(sample);
    current.set('events/leaveHandled/e.json', encodeText('{ broken'));
    const plan = planImport(current, broken);
    expect(plan.issues.length).toBeGreaterThan(0);
    expect(plan.issues.every((i) => i.file.startsWith('events/orderApproval/'))).toBe(true);
    expect(plan.issues.some((i) => i.severity === 'error' && i.pointer === '/operate')).toBe(true);
  });

  it('validates an element against the app, so a reference the app lacks is reported', () => {
    const incoming = selectElements(sample, ['events/orderApproval']);
    const alone = planImport(new Map(), incoming);
    const inSample = planImport(sample, incoming);
    expect(alone.issues.some((i) => i.pointer === '/model')).toBe(true);
    expect(inSample.issues.some((i) => i.pointer === '/model')).toBe(false);
  });

  it('reports a whole app’s context problems (a broken model e.json) too', () => {
    const app = new Map(sample);
    app.set('models/OrderModel/e.json', encodeText('{ nope'));
    const plan = planImport(new Map(), app);
    expect(plan.issues.some((i) => i.file === 'models/OrderModel/e.json' && i.severity === 'error')).toBe(
      true,
    );
  });
});
