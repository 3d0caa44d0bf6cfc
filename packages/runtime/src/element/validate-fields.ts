import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import { APPROVAL_EVENT_TYPE, type ApprovalEvent, OPERATES } from './approval-event.types.js';
import { describeJsonType, jsonTypeParams } from './parse-element.js';
import { funcTypeValues, isIdentifier } from './spelling.js';

const INNER_FUNC = /^inner\.[A-Za-z_][A-Za-z0-9_]*$/;
const GLOBAL_FUNC = /^services\.[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;

/** The fields an operate owns; on another operate they are ignored (and warned about). */
const OPERATE_FIELDS: Readonly<Record<string, string>> = {
  triggerNode: 'NodeChange',
  handleType: 'NodeHandled',
  handleNode: 'NodeHandled',
};

const EXAMPLES: Readonly<Record<string, string>> = {
  title: '"Order Approval Event"',
  type: `"${APPROVAL_EVENT_TYPE}"`,
  backendBundleEntry: '"."',
  model: '"models.OrderModel"',
  operate: '"Process", "NodeChange" or "NodeHandled"',
  func: '"inner.handleOrderApproval" or "services.NotificationSvc.send"',
};

/** The e.json rules that need nothing but the file itself: presence, types and allowed values. */
export function validateFields(element: ApprovalEvent, file: string): ValidationIssue[] {
  const c = element.config;
  const found: ValidationIssue[] = [];
  const newerInner = element.spelling === 'newer' && element.funcType === 'inner';
  const required = ['title', 'type', 'backendBundleEntry', 'model', 'operate', 'funcType', 'func'].filter(
    // The newer spelling defaults funcType to Global and has no func for Inner handlers.
    (key) => !(element.spelling === 'newer' && key === 'funcType') && !(newerInner && key === 'func'),
  );
  for (const key of required) {
    const value = c[key];
    const example = EXAMPLES[key] ?? `"${funcTypeValues(element.spelling).join('" or "')}"`;
    if (value === undefined || value === null || value === '') {
      found.push(
        issue('error', 'field.required', file, `/${key}`, `${key} is required; set it, e.g. ${example}`, {
          params: { field: key, example },
        }),
      );
    } else if (typeof value !== 'string') {
      const got = describeJsonType(value);
      found.push(
        issue(
          'error',
          'field.type',
          file,
          `/${key}`,
          `${key} must be a string, e.g. ${example}; got ${got}`,
          {
            params: { field: key, example, ...jsonTypeParams(value) },
          },
        ),
      );
    }
  }
  if (typeof c.type === 'string' && c.type !== '' && c.type !== APPROVAL_EVENT_TYPE) {
    const message = `type must be "${APPROVAL_EVENT_TYPE}" for an approval event; got '${c.type}'`;
    found.push(issue('error', 'type.fixed', file, '/type', message, { params: { type: c.type } }));
  }
  if (typeof c.operate === 'string' && c.operate !== '' && !isOperate(c.operate)) {
    const message = `operate must be Process, NodeChange or NodeHandled; got '${c.operate}'`;
    found.push(
      issue('error', 'operate.invalid', file, '/operate', message, { params: { operate: c.operate } }),
    );
  }
  found.push(...funcTypeIssues(element, file), ...funcIssues(element, file), ...shapeIssues(element, file));
  return found;
}

function isOperate(value: string): boolean {
  return (OPERATES as readonly string[]).includes(value);
}

function funcTypeIssues(element: ApprovalEvent, file: string): ValidationIssue[] {
  const raw = element.config.funcType;
  if (typeof raw !== 'string' || raw === '') return [];
  const own = funcTypeValues(element.spelling);
  if (own.includes(raw)) return [];
  const message = `funcType must be '${own[0]}' or '${own[1]}'; got '${raw}'`;
  const params = { funcType: raw, first: own[0] ?? '', second: own[1] ?? '' };
  return [issue('error', 'funcType.invalid', file, '/funcType', message, { params })];
}

function funcIssues(element: ApprovalEvent, file: string): ValidationIssue[] {
  const raw = element.config.func;
  if (typeof raw !== 'string' || raw === '') return [];
  if (!INNER_FUNC.test(raw) && !GLOBAL_FUNC.test(raw)) {
    const message = `func must be 'inner.<function>' or 'services.<Service>.<function>' (Python identifiers); got '${raw}'`;
    return [issue('error', 'func.malformed', file, '/func', message, { params: { func: raw } })];
  }
  const rawType = element.config.funcType;
  if (typeof rawType !== 'string' || !['inner', 'global'].includes(rawType.toLowerCase())) return [];
  const expected = element.funcType === 'inner' ? 'inner.<function>' : 'services.<Service>.<function>';
  const fits = element.funcType === 'inner' ? INNER_FUNC.test(raw) : GLOBAL_FUNC.test(raw);
  if (fits) return [];
  const fixType = spellOther(element);
  const message = `func '${raw}' does not match funcType '${rawType}': it should be ${expected}, or set funcType to '${fixType}'`;
  const params = { func: raw, funcType: rawType, expected, fixType };
  return [issue('error', 'func.mismatch', file, '/func', message, { params })];
}

function spellOther(element: ApprovalEvent): string {
  const [inner, global] = funcTypeValues(element.spelling);
  return element.funcType === 'inner' ? global : inner;
}

/** List fields' shapes, enable's values, fields on the wrong operate, the folder name. */
function shapeIssues(element: ApprovalEvent, file: string): ValidationIssue[] {
  const c = element.config;
  const found: ValidationIssue[] = [];
  const triggerNode = c.triggerNode;
  if (triggerNode !== undefined) found.push(...listIssues(triggerNode, 'triggerNode', file, false));
  if (c.handleType !== undefined) found.push(...listIssues(c.handleType, 'handleType', file, true));
  if (c.handleNode !== undefined && typeof c.handleNode !== 'string') {
    const message = `handleNode must be a node id string, e.g. "approvalNode"; got ${describeJsonType(c.handleNode)}`;
    found.push(
      issue('error', 'handleNode.type', file, '/handleNode', message, {
        params: jsonTypeParams(c.handleNode),
      }),
    );
  }
  if ('enable' in c && c.enable !== 0 && c.enable !== 1) {
    const message = `enable must be 1 (on) or 0 (off); got ${describeJsonType(c.enable)}`;
    found.push(
      issue('error', 'enable.invalid', file, '/enable', message, { params: jsonTypeParams(c.enable) }),
    );
  }
  if (isOperate(element.operate)) {
    for (const [key, owner] of Object.entries(OPERATE_FIELDS)) {
      if (key in c && owner !== element.operate) {
        const message = `${key} is only used by ${owner} events and is ignored for ${element.operate}; remove it or set operate to ${owner}`;
        const params = { field: key, owner, operate: element.operate };
        found.push(issue('warning', 'field.notForOperate', file, `/${key}`, message, { params }));
      }
    }
  }
  for (const segment of element.folder.split('/')) {
    if (!isIdentifier(segment)) {
      const message = `folder name '${segment}' is not a Python identifier; use letters, digits and _ only, not starting with a digit (e.g. '${suggestIdentifier(segment)}')`;
      const params = { segment, suggestion: suggestIdentifier(segment) };
      found.push(issue('error', 'folder.notIdentifier', file, '', message, { params }));
    }
  }
  return found;
}

function listIssues(value: unknown, key: string, file: string, stringAllowed: boolean): ValidationIssue[] {
  if (stringAllowed && typeof value === 'string') return [];
  const shape = stringAllowed ? 'a string or a list of strings' : 'a list of node id strings';
  if (!Array.isArray(value)) {
    const message = `${key} must be ${shape}; got ${describeJsonType(value)}`;
    const params = { field: key, shape: stringAllowed ? 'stringOrList' : 'list', ...jsonTypeParams(value) };
    return [issue('error', `${key}.type`, file, `/${key}`, message, { params })];
  }
  return value.flatMap((item, index) =>
    typeof item === 'string'
      ? []
      : [
          issue(
            'error',
            `${key}.type`,
            file,
            `/${key}/${index}`,
            `${key} items must be strings; got ${describeJsonType(item)}`,
            { params: { field: key, shape: 'item', ...jsonTypeParams(item) } },
          ),
        ],
  );
}

function suggestIdentifier(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(cleaned) || cleaned === '' ? `_${cleaned}` : cleaned;
}
