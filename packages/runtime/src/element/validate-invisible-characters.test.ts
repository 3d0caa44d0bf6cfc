import { describe, expect, it } from 'vitest';
import type { AppContext, ModelInfo } from '../app/app-context.types.js';
import { treeFromTexts } from '../app/app-tree.js';
import { issueText } from '../issue/issue-text.js';
import { hasErrors } from '../issue/validation-issue.js';
import { testAppContext } from './test-app-context.js';
import { validateApp } from './validate-app.js';
import { validateElement } from './validate-element.js';
import { findInvisibleCharacters, showInvisibleCharacters } from './validate-invisible-characters.js';

const INNER = 'def handleOrderApproval(eventOutData):\n    pass\n';

function eJson(config: Record<string, unknown> = {}): string {
  return JSON.stringify({
    title: 'Order Approval Event',
    type: 'events.WorkflowType',
    backendBundleEntry: '.',
    model: 'models.OrderModel',
    operate: 'Process',
    func: 'inner.handleOrderApproval',
    funcType: 'inner',
    ...config,
  });
}

function invisibleIssues(
  config: Record<string, unknown> = {},
  context = testAppContext(),
  folder = 'events/a',
) {
  return validateElement({ folder, eJsonText: eJson(config), innerPy: INNER, context }).filter(
    (found) => found.code === 'text.invisibleCharacter',
  );
}

/** The test app with fields on models.OrderModel (one inherited) and node titles in its workflow. */
function contextWith(orderModel: ModelInfo): AppContext {
  const base = testAppContext();
  const models = new Map(base.models);
  models.set('models.OrderModel', orderModel);
  const workflows = base.workflows.map((workflow) =>
    workflow.fullName !== 'workflows.OrderApproval'
      ? workflow
      : {
          ...workflow,
          nodes: workflow.nodes.map((node) =>
            node.id === 'node1'
              ? { ...node, title: 'Manager\u200B Approval' }
              : node.id === 'managerApproval'
                ? { ...node, title: 'Manager Approval\u2066' }
                : node,
          ),
        },
  );
  return { ...base, models, workflows };
}

describe('findInvisibleCharacters', () => {
  it.each([
    [0x00ad, 'SOFT HYPHEN'],
    [0x200b, 'ZERO WIDTH SPACE'],
    [0x200c, 'ZERO WIDTH NON-JOINER'],
    [0x200d, 'ZERO WIDTH JOINER'],
    [0x200e, 'LEFT-TO-RIGHT MARK'],
    [0x200f, 'RIGHT-TO-LEFT MARK'],
    [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
    [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
    [0x202c, 'POP DIRECTIONAL FORMATTING'],
    [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
    [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
    [0x2060, 'WORD JOINER'],
    [0x2061, 'FUNCTION APPLICATION'],
    [0x2062, 'INVISIBLE TIMES'],
    [0x2063, 'INVISIBLE SEPARATOR'],
    [0x2064, 'INVISIBLE PLUS'],
    [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
    [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
    [0x2068, 'FIRST STRONG ISOLATE'],
    [0x2069, 'POP DIRECTIONAL ISOLATE'],
    [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
    [0x061c, 'ARABIC LETTER MARK'],
    [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
    [0x3164, 'HANGUL FILLER'],
    [0xe0041, 'TAG CHARACTER'],
    [0x110bd, 'FORMAT CHARACTER'],
  ])('finds U+%s in "Order"', (value, name) => {
    const char = String.fromCodePoint(value);
    const codePoint = `U+${value.toString(16).toUpperCase().padStart(4, '0')}`;
    expect(findInvisibleCharacters(`Ord${char}er`)).toEqual([{ codePoint, name, position: 4 }]);
  });

  it('counts positions in characters, as a person does (an emoji is one)', () => {
    expect(findInvisibleCharacters('😀a\u202Eb\u200Bc')).toEqual([
      { codePoint: 'U+202E', name: 'RIGHT-TO-LEFT OVERRIDE', position: 3 },
      { codePoint: 'U+200B', name: 'ZERO WIDTH SPACE', position: 5 },
    ]);
  });

  it('finds nothing in ordinary titles of any script', () => {
    for (const title of ['Order Approval Event', '订单审批事件', 'موافقة الطلب', 'Überprüfung – 2', 'a\tb']) {
      expect(findInvisibleCharacters(title)).toEqual([]);
    }
  });

  it('accepts a joiner inside a word of a joining script or an emoji, not between Latin letters', () => {
    expect(findInvisibleCharacters('می\u200Cخواهم')).toEqual([]);
    expect(findInvisibleCharacters('क्\u200Dष')).toEqual([]);
    expect(findInvisibleCharacters('👩\u200D💻')).toEqual([]);
    expect(findInvisibleCharacters('Or\u200Dder')).toHaveLength(1);
    expect(findInvisibleCharacters('\u200Dمی')).toHaveLength(1);
  });

  it('writes the characters out for a message', () => {
    expect(showInvisibleCharacters('Order\u202E Event\u200B')).toBe('Order<U+202E> Event<U+200B>');
  });
});

describe('validateElement: invisible characters', () => {
  it('warns about a title with a right-to-left override, naming it, where it is and what to do', () => {
    const [found, ...rest] = invisibleIssues({ title: 'Order Approval\u202E Event' });
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      severity: 'warning',
      code: 'text.invisibleCharacter',
      file: 'events/a/e.json',
      pointer: '/title',
    });
    expect(found?.message).toBe(
      "title 'Order Approval<U+202E> Event' contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE at position 15; remove it: it makes two names look the same, or turns the text beside it around",
    );
    // The message itself carries no invisible character: it cannot turn the studio's text around.
    expect(findInvisibleCharacters(found?.message ?? '')).toEqual([]);
  });

  it('tells three look-alike "Order Approval Event" titles apart: only the real one is quiet', () => {
    expect(invisibleIssues({ title: 'Order Approval Event' })).toEqual([]);
    expect(invisibleIssues({ title: 'Order\u200B Approval Event' })[0]?.message).toContain('U+200B');
    expect(invisibleIssues({ title: '\uFEFFOrder Approval Event\u2060' })[0]?.message).toContain(
      'U+FEFF ZERO WIDTH NO-BREAK SPACE at position 1 (and 1 more)',
    );
  });

  it('warns, and only warns: an event with a hidden character can still be exported', () => {
    const issues = validateElement({
      folder: 'events/a',
      eJsonText: eJson({ title: 'x\u202E' }),
      innerPy: INNER,
      context: testAppContext(),
    });
    expect(issues.map((found) => found.code)).toEqual(['text.invisibleCharacter']);
    expect(hasErrors(issues)).toBe(false);
  });

  it('warns about a folder name with a zero-width space, beside its identifier error', () => {
    const issues = validateElement({
      folder: 'events/order\u200BApproval',
      eJsonText: eJson(),
      innerPy: INNER,
      context: testAppContext(),
    });
    expect(issues.map((found) => found.code)).toEqual(['folder.notIdentifier', 'text.invisibleCharacter']);
    expect(issues[1]).toMatchObject({ severity: 'warning', pointer: '' });
    expect(issues[1]?.message).toContain("folder name 'order<U+200B>Approval'");
  });

  it("warns about the model's field names and titles, on their line of model.py", () => {
    const context = contextWith({
      fullName: 'models.OrderModel',
      folder: 'models/OrderModel',
      fields: [
        { name: 'orderNo', type: 'Serial', title: 'Order No', line: 8 },
        { name: 'amo\u200Bunt', type: 'Money', title: 'Amount', line: 9 },
        { name: 'status', type: 'Stext', title: 'Status\u202E', line: 10 },
        { name: 'owner', type: 'Member', title: 'Owner\u00AD', line: 4, inheritedFrom: 'models.LeaveModel' },
      ],
    });
    const issues = invisibleIssues({}, context);
    expect(issues.map(({ file, line, params }) => ({ file, line, kind: params?.kind }))).toEqual([
      { file: 'models/OrderModel/model.py', line: 9, kind: 'fieldName' },
      { file: 'models/OrderModel/model.py', line: 10, kind: 'fieldTitle' },
      { file: 'models/LeaveModel/model.py', line: 4, kind: 'fieldTitle' },
    ]);
    expect(issues.every((found) => found.severity === 'warning')).toBe(true);
    expect(issues[0]?.message).toContain("the name of a field of models.OrderModel 'amo<U+200B>unt'");
    expect(issues[1]?.message).toContain("the title of field status of models.OrderModel 'Status<U+202E>'");
  });

  it('warns about the titles of the workflow nodes the event refers to, and no others', () => {
    const context = contextWith({ fullName: 'models.OrderModel', folder: 'models/OrderModel', fields: [] });
    const nodeChange = invisibleIssues(
      { operate: 'NodeChange', triggerNode: ['after.node1'], func: 'inner.handleOrderApproval' },
      context,
    );
    expect(nodeChange).toHaveLength(1);
    expect(nodeChange[0]).toMatchObject({ file: 'workflows/OrderApproval/config.json', pointer: '' });
    expect(nodeChange[0]?.message).toContain(
      "the title of node 'node1' of workflows.OrderApproval 'Manager<U+200B> Approval'",
    );
    const handled = invisibleIssues({ operate: 'NodeHandled', handleNode: 'managerApproval' }, context);
    expect(handled.map((found) => found.params?.codePoint)).toEqual(['U+2066']);
    expect(invisibleIssues({}, context)).toEqual([]);
  });

  it('is told in Chinese for each place, with the code point and position', () => {
    const context = contextWith({
      fullName: 'models.OrderModel',
      folder: 'models/OrderModel',
      fields: [{ name: 'status', type: 'Stext', title: 'Status\u202E', line: 10 }],
    });
    const issues = [
      ...invisibleIssues({ title: 'A\u202Eb', operate: 'NodeChange', triggerNode: ['node1'] }, context),
      ...invisibleIssues({}, testAppContext(), 'events/b\u200B'),
    ];
    expect(issues.map((found) => issueText(found, 'zh-CN'))).toEqual([
      "标题 'A<U+202E>b' 的第 2 个字符是不可见字符 U+202E RIGHT-TO-LEFT OVERRIDE；请删除它：它会让两个名称看起来一样，或让旁边的文字顺序颠倒",
      "模型 models.OrderModel 的字段 status 的标题 'Status<U+202E>' 的第 7 个字符是不可见字符 U+202E RIGHT-TO-LEFT OVERRIDE；请删除它：它会让两个名称看起来一样，或让旁边的文字顺序颠倒",
      "流程 workflows.OrderApproval 的节点 'node1' 的标题 'Manager<U+200B> Approval' 的第 8 个字符是不可见字符 U+200B ZERO WIDTH SPACE；请删除它：它会让两个名称看起来一样，或让旁边的文字顺序颠倒",
      "文件夹名 'b<U+200B>' 的第 2 个字符是不可见字符 U+200B ZERO WIDTH SPACE；请删除它：它会让两个名称看起来一样，或让旁边的文字顺序颠倒",
    ]);
  });
});

describe('validateApp: invisible characters', () => {
  it("tells a hidden character in a model's field once, however many events watch the model", () => {
    const context = contextWith({
      fullName: 'models.OrderModel',
      folder: 'models/OrderModel',
      fields: [{ name: 'status', type: 'Stext', title: 'Status\u202E', line: 10 }],
    });
    const tree = treeFromTexts({
      'events/a/e.json': eJson({ title: 'A\u202E' }),
      'events/a/inner.py': INNER,
      'events/b/e.json': eJson({ title: 'B\u202E' }),
      'events/b/inner.py': INNER,
    });
    expect(validateApp(tree, context).map(({ file, pointer }) => `${file} ${pointer}`)).toEqual([
      'events/a/e.json /title',
      'models/OrderModel/model.py ',
      'events/b/e.json /title',
    ]);
  });
});
