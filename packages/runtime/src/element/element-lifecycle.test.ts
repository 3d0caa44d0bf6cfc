import { describe, expect, it } from 'vitest';
import { type AppTree, encodeText, readText, treeFromTexts } from '../app/app-tree.js';
import type { ElementEditResult } from './element-edit.types.js';
import {
  defaultDuplicateName,
  deleteApprovalEvent,
  duplicateApprovalEvent,
  renameApprovalEvent,
  validateElementRename,
} from './element-lifecycle.js';

const E_JSON = `{
    "title": "Order Approval Event",
    "type": "events.WorkflowType",
    "backendBundleEntry": ".",
    "model": "models.OrderModel",
    "operate": "Process",
    "func": "inner.handleOrderApproval",
    "funcType": "inner"
}
`;
const INNER_PY = `from jit.commons.utils.logger import log

def handleOrderApproval(eventOutData):
    event = app.getElement("events.orderApproval")
    log.info(event.getSender())
`;
const OTHER_PY = `def handleInvoice(eventOutData):
    approval = app.getElement("events.orderApproval")
    lookalike = app.getElement("events.orderApproval2")
    return approval, lookalike
`;
const TESTS_JSON = `{
  "version": 1,
  "element": "events.orderApproval",
  "cases": []
}
`;

const ROWS_JSON = '{"version": 1, "rows": [{"orderNo": "A-1"}], "selected": 0}\n';

/** A small app: the event, a look-alike, another event that names it, a model, a binary file. */
function sampleTree(): Map<string, Uint8Array> {
  const tree = treeFromTexts({
    'app.json': '{"name": "demo"}',
    'events/orderApproval/e.json': E_JSON,
    'events/orderApproval/inner.py': INNER_PY,
    'events/orderApproval/__init__.py': '',
    'events/orderApproval/notes.md': 'Mentions events.orderApproval, and is not Python.',
    'events/orderApproval2/e.json': E_JSON,
    'events/invoiceNotify/e.json': E_JSON.replace('Order Approval Event', 'Invoice'),
    'events/invoiceNotify/inner.py': OTHER_PY,
    'models/OrderModel/e.json': '{"type": "models.NormalType", "title": "Order"}',
    '.event-studio/tests/events/orderApproval.json': TESTS_JSON,
    '.event-studio/tests/events/orderApproval2.json': TESTS_JSON.replace('Approval"', 'Approval2"'),
    '.event-studio/rows/events/orderApproval.json': ROWS_JSON,
  });
  tree.set('events/orderApproval/icon.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]));
  return tree;
}

function expectOk(result: ElementEditResult): Extract<ElementEditResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result;
}

function expectProblem(result: ElementEditResult, code: string, message: RegExp): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]).toMatchObject({ severity: 'error', code });
  expect(result.problems[0]?.message).toMatch(message);
}

/** Every path the two trees share holds the very same bytes object (nothing re-encoded). */
function expectUntouched(before: AppTree, after: AppTree, paths: string[]): void {
  for (const path of paths) expect(after.get(path), path).toBe(before.get(path));
}

describe('renameApprovalEvent', () => {
  it('moves every file of the folder and its test cases, keeping bytes that need no change', () => {
    const tree = sampleTree();
    const result = expectOk(renameApprovalEvent(tree, 'events/orderApproval', 'orderPlaced'));
    expect(result.folder).toBe('events/orderPlaced');
    expect([...result.tree.keys()].filter((p) => p.includes('orderApproval/'))).toEqual([]);
    expect(result.tree.has('.event-studio/tests/events/orderApproval.json')).toBe(false);
    // The title is the user's display text, not the name: e.json moves byte for byte.
    expect(result.tree.get('events/orderPlaced/e.json')).toBe(tree.get('events/orderApproval/e.json'));
    expect(result.tree.get('events/orderPlaced/__init__.py')).toBe(
      tree.get('events/orderApproval/__init__.py'),
    );
    expect(result.tree.get('events/orderPlaced/icon.png')).toBe(tree.get('events/orderApproval/icon.png'));
    expect(result.tree.get('events/orderPlaced/notes.md')).toBe(tree.get('events/orderApproval/notes.md'));
    expect(result.tree.get('.event-studio/rows/events/orderPlaced.json')).toBe(
      tree.get('.event-studio/rows/events/orderApproval.json'),
    );
    expectUntouched(tree, result.tree, [
      'app.json',
      'events/orderApproval2/e.json',
      'events/invoiceNotify/e.json',
      'events/invoiceNotify/inner.py',
      'models/OrderModel/e.json',
      '.event-studio/tests/events/orderApproval2.json',
    ]);
    expect(result.tree.size).toBe(tree.size);
  });

  it('rewrites what in the element names it: self-references in its Python, the test file’s element', () => {
    const result = expectOk(renameApprovalEvent(sampleTree(), 'events/orderApproval', 'orderPlaced'));
    expect(readText(result.tree, 'events/orderPlaced/inner.py')).toBe(
      INNER_PY.replace('"events.orderApproval"', '"events.orderPlaced"'),
    );
    expect(readText(result.tree, '.event-studio/tests/events/orderPlaced.json')).toBe(
      TESTS_JSON.replace('"events.orderApproval"', '"events.orderPlaced"'),
    );
  });

  it('makes a title that was the folder name (the New dialog’s default) follow the name', () => {
    const tree = treeFromTexts({
      'events/orderSubmitted/e.json': E_JSON.replace('Order Approval Event', 'orderSubmitted'),
    });
    const result = expectOk(renameApprovalEvent(tree, 'events/orderSubmitted', 'orderPlaced'));
    expect(readText(result.tree, 'events/orderPlaced/e.json')).toBe(
      E_JSON.replace('Order Approval Event', 'orderPlaced'),
    );
  });

  it('reports other elements that name it, once per place, and does not rewrite them', () => {
    const result = expectOk(renameApprovalEvent(sampleTree(), 'events/orderApproval', 'orderPlaced'));
    expect(result.warnings).toEqual([
      {
        severity: 'warning',
        code: 'rename.reference',
        file: 'events/invoiceNotify/inner.py',
        pointer: '',
        line: 2,
        column: 32,
        message:
          'events/invoiceNotify/inner.py line 2 refers to events.orderApproval and is not changed: update it to events.orderPlaced if it means this event.',
      },
    ]);
    expect(readText(result.tree, 'events/invoiceNotify/inner.py')).toBe(OTHER_PY);
  });

  it('allows a change of case only', () => {
    const result = expectOk(renameApprovalEvent(sampleTree(), 'events/orderApproval', 'OrderApproval'));
    expect(result.tree.has('events/OrderApproval/e.json')).toBe(true);
    expect(result.tree.has('events/orderApproval/e.json')).toBe(false);
  });

  it('moves an element nested deeper than events/ within its own parent', () => {
    const tree = treeFromTexts({ 'events/sales/orderApproval/e.json': E_JSON });
    const result = expectOk(renameApprovalEvent(tree, 'events/sales/orderApproval', 'orderPlaced'));
    expect([...result.tree.keys()]).toEqual(['events/sales/orderPlaced/e.json']);
  });

  it.each([
    [
      'a name another element has, whatever its case',
      'OrderApproval2',
      /events\/orderApproval2 already exists/,
    ],
    ['a name that is not a Python identifier', 'order placed', /not a Python identifier/],
    ['an empty name', '', /Give the element a name/],
    ['its own name', 'orderApproval', /already has that name/],
  ])('refuses %s and leaves the tree alone', (_, name, message) => {
    const tree = sampleTree();
    const before = new Map(tree);
    expectProblem(renameApprovalEvent(tree, 'events/orderApproval', name), 'element.name', message);
    expect(tree).toEqual(before);
  });

  it('refuses a folder that is not an approval event, or not there', () => {
    expectProblem(
      renameApprovalEvent(sampleTree(), 'models/OrderModel', 'Other'),
      'element.notApprovalEvent',
      /models\.OrderModel is not an approval event/,
    );
    expectProblem(renameApprovalEvent(sampleTree(), 'events/gone', 'other'), 'element.missing', /no e\.json/);
  });
});

describe('validateElementRename', () => {
  it('says nothing for a good name, and the runtime’s message for a clash', () => {
    const tree = sampleTree();
    expect(validateElementRename(tree, 'events/orderApproval', 'orderPlaced')).toBeUndefined();
    expect(validateElementRename(tree, 'events/orderApproval', 'invoiceNotify')).toBe(
      'events/invoiceNotify already exists; choose another name.',
    );
  });
});

describe('duplicateApprovalEvent', () => {
  it('copies every file beside the original under <name>Copy, sharing bytes that need no change', () => {
    const tree = sampleTree();
    const result = expectOk(duplicateApprovalEvent(tree, 'events/orderApproval'));
    expect(result.folder).toBe('events/orderApprovalCopy');
    for (const name of ['e.json', '__init__.py', 'icon.png', 'notes.md']) {
      expect(result.tree.get(`events/orderApprovalCopy/${name}`)).toBe(
        tree.get(`events/orderApproval/${name}`),
      );
    }
    expectUntouched(tree, result.tree, [...tree.keys()]);
    expect(result.tree.size).toBe(tree.size + 7);
    expect(readText(result.tree, '.event-studio/rows/events/orderApprovalCopy.json')).toBe(ROWS_JSON);
    expect(readText(result.tree, '.event-studio/tests/events/orderApprovalCopy.json')).toContain(
      '"element": "events.orderApprovalCopy"',
    );
    expect(result.warnings).toEqual([]);
  });

  it('keeps a handler that does not name the element the same, byte for byte', () => {
    const tree = treeFromTexts({ 'events/a/e.json': E_JSON, 'events/a/inner.py': OTHER_PY });
    const result = expectOk(duplicateApprovalEvent(tree, 'events/a'));
    expect(result.tree.get('events/aCopy/inner.py')).toBe(tree.get('events/a/inner.py'));
  });

  it('counts up past names that are taken, whatever their case', () => {
    const tree = sampleTree();
    tree.set('events/orderApprovalCopy/e.json', encodeText(E_JSON));
    tree.set('events/OrderApprovalCopy2/e.json', encodeText(E_JSON));
    expect(defaultDuplicateName(tree, 'events/orderApproval')).toBe('orderApprovalCopy3');
    expect(expectOk(duplicateApprovalEvent(tree, 'events/orderApproval')).folder).toBe(
      'events/orderApprovalCopy3',
    );
  });

  it('makes the default a Python identifier when the folder name is not one', () => {
    const tree = treeFromTexts({ 'events/2-order/e.json': E_JSON });
    expect(defaultDuplicateName(tree, 'events/2-order')).toBe('_2_orderCopy');
  });

  it('takes a chosen name, and refuses a clashing one', () => {
    expect(expectOk(duplicateApprovalEvent(sampleTree(), 'events/orderApproval', 'orderCopy')).folder).toBe(
      'events/orderCopy',
    );
    expectProblem(
      duplicateApprovalEvent(sampleTree(), 'events/orderApproval', 'orderApproval'),
      'element.name',
      /events\/orderApproval already exists/,
    );
  });
});

describe('deleteApprovalEvent', () => {
  it('removes the folder and its test cases, and nothing else', () => {
    const tree = sampleTree();
    const result = expectOk(deleteApprovalEvent(tree, 'events/orderApproval'));
    expect(result.folder).toBe('events/orderApproval');
    expect([...result.tree.keys()].sort()).toEqual(
      [
        'app.json',
        'events/orderApproval2/e.json',
        'events/invoiceNotify/e.json',
        'events/invoiceNotify/inner.py',
        'models/OrderModel/e.json',
        '.event-studio/tests/events/orderApproval2.json',
      ].sort(),
    );
    expectUntouched(tree, result.tree, [...result.tree.keys()]);
    expect(tree.has('events/orderApproval/e.json')).toBe(true);
  });

  it('warns about elements that still name it', () => {
    const result = expectOk(deleteApprovalEvent(sampleTree(), 'events/orderApproval'));
    expect(result.warnings.map((w) => [w.code, w.file, w.line])).toEqual([
      ['delete.reference', 'events/invoiceNotify/inner.py', 2],
    ]);
    expect(result.warnings[0]?.message).toBe(
      'events/invoiceNotify/inner.py line 2 refers to events.orderApproval, which the delete removes.',
    );
  });

  it('refuses what is not an approval event', () => {
    expectProblem(
      deleteApprovalEvent(sampleTree(), 'models/OrderModel'),
      'element.notApprovalEvent',
      /not an approval event/,
    );
  });
});
