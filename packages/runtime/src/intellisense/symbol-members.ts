import type { ModelField, ModelInfo, ServiceInfo } from '../app/app-context.types.js';
import { handlerArguments } from '../element/handler-signature.js';
import { fieldMembersOf } from '../sandbox/field-members-source.js';
import { singleStringArgument } from './expression-chain.js';
import { fieldDetail, fieldDoc, pythonValueType } from './field-docs.js';
import { FIELD_MEMBERS } from './field-members.generated.js';
import { markdownCode, markdownText, plainText } from './markdown-text.js';
import { MODEL_FUNCTIONS } from './model-function-docs.js';
import {
  eventOutDataDoc,
  GLOBAL_DOCS,
  handleTypeMembers,
  logMembers,
  wrapperValueMember,
} from './platform-symbols.js';
import {
  escapeSnippet,
  method,
  property,
  type SymbolEnv,
  type SymbolMember,
  type SymbolType,
} from './symbol-types.js';

// One marker pass resolves thousands of expressions against the same environment; member lists
// (with their documentation) are built once per symbol and environment. Callers must not mutate them.
const memo = new WeakMap<SymbolEnv, Map<string, SymbolMember[]>>();

function memoKey(type: SymbolType): string {
  switch (type.kind) {
    case 'row':
      return `row:${type.model?.fullName ?? ''}`;
    case 'field':
      return `field:${type.model.fullName}:${type.field.name}`;
    case 'wrapper':
      return `wrapper:${type.name}`;
    case 'modelElement':
    case 'eventElement':
      return `${type.kind}:${type.fullName}`;
    case 'serviceElement':
      return `service:${type.service.fullName}`;
    default:
      return type.kind;
  }
}

/** The members a symbol offers, in the order a list should show them. */
export function membersOf(type: SymbolType, env: SymbolEnv): SymbolMember[] {
  let byKey = memo.get(env);
  if (byKey === undefined) {
    byKey = new Map();
    memo.set(env, byKey);
  }
  const key = memoKey(type);
  let members = byKey.get(key);
  if (members === undefined) {
    members = buildMembers(type, env);
    byKey.set(key, members);
  }
  return members;
}

function buildMembers(type: SymbolType, env: SymbolEnv): SymbolMember[] {
  switch (type.kind) {
    case 'eventOutData':
      return eventOutDataMembers(env);
    case 'row':
      return rowMembers(type.model);
    case 'field':
      return [fieldValueMember(type.field, type.model), ...fieldTypeMembers(type.field)];
    case 'wrapper':
      return [wrapperValueMember(type.name, env.element.spelling)];
    case 'log':
      return logMembers();
    case 'handleTypeEnum':
      return handleTypeMembers(env.element.spelling);
    case 'app':
      return [appGetElement(env)];
    case 'modelElement':
      return modelElementMembers(type.fullName, type.model);
    case 'eventElement':
      return eventElementMembers(type.fullName);
    case 'serviceElement':
      return serviceMembers(type.service);
  }
}

function eventOutDataMembers(env: SymbolEnv): SymbolMember[] {
  const { element, model } = env;
  const rowDoc = `The approval's data row${model === undefined ? '' : ` (${markdownCode(model.fullName)})`}: each field has \`.value\` (\`row.orderNo.value\`); call \`row.save()\` to persist changes.`;
  const members = [
    property('row', `${plainText(model?.fullName ?? element.model)} row`, rowDoc, {
      type: { kind: 'row', model },
      sortText: '0',
    }),
    property('status', 'approval status (.value)', eventOutDataDoc('status', element.spelling), {
      type: { kind: 'wrapper', name: 'status' },
      sortText: '1',
    }),
  ];
  // eventOutData carries the operate's extras in both spellings (the sandbox's build_event_out_data).
  for (const name of handlerArguments(element.operate, 'seed').slice(1)) {
    members.push(
      property(name, `${name} (.value)`, eventOutDataDoc(name, element.spelling), {
        type: { kind: 'wrapper', name },
        sortText: '2',
      }),
    );
  }
  return members;
}

function rowMembers(model: ModelInfo | undefined): SymbolMember[] {
  const fields = (model?.fields ?? []).flatMap((field, index): SymbolMember[] =>
    model === undefined
      ? []
      : [
          {
            name: field.name,
            kind: 'field',
            detail: fieldDetail(field),
            // Written when asked for: every diagnostics pass lists the row's members, and a model
            // may have 2,000 fields whose docs nobody reads then.
            get documentation() {
              return fieldDoc(field, model);
            },
            insertText: field.name,
            sortText: `0${String(index).padStart(4, '0')}`,
            type: { kind: 'field', field, model },
          },
        ],
  );
  const methods = [
    method(
      'save',
      'row.save(triggerEvent=1)',
      "Persist the row. Without `save()` nothing the handler changed is kept; saving fires the model's own events unless `triggerEvent=0`.",
      { insertText: 'save()', isSnippet: false },
    ),
    method(
      'delete',
      'row.delete(triggerEvent=1)',
      "Delete the row from its model; fires the model's own events unless `triggerEvent=0`.",
      { insertText: 'delete()', isSnippet: false },
    ),
    method('toDict', 'row.toDict()', 'Field name → value, as Python values.'),
    method(
      'update',
      'row.update(data=None, **kwargs)',
      'Set several field values at once, from a dict and/or keywords. Does not save.',
    ),
    method(
      'get',
      'row.get(name, default=None)',
      "A field's value by name, or `default` when the row has no such field.",
    ),
    method('keys', 'row.keys()', "The row's field names."),
  ];
  methods.forEach((m, index) => {
    m.sortText = `1${index}`;
  });
  return [...fields, ...methods];
}

function fieldValueMember(field: ModelField, model: ModelInfo): SymbolMember {
  const valueType = pythonValueType(field.type);
  return property(
    'value',
    valueType === undefined
      ? `${plainText(field.name)}.value`
      : `${plainText(field.name)}.value: ${valueType}`,
    fieldDoc(field, model),
    { kind: 'field', sortText: '0' },
  );
}

/** The field object's own properties and functions (data-types.md), as the sandbox defines them. */
function fieldTypeMembers(field: ModelField): SymbolMember[] {
  return fieldMembersOf(FIELD_MEMBERS, field.type).map((member) => {
    const doc = markdownText(member.doc);
    const extra = { sortText: `1${member.name}` };
    return member.kind === 'method'
      ? method(member.name, plainText(`${field.name}.${member.name}${member.params ?? '()'}`), doc, extra)
      : property(member.name, plainText(`${field.name}.${member.name}`), doc, extra);
  });
}

function appGetElement(env: SymbolEnv): SymbolMember {
  return method('getElement', 'app.getElement(fullName)', GLOBAL_DOCS.app?.doc ?? '', {
    insertText: 'getElement("$1")$0',
    isSnippet: true,
    retrigger: true,
    returns: (args) => elementType(singleStringArgument(args), env),
  });
}

/** The symbol `app.getElement(name)` returns, from the name's kind (`models.`, `services.`, `events.`). */
export function elementType(fullName: string | undefined, env: SymbolEnv): SymbolType | undefined {
  if (fullName === undefined) return undefined;
  if (fullName.startsWith('models.')) {
    return { kind: 'modelElement', fullName, model: env.context.models.get(fullName) };
  }
  if (fullName.startsWith('services.')) {
    const service = env.context.services.get(fullName);
    return service === undefined ? undefined : { kind: 'serviceElement', service };
  }
  if (fullName.startsWith('events.')) return { kind: 'eventElement', fullName };
  return undefined;
}

function modelElementMembers(fullName: string, model: ModelInfo | undefined): SymbolMember[] {
  const row: SymbolType = { kind: 'row', model };
  return MODEL_FUNCTIONS.map((fn) =>
    method(fn.name, `${fn.name}${fn.params}`, `${fn.doc} (${markdownCode(fullName)})`, {
      ...(fn.returnsRow ? { returns: () => row } : {}),
    }),
  );
}

function eventElementMembers(fullName: string): SymbolMember[] {
  return [
    method(
      'getSender',
      'getSender()',
      `\`"<model>_<operate>"\`, the sender name of ${markdownCode(fullName)}.`,
    ),
    method(
      'isValid',
      'isValid(*args)',
      "True when the event fires for these arguments (the handler's own): its trigger filter.",
    ),
    method(
      'handleNode',
      'handleNode(node, *args, **kwargs)',
      "`(node, args, kwargs)` with the node's facts put into kwargs for this operate.",
    ),
    method(
      'buildTaskParams',
      'buildTaskParams(*args)',
      "`{row, status, modelFullName}` plus the operate's extras.",
    ),
    method(
      'recoverTaskParams',
      'recoverTaskParams(taskParams)',
      '`(args, kwargs)` to call the handler with, rebuilt from `buildTaskParams` output.',
    ),
    property('operate', 'str', "The event's operate: `Process`, `NodeChange` or `NodeHandled`."),
    property('config', 'dict', "The event's e.json as a dict."),
  ];
}

function serviceMembers(service: ServiceInfo): SymbolMember[] {
  // Everything here comes from the service's e.json functionList: names go in code, words as text.
  return service.functions.map((fn) => {
    const signature = plainText(`${fn.name}(${fn.args.map((arg) => arg.name).join(', ')})`);
    const args = fn.args.map(
      (arg) =>
        `- ${markdownCode(arg.name)}${arg.title ? ` — ${markdownText(arg.title)}` : ''}${arg.dataType ? ` (${markdownText(arg.dataType)})` : ''}`,
    );
    const doc = [
      fn.title === undefined ? undefined : markdownText(fn.title),
      fn.desc === undefined ? undefined : markdownText(fn.desc),
      args.length > 0 ? `Arguments:\n${args.join('\n')}` : undefined,
      fn.returnType ? `Returns ${markdownCode(fn.returnType)}.` : undefined,
    ]
      .filter((part) => part !== undefined && part !== '')
      .join('\n\n');
    const snippet = fn.args.map((arg, index) => `\${${index + 1}:${escapeSnippet(arg.name)}}`).join(', ');
    return method(fn.name, signature, `${doc}\n\nA function of ${markdownCode(service.fullName)}.`, {
      kind: 'function',
      detail: fn.title === undefined ? signature : `${signature} — ${plainText(fn.title)}`,
      insertText: `${escapeSnippet(fn.name)}(${snippet})$0`,
      isSnippet: true,
    });
  });
}
