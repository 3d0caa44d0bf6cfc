import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_MEMBERS } from '../intellisense/field-members.generated.js';
import { fieldMembersOf, readFieldMembers, renderFieldMembers } from './field-members-source.js';
import { NodeSandbox } from './node-sandbox.js';
import { orderRequest } from './order-event.test-support.js';
import { FIELD_MEMBERS_FILE, readPythonSources } from './python-sources.node.js';

// The editor's field members are read from the shim's source; here they are checked against that
// source (the generated file is current) and against the live sandbox (every public attribute of
// every field class, no more, no less).
const PROBE = `from _event_studio.field_types import CLASSES


def handleOrderApproval(eventOutData):
    public = lambda n: not n.startswith("_") and not n[0].isupper()
    return {name: sorted(n for n in dir(cls) if public(n)) for name, cls in CLASSES.items()}
`;

/** The slots every field object has, which the editor shows apart (`value`) or not at all. */
const SLOTS = ['name', 'type', 'value'];

let sandbox: NodeSandbox;
beforeAll(async () => {
  sandbox = await NodeSandbox.start();
}, 120_000);
afterAll(() => sandbox?.dispose());

describe('the field objects’ members', () => {
  it('are generated from the current shim (pnpm embed-python)', () => {
    const fresh = renderFieldMembers(readFieldMembers(readPythonSources()));
    expect(readFileSync(FIELD_MEMBERS_FILE, 'utf8') === fresh, 'field-members.generated.ts is stale').toBe(
      true,
    );
  });

  it('are exactly what each field class has in the sandbox', async () => {
    const result = await sandbox.run(
      orderRequest(PROBE, { model: { fullName: 'models.OrderModel', fields: [] }, row: { id: 1 } }),
    );
    expect(result.error).toBeNull();
    const live = result.returnValue as Record<string, string[]>;
    const editor = Object.fromEntries(
      Object.keys(FIELD_MEMBERS.types).map((type) => [
        type,
        fieldMembersOf(FIELD_MEMBERS, type).map((m) => m.name),
      ]),
    );
    const withoutSlots = Object.fromEntries(
      Object.entries(live).map(([type, names]) => [type, names.filter((n) => !SLOTS.includes(n))]),
    );
    expect(editor).toEqual(withoutSlots);
  });

  it('say what each does, and which need the platform', () => {
    const money = fieldMembersOf(FIELD_MEMBERS, 'Money');
    expect(money.find((m) => m.name === 'gt')).toEqual({
      name: 'gt',
      kind: 'method',
      params: '(value)',
      doc: 'Whether the value is greater than value.',
    });
    expect(money.find((m) => m.name === 'decimal')?.kind).toBe('property');
    expect(money.find((m) => m.name === 'formatDbData')?.doc).toContain('NotInSandbox');
    expect(fieldMembersOf(FIELD_MEMBERS, 'NoSuchType')).toEqual([]);
  });
});
