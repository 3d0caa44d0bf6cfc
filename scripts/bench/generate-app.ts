// A large app for benchmarks (and for tests that need one): the sample app plus many approval
// events cloned from the sample's own, with varied names, titles and operate settings, so the
// validator, the zip reader and the form see realistic, valid elements rather than one copy.
import { type AppTree, encodeText, readText } from '@event-studio/runtime';
import { readAppFolder, sampleAppDir } from '@event-studio/runtime/node';

/** One sample event to clone and the ways its operate settings may vary between copies. */
interface Template {
  folder: string;
  /** e.json fields to vary by copy number (the rest are the sample's). */
  vary: (index: number) => Record<string, unknown>;
}

const CONTRACT_NODES = ['deptApproval', 'managerApproval', 'directorApproval'];
const LEAVE_HANDLES = ['agree', 'reject', 'transfer'];

// Each copy keeps its template's model, handler and function, so it stays valid.
const TEMPLATES: Template[] = [
  { folder: 'events/orderApproval', vary: () => ({}) },
  {
    folder: 'events/contractNodeChange',
    vary: (index) => ({ triggerNode: rotateSubset(CONTRACT_NODES, index) }),
  },
  {
    folder: 'events/leaveHandled',
    vary: (index) => ({ handleType: rotateSubset(LEAVE_HANDLES, index) }),
  },
  { folder: 'events/invoiceNotify', vary: () => ({}) },
];

/** A non-empty subset of the list, different for neighbouring indexes, in the list's order. */
function rotateSubset(list: readonly string[], index: number): string[] {
  const mask = (index % ((1 << list.length) - 1)) + 1;
  return list.filter((_item, bit) => (mask & (1 << bit)) !== 0);
}

/** The copy's folder name: the template's name and a zero-padded number, a valid identifier. */
function copyName(templateFolder: string, index: number): string {
  const base = templateFolder.slice('events/'.length);
  return `${base}${String(index).padStart(4, '0')}`;
}

/**
 * The sample tree plus `count` approval events cloned from its four: `events/<name><nnnn>/…`
 * with e.json (4-space JSON like the platform's), `__init__.py` and inner.py when the sample
 * has one. Deterministic: the same count always gives the same tree.
 */
export function addGeneratedEvents(sample: AppTree, count: number): Map<string, Uint8Array> {
  const tree = new Map(sample);
  for (let index = 1; index <= count; index++) {
    const template = TEMPLATES[(index - 1) % TEMPLATES.length]!;
    const source = readText(sample, `${template.folder}/e.json`);
    if (source === undefined) throw new Error(`the sample app has no ${template.folder}/e.json`);
    const element: Record<string, unknown> = { ...JSON.parse(source), ...template.vary(index) };
    element.title = `${String(element.title)} ${index}`;
    const folder = `events/${copyName(template.folder, index)}`;
    tree.set(`${folder}/e.json`, encodeText(`${JSON.stringify(element, null, 4)}\n`));
    for (const file of ['__init__.py', 'inner.py']) {
      const bytes = sample.get(`${template.folder}/${file}`);
      if (bytes !== undefined) tree.set(`${folder}/${file}`, bytes);
    }
  }
  return tree;
}

/** The built-in sample app with `count` generated approval events (1,000 by default). */
export async function generateApp(count = 1000): Promise<Map<string, Uint8Array>> {
  return addGeneratedEvents(await readAppFolder(sampleAppDir()), count);
}
