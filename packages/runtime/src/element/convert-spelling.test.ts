import { describe, expect, it } from 'vitest';
import { convertSpelling } from './convert-spelling.js';
import { parseElement } from './parse-element.js';
import { testAppContext } from './test-app-context.js';
import { validateElement } from './validate-element.js';

const SEED_HANDLED = `{
    "title": "Leave",
    "type": "events.WorkflowType",
    "backendBundleEntry": ".",
    "model": "models.LeaveModel",
    "operate": "NodeHandled",
    "handleType": ["agree", "transfer"],
    "handleNode": "hrApproval",
    "func": "inner.onHandled",
    "funcType": "inner"
}
`;
const SEED_PY = `from jit.commons.utils.logger import log


def onHandled(eventOutData, action, nodeId, nodeTitle):
    """Docstring."""
    log.info(f"{action} on {nodeTitle}")


def helper(x):
    return x
`;

const SEED_CHANGE = `{
    "title": "Change",
    "type": "events.WorkflowType",
    "backendBundleEntry": ".",
    "model": "models.OrderModel",
    "operate": "NodeChange",
    "triggerNode": ["node1", "managerApproval"],
    "func": "inner.onChange",
    "funcType": "inner"
}
`;

function issuesOf(eJson: string, innerPy: string | undefined) {
  return validateElement({ folder: 'events/a', eJsonText: eJson, innerPy, context: testAppContext() });
}

describe('convertSpelling', () => {
  it('seed → newer: e.json words, customFunc, extras re-bound from eventOutData', () => {
    const out = convertSpelling({ eJson: SEED_HANDLED, innerPy: SEED_PY }, 'newer');
    expect(out.eJson).toBe(
      SEED_HANDLED.replace('"transfer"', '"transmit"')
        .replace('    "func": "inner.onHandled",\n', '')
        .replace('"funcType": "inner"', '"funcType": "Inner",\n    "enable": 1'),
    );
    expect(out.innerPy).toBe(`from jit.commons.utils.logger import log


def customFunc(eventOutData):
    """Docstring."""
    action = eventOutData.handleType.value
    nodeId = eventOutData.nodeId.value
    nodeTitle = eventOutData.nodeTitle.value
    log.info(f"{action} on {nodeTitle}")


def helper(x):
    return x
`);
    expect(issuesOf(SEED_HANDLED, SEED_PY)).toEqual([]);
    expect(issuesOf(out.eJson, out.innerPy)).toEqual([]);
  });

  it('seed → newer prefixes trigger nodes with before. (a plain id fires on reaching the node)', () => {
    const py = 'def onChange(eventOutData, triggerNode):\n    return triggerNode\n';
    const out = convertSpelling({ eJson: SEED_CHANGE, innerPy: py }, 'newer');
    expect(parseElement('events/a', out.eJson).element?.triggerNode).toEqual([
      'before.node1',
      'before.managerApproval',
    ]);
    expect(out.innerPy).toBe(
      'def customFunc(eventOutData):\n    triggerNode = eventOutData.triggerNode.value\n    return triggerNode\n',
    );
    expect(issuesOf(out.eJson, out.innerPy)).toEqual([]);
  });

  it('newer → seed: keeps customFunc, writes func, appends the seed extras', () => {
    const newer = convertSpelling(
      { eJson: SEED_CHANGE, innerPy: 'def onChange(e, t):\n    pass\n' },
      'newer',
    );
    const back = convertSpelling(
      { eJson: newer.eJson, innerPy: 'def customFunc(eventOutData):\n    pass\n' },
      'seed',
    );
    const element = parseElement('events/a', back.eJson).element;
    expect(element).toMatchObject({
      spelling: 'seed',
      func: 'inner.customFunc',
      triggerNode: ['node1', 'managerApproval'],
    });
    expect(back.eJson).toContain('"func": "inner.customFunc",\n    "funcType": "inner"\n}');
    expect(back.innerPy).toBe('def customFunc(eventOutData, triggerNode):\n    pass\n');
    expect(issuesOf(back.eJson, back.innerPy)).toEqual([]);
  });

  it('keeps keyword-only parameters behind their bare star', () => {
    const newer = convertSpelling({ eJson: SEED_HANDLED }, 'newer');
    const back = convertSpelling(
      { eJson: newer.eJson, innerPy: 'def customFunc(e, *, k=1):\n    pass\n' },
      'seed',
    );
    expect(back.innerPy).toBe('def customFunc(e, handleType, nodeId, nodeTitle, *, k=1):\n    pass\n');
  });

  it('is the identity when already in that spelling or unreadable', () => {
    const files = { eJson: SEED_CHANGE, innerPy: 'x' };
    expect(convertSpelling(files, 'seed')).toBe(files);
    const broken = { eJson: '{', innerPy: 'x' };
    expect(convertSpelling(broken, 'newer')).toBe(broken);
  });

  it('leaves a global handler inner.py alone', () => {
    const eJson = '{"operate":"Process","func":"services.NotificationSvc.onHandled","funcType":"global"}';
    const out = convertSpelling({ eJson, innerPy: 'def f(): pass\n' }, 'newer');
    expect(out).toEqual({
      eJson:
        '{"operate":"Process","func":"services.NotificationSvc.onHandled","funcType":"Global","enable":1}',
      innerPy: 'def f(): pass\n',
    });
  });
});
