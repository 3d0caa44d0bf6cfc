import type { IssueTexts } from './issue-text.js';
import type { IssueParams } from './validation-issue.js';

// Chinese for the issues of an approval event (its e.json and inner.py). Each text says what is
// wrong and what would be right, as the English one does; names, ids and code stay as written.
// Codes without a text here (e.json's JSON syntax, the app's models, workflows and services) are
// shown in English.

const SHOWN_NAMES = 8;

/** A list param (names joined by ", ") as Chinese shows it: 、-separated, at most eight, or 无. */
function names(joined: string | undefined): string {
  const all = joined === undefined || joined === '' ? [] : joined.split(', ');
  if (all.length === 0) return '无';
  const shown = all.slice(0, SHOWN_NAMES).join('、');
  return all.length > SHOWN_NAMES ? `${shown}（另有 ${all.length - SHOWN_NAMES} 个）` : shown;
}

/** What a JSON value was, from jsonTypeParams' gotKind and gotValue. */
function got(p: IssueParams): string {
  switch (p.gotKind) {
    case 'null':
      return 'null';
    case 'array':
      return '一个数组';
    case 'object':
      return '一个对象';
    case 'string':
      return `字符串 ${p.gotValue}`;
    case 'number':
      return `数字 ${p.gotValue}`;
    case 'boolean':
      return `布尔值 ${p.gotValue}`;
    default:
      return p.gotKind ?? '';
  }
}

/** triggerNode / handleType of the wrong shape, or one of their items. */
function listType(p: IssueParams): string {
  if (p.shape === 'item') return `${p.field} 的每一项都必须是字符串；当前为 ${got(p)}`;
  const shape = p.shape === 'list' ? '节点 id 字符串的列表' : '字符串或字符串列表';
  return `${p.field} 必须是${shape}；当前为 ${got(p)}`;
}

const at = (p: IssueParams): string => `Python 语法错误（第 ${p.line} 行第 ${p.column} 列）`;

/** Where an invisible character is: the event's title or folder, a field of its model, a node. */
function invisibleSubject(p: IssueParams): string {
  switch (p.kind) {
    case 'title':
      return '标题';
    case 'folder':
      return '文件夹名';
    case 'fieldName':
      return `模型 ${p.model} 的字段名`;
    case 'fieldTitle':
      return `模型 ${p.model} 的字段 ${p.field} 的标题`;
    case 'nodeTitle':
      return `流程 ${p.workflow} 的节点 '${p.node}' 的标题`;
    default:
      return p.kind ?? '';
  }
}

export const ZH_ISSUE_TEXTS: IssueTexts = {
  'json.notObject': (p) => `e.json 必须是一个 JSON 对象 {…}；当前为 ${got(p)}`,
  'field.type': (p) => `${p.field} 必须是字符串，例如 ${p.example}；当前为 ${got(p)}`,
  'type.fixed': (p) => `审批事件的 type 必须是 "events.WorkflowType"；当前为 '${p.type}'`,
  'operate.invalid': (p) => `operate 必须是 Process、NodeChange 或 NodeHandled；当前为 '${p.operate}'`,
  'funcType.invalid': (p) => `funcType 必须是 '${p.first}' 或 '${p.second}'；当前为 '${p.funcType}'`,
  'func.mismatch': (p) =>
    `func '${p.func}' 与 funcType '${p.funcType}' 不符：应为 ${p.expected}，或将 funcType 设为 '${p.fixType}'`,
  'handleNode.type': (p) => `handleNode 必须是节点 id 字符串，例如 "approvalNode"；当前为 ${got(p)}`,
  'enable.invalid': (p) => `enable 必须是 1（启用）或 0（停用）；当前为 ${got(p)}`,
  'field.notForOperate': (p) =>
    `${p.field} 只用于 ${p.owner} 事件，对 ${p.operate} 事件无效；请删除它，或将 operate 设为 ${p.owner}`,
  'triggerNode.type': (p) => listType(p),
  'handleType.type': (p) => listType(p),
  'inner.fileMissing': (p) =>
    `处理函数 ${p.func} 需要 ${p.file}，但该文件不存在；请添加它，并写上 ${p.signature}`,
  'field.required': (p) => `${p.field} 不能为空；请填写，例如 ${p.example}`,
  'func.malformed': (p) =>
    `func 必须是 'inner.<函数名>' 或 'services.<服务名>.<函数名>'（均为 Python 标识符）；当前为 '${p.func}'`,
  'folder.notIdentifier': (p) =>
    `文件夹名 '${p.segment}' 不是 Python 标识符；只能使用字母、数字和 _，且不能以数字开头（例如 '${p.suggestion}'）`,
  'fullName.duplicate': (p) =>
    `元素 ${p.name} 与 ${p.clash} 重名（忽略大小写后名称必须不同，与平台上的文件夹一致）；请重命名此文件夹`,
  'triggerNode.empty': () =>
    'NodeChange 事件至少需要一个触发节点；请在 triggerNode 中列出节点 id，例如 ["approvalNode"]',
  'triggerNode.unknown': (p) =>
    `触发节点 '${p.node}' 不是流程 ${p.workflow} 的节点；它的节点有：${names(p.names)}`,
  'handleNode.required': () => 'NodeHandled 事件需要指定处理后触发它的节点；请将 handleNode 设为一个节点 id',
  'handleNode.unknown': (p) =>
    `处理节点 '${p.node}' 不是流程 ${p.workflow} 的节点；请使用其中之一：${names(p.names)}`,
  'handleNode.endNode': (p) =>
    `处理节点 '${p.node}' 是流程 ${p.workflow} 的结束节点，结束节点不会被处理；请选择一个审批节点`,
  'handleType.unknown': (p) =>
    `节点 '${p.node}' 不提供处理方式 '${p.type}'，在节点提供之前此事件不会因它触发；它提供：${names(p.names)}`,
  'handleType.unverifiable': (p) =>
    `节点 '${p.node}' 没有声明处理按钮，无法校验 handleType；请在流程的 nodeConfig 中添加 handleList`,
  'model.unknown': (p) => `模型 '${p.model}' 不是本应用的模型；请使用其中之一：${names(p.names)}`,
  'model.noWorkflow': (p) =>
    `模型 '${p.model}' 没有审批流程；请创建 dataModel 为 ${p.model} 的流程，或选择一个有流程的模型`,
  'inner.functionMissing': (p) =>
    `${p.file} 没有定义顶层函数 '${p.name}'；请添加 ${p.signature}，或将 func 指向其中之一：${names(p.names)}`,
  'handler.signature': (p) =>
    `${p.name} 的参数与调用方式不符：平台会以 ${p.count} 个位置参数（${p.args}）调用它；请写成 ${p.signature}`,
  'global.unknownService': (p) => `服务 '${p.service}' 不在本应用中；请使用其中之一：${names(p.names)}`,
  'global.unknownFunction': (p) =>
    `服务 ${p.service} 的 functionList 中没有函数 '${p.function}'；请使用其中之一：${names(p.names)}`,
  'text.invisibleCharacter': (p) => {
    const more = Number(p.count) > 1 ? `（另有 ${Number(p.count) - 1} 个）` : '';
    return `${invisibleSubject(p)} '${p.text}' 的第 ${p.position} 个字符是不可见字符 ${p.codePoint} ${p.name}${more}；请删除它：它会让两个名称看起来一样，或让旁边的文字顺序颠倒`;
  },
  'python.syntax': (p) => {
    switch (p.kind) {
      case 'unterminatedString':
        return p.quote?.length === 3
          ? `${at(p)}：字符串 ${p.text} 没有结束；请用 ${p.quote} 结束它`
          : `${at(p)}：字符串 ${p.text} 在本行没有结束；请用 ${p.quote} 结束它，多行文本请用 ${p.quote?.repeat(3)}`;
      case 'unclosedBracket':
        return `${at(p)}：这个 '${p.open}' 没有闭合；请补上对应的 '${p.close}'`;
      default: {
        const where =
          p.rest === undefined
            ? `${p.lineText} 的末尾`
            : p.rest === p.lineText
              ? p.lineText
              : `${p.lineText} 中的 ${p.rest}`;
        return `${at(p)}，位于 ${where}（或紧挨其前）；请修正这条语句，使模块能够被导入`;
      }
    }
  },
};
