import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeFromTexts } from '../app/app-tree.js';
import { testAppContext } from './test-app-context.js';
import { describeApprovalEvents, validateApp } from './validate-app.js';
import { validateElement } from './validate-element.js';

const context = testAppContext();

const NEWER_CHANGE = JSON.stringify({
  title: 'Newer',
  type: 'events.WorkflowType',
  backendBundleEntry: '.',
  model: 'models.OrderModel',
  operate: 'NodeChange',
  triggerNode: ['after.StartNode', 'before.StartNode', 'node1'],
  funcType: 'Inner',
  enable: 1,
});
const CUSTOM = 'def customFunc(eventOutData):\n    pass\n';

describe('validateElement', () => {
  it('accepts a newer element with prefixed and bare trigger nodes', () => {
    expect(
      validateElement({ folder: 'events/n', eJsonText: NEWER_CHANGE, innerPy: CUSTOM, context }),
    ).toEqual([]);
  });

  it('takes a newer handler that also asks for the node, as the platform passes what a signature takes', () => {
    const innerPy = 'def customFunc(eventOutData, triggerNode):\n    pass\n';
    expect(validateElement({ folder: 'events/n', eJsonText: NEWER_CHANGE, innerPy, context })).toEqual([]);
  });

  it('flags a handler that requires more than eventOutData and the operate’s extras', () => {
    const issues = validateElement({
      folder: 'events/n',
      eJsonText: NEWER_CHANGE,
      innerPy: 'def customFunc(eventOutData, triggerNode, approver):\n    pass\n',
      context,
    });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'handler.signature', file: 'events/n/inner.py', line: 1 }),
    ]);
    expect(issues[0]?.message).toContain('write def customFunc(eventOutData)');
  });

  it('points at funcType when a newer Inner handler is missing', () => {
    const issues = validateElement({ folder: 'events/n', eJsonText: NEWER_CHANGE, context });
    expect(issues).toEqual([expect.objectContaining({ code: 'inner.fileMissing', pointer: '/funcType' })]);
  });

  it('does not count its own full name as a duplicate', () => {
    const issues = validateElement({
      folder: 'events/n',
      eJsonText: NEWER_CHANGE,
      innerPy: CUSTOM,
      context,
      otherFullNames: ['events.n', 'events.m'],
    });
    expect(issues).toEqual([]);
  });

  it('reports every problem at once', () => {
    const text = '{"title":"","type":"x","operate":"Proces","funcType":"inner","func":"inner.f"}';
    const codes = validateElement({ folder: 'events/1bad', eJsonText: text, context }).map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'field.required',
        'type.fixed',
        'operate.invalid',
        'folder.notIdentifier',
        'inner.fileMissing',
      ]),
    );
  });

  it('never throws and returns well-formed issues for arbitrary JSON', () => {
    const keys = fc.constantFrom(
      'title',
      'type',
      'backendBundleEntry',
      'model',
      'operate',
      'func',
      'funcType',
      'triggerNode',
      'handleType',
      'handleNode',
      'enable',
      '__proto__',
      'constructor',
    );
    const elementish = fc.dictionary(keys, fc.jsonValue());
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), elementish),
        fc.option(fc.string(), { nil: undefined }),
        (value, py) => {
          const issues = validateElement({
            folder: 'events/x',
            eJsonText: JSON.stringify(value) ?? '',
            innerPy: py,
            context,
          });
          for (const i of issues) {
            expect(i.code).not.toBe('internal.error');
            expect(['error', 'warning']).toContain(i.severity);
            expect(i.pointer === '' || i.pointer.startsWith('/')).toBe(true);
            expect(i.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  // Revalidation speed (< 5 ms as the user types) is measured by `npm run bench` (revalidateOneMs),
  // not asserted here: test machines are too noisy for timings.
});

describe('validateApp', () => {
  const good = JSON.stringify({
    title: 'Order',
    type: 'events.WorkflowType',
    backendBundleEntry: '.',
    model: 'models.OrderModel',
    operate: 'Process',
    func: 'inner.h',
    funcType: 'inner',
  });
  const tree = treeFromTexts({
    'app.json': '{}',
    'events/orderApproval/e.json': good,
    'events/orderApproval/inner.py': 'def h(eventOutData):\n    pass\n',
    'events/OrderApproval/e.json': good,
    'events/OrderApproval/inner.py': 'def h(eventOutData):\n    pass\n',
    'events/broken/e.json': '{"title": ',
    'events/other/e.json': '{"type": "events.ModelType", "operate": "nonsense"}',
    'models/OrderModel/e.json': '{"type": "models.NormalType"}',
  });

  it('validates approval events only, and every one of them', () => {
    const issues = validateApp(tree, context);
    expect(issues.map((i) => `${i.file} ${i.code}`).sort()).toEqual([
      'events/OrderApproval/e.json fullName.duplicate',
      'events/broken/e.json json.syntax',
      'events/orderApproval/e.json fullName.duplicate',
    ]);
  });

  it('describes each readable approval event', () => {
    expect(describeApprovalEvents(tree)).toEqual([
      { fullName: 'events.OrderApproval', operate: 'Process', spelling: 'seed' },
      { fullName: 'events.orderApproval', operate: 'Process', spelling: 'seed' },
    ]);
  });
});
