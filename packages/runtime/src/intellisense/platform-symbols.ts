import type { Spelling } from '../element/approval-event.types.js';
import { statusValues } from '../element/status-values.js';
import { method, property, type SymbolMember } from './symbol-types.js';

// Everything here mirrors the sandbox shim (sandbox/python); platform-symbols.test.ts fails when the
// two drift apart.

const LOG_LEVELS: readonly [string, string][] = [
  ['debug', 'Detail for debugging; hidden unless the run shows debug lines.'],
  ['info', 'A normal event worth recording, e.g. what the handler decided.'],
  ['warning', 'Something unexpected that the handler worked around.'],
  ['error', 'A failure the handler reports without raising.'],
  [
    'exception',
    'Like `error`, plus the traceback of the exception being handled: call it in an `except` block.',
  ],
];

/** `log.debug/info/warning/error/exception`, as `jit.commons.utils.logger.log` offers them. */
export function logMembers(): SymbolMember[] {
  return LOG_LEVELS.map(([level, doc], index) =>
    method(
      level,
      `log.${level}(msg, *args)`,
      `${doc}\n\n\`msg\` may use %-style placeholders filled from \`args\`, as Python's logging does. The line appears in the run's log as level \`${level}\`.`,
      { sortText: String(index) },
    ),
  );
}

/** Names the logger module exports. */
export const LOG_EXPORTS: readonly string[] = ['log', 'logger'];

const HANDLE_TYPES: readonly { name: string; vocabulary: Spelling | 'both'; doc: string }[] = [
  { name: 'agree', vocabulary: 'both', doc: 'The approver agreed.' },
  {
    name: 'reject',
    vocabulary: 'both',
    doc: 'Seed: the approver rejected. Newer revision: sent back to the applicant or an earlier node (`refuse` rejects and ends).',
  },
  {
    name: 'transfer',
    vocabulary: 'seed',
    doc: 'The task was transferred to another approver (newer: `transmit`).',
  },
  { name: 'submit', vocabulary: 'newer', doc: 'Start node: the applicant submitted the approval.' },
  { name: 'manualEnd', vocabulary: 'newer', doc: 'Start node: the applicant ended the approval.' },
  { name: 'refuse', vocabulary: 'newer', doc: 'The approver rejected and the approval ended.' },
  {
    name: 'transmit',
    vocabulary: 'newer',
    doc: 'The task was transferred to another approver (seed: `transfer`).',
  },
  { name: 'cancel', vocabulary: 'newer', doc: 'The approval was cancelled (handle code 16).' },
];

/** HandleTypeEnum's members, the element's own vocabulary first. */
export function handleTypeMembers(spelling: Spelling): SymbolMember[] {
  return HANDLE_TYPES.map((member, index) => {
    const own = member.vocabulary === 'both' || member.vocabulary === spelling;
    const vocabulary = member.vocabulary === 'both' ? 'both revisions' : `${member.vocabulary} vocabulary`;
    return {
      name: member.name,
      kind: 'enumMember',
      detail: `HandleTypeEnum.${member.name} = "${member.name}" (${vocabulary})`,
      documentation: `${member.doc}\n\nA \`StrEnum\`: \`HandleTypeEnum.${member.name} == "${member.name}"\` is true, so it compares with the plain string the platform passes.`,
      insertText: member.name,
      sortText: `${own ? 0 : 1}${String(index).padStart(2, '0')}`,
    };
  });
}

/** Importable modules of the platform's `jit` package and what each exports. */
export const PLATFORM_MODULES: Readonly<Record<string, { doc: string; exports: readonly string[] }>> = {
  jit: { doc: 'The JitAI platform package.', exports: ['HandleTypeEnum'] },
  'jit.commons': { doc: 'Shared platform utilities.', exports: [] },
  'jit.commons.enums': { doc: 'Enums handlers compare against.', exports: ['HandleTypeEnum'] },
  'jit.commons.utils': { doc: 'Platform helpers.', exports: [] },
  'jit.commons.utils.logger': {
    doc: 'The platform logger: `from jit.commons.utils.logger import log`.',
    exports: LOG_EXPORTS,
  },
};

/** Documentation of the globals a handler sees without importing them (and of `log`). */
export const GLOBAL_DOCS: Readonly<Record<string, { detail: string; doc: string }>> = {
  app: {
    detail: 'the app (global, no import)',
    doc: '`app.getElement("models.OrderModel")` returns an element of this app by its full name: a model (`get`, `query`, `create`, `updateByPK`, `deleteByPK`), a service (its functions) or this event.',
  },
  log: {
    detail: 'jit.commons.utils.logger.log',
    doc: 'The platform logger: `log.debug/info/warning/error/exception(msg, *args)`. Import it with `from jit.commons.utils.logger import log`.',
  },
  logger: { detail: 'jit.commons.utils.logger.logger', doc: 'Another name for `log`.' },
  HandleTypeEnum: {
    detail: 'jit.commons.enums.HandleTypeEnum (also a global)',
    doc: 'The actions an approver can take on a node (`HandleTypeEnum.agree`, `.reject`, …). A `StrEnum`: members equal their plain strings.',
  },
  eventOutData: {
    detail: 'the event data',
    doc: 'What the approval event hands its handler: `eventOutData.row` (the approval row, each field with `.value`) and `eventOutData.status.value` (the approval status).',
  },
};

const WRAPPER_DOCS: Readonly<Record<string, string>> = {
  triggerNode: 'The id of the node the workflow reached, without the `after.`/`before.` prefix.',
  handleType: 'The action the approver took, e.g. `"agree"`; compare with `HandleTypeEnum` members.',
  nodeId: 'The id of the node that was handled.',
  nodeTitle: 'The title of the node that was handled.',
};

/** The one member of a value wrapper (`eventOutData.status.value`), documented for what it wraps. */
export function wrapperValueMember(name: string, spelling: Spelling): SymbolMember {
  const doc =
    name === 'status'
      ? `The approval status. Documented values for this element's spelling: ${statusValues(spelling)
          .map((value) => `\`"${value}"\``)
          .join(', ')}.`
      : (WRAPPER_DOCS[name] ?? 'The wrapped value.');
  return property('value', `eventOutData.${name}.value`, doc, { kind: 'field' });
}

/** Documentation of eventOutData's attributes (the row's is built from the model). */
export function eventOutDataDoc(name: string, spelling: Spelling): string {
  if (name === 'status')
    return `The approval status as a wrapper: read \`eventOutData.status.value\`.\n\nValues: ${statusValues(spelling).join(', ')}.`;
  return `${WRAPPER_DOCS[name] ?? name} Newer spelling: read \`eventOutData.${name}.value\`.`;
}
