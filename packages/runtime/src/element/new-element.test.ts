import { describe, expect, it } from 'vitest';
import { treeFromTexts } from '../app/app-tree.js';
import { newApprovalEventFiles, validateNewElementName } from './new-element.js';
import { parseElement } from './parse-element.js';
import { analysePython } from './python-analysis.js';

describe('newApprovalEventFiles', () => {
  it.each([
    ['Process', ['eventOutData']],
    ['NodeChange', ['eventOutData', 'triggerNode']],
    ['NodeHandled', ['eventOutData', 'handleType', 'nodeId', 'nodeTitle']],
  ] as const)('writes a %s handler with the operate’s signature', (operate, params) => {
    const files = newApprovalEventFiles({ name: 'orderSubmitted', operate, model: 'models.OrderModel' });
    const { element } = parseElement('events/orderSubmitted', files['e.json'] as string);
    expect(element).toMatchObject({
      operate,
      func: 'inner.handleOrderSubmitted',
      funcType: 'inner',
      spelling: 'seed',
    });
    const fn = analysePython(files['inner.py'] as string, 'inner.py').functions.find(
      (f) => f.name === 'handleOrderSubmitted',
    );
    expect(fn?.params.map((p) => p.name)).toEqual(params);
    expect(files['__init__.py']).toBe('');
    expect(files['e.json']).toMatch(/^\{\n {4}"title"/);
  });
});

describe('validateNewElementName', () => {
  const tree = treeFromTexts({ 'events/orderApproval/e.json': '{}' });
  it('accepts a fresh identifier', () =>
    expect(validateNewElementName(tree, 'orderSubmitted')).toBeUndefined());
  it('refuses what is not a Python identifier', () =>
    expect(validateNewElementName(tree, '2-bad name')).toMatch(/not a Python identifier/));
  it('refuses a name that exists, whatever its case', () =>
    expect(validateNewElementName(tree, 'OrderApproval')).toMatch(/events\/orderApproval already exists/));
  it.each(['CON', 'aux', 'com1', 'LPT9'])('refuses the Windows device name %s', (name) =>
    expect(validateNewElementName(tree, name)).toMatch(
      /reserved device name on Windows.*choose another name/,
    ),
  );
  it('asks for a name when empty', () =>
    expect(validateNewElementName(tree, '')).toMatch(/Give the element a name/));
});
