import type { Spelling } from './approval-event.types.js';
import type { PythonFunction } from './python-analysis.js';

const SEED_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  Process: ['eventOutData'],
  NodeChange: ['eventOutData', 'triggerNode'],
  NodeHandled: ['eventOutData', 'handleType', 'nodeId', 'nodeTitle'],
};

/**
 * The positional arguments the platform calls a handler with. Seed: eventOutData plus the
 * operate's extras; newer: eventOutData alone (it carries the extras). Unknown operates get
 * eventOutData only, so a typo in operate does not also produce signature noise.
 */
export function handlerArguments(operate: string, spelling: Spelling): string[] {
  if (spelling === 'newer') return ['eventOutData'];
  return [...(SEED_ARGUMENTS[operate] ?? ['eventOutData'])];
}

/**
 * How many arguments the platform passes this handler: eventOutData, then as many of the operate's
 * extras as its signature takes (`*args` takes them all). The convention is read from the function,
 * never from the spelling (domain.md), as the sandbox's `arguments_for` does.
 */
export function passedArgumentCount(fn: PythonFunction, operate: string): number {
  const most = handlerArguments(operate, 'seed').length;
  if (fn.params.some((p) => p.kind === 'varargs')) return most;
  const positional = fn.params.filter((p) => p.kind === 'positional').length;
  return Math.min(Math.max(positional, 1), most);
}

/** `def name(a, b)`: the signature a handler should have, for messages and stubs. */
export function expectedSignature(name: string, operate: string, spelling: Spelling): string {
  return `def ${name}(${handlerArguments(operate, spelling).join(', ')})`;
}

/**
 * Why a function cannot be called with `count` positional arguments, or undefined when it can.
 * Python's rule: every parameter without a default must be filled, at most the positional
 * parameters can be (unless there is *args), and keyword-only parameters need defaults.
 */
export function signatureProblem(fn: PythonFunction, count: number): string | undefined {
  const positional = fn.params.filter((p) => p.kind === 'positional');
  const required = positional.filter((p) => !p.hasDefault).length;
  const hasVarargs = fn.params.some((p) => p.kind === 'varargs');
  const keywordRequired = fn.params.filter((p) => p.kind === 'keyword' && !p.hasDefault).map((p) => p.name);
  if (required > count) {
    return `${fn.name} requires ${required} positional argument${required === 1 ? '' : 's'} but is called with ${count}`;
  }
  if (!hasVarargs && positional.length < count) {
    return `${fn.name} accepts ${positional.length} positional argument${positional.length === 1 ? '' : 's'} but is called with ${count}`;
  }
  if (keywordRequired.length > 0) {
    return `${fn.name} has keyword-only parameters without defaults (${keywordRequired.join(', ')}) that are never passed`;
  }
  return undefined;
}

const OPERATE_SUMMARY: Readonly<Record<string, string>> = {
  Process: 'the approval status changed',
  NodeChange: 'the workflow reached a trigger node',
  NodeHandled: 'an approver acted on the handle node',
};

/** A complete inner.py for a new element: the log import, a handler with the right signature, a log line. */
export function handlerStub(operate: string, spelling: Spelling, name: string): string {
  const args = handlerArguments(operate, spelling);
  const when = OPERATE_SUMMARY[operate] ?? 'the event fired';
  const lines = [
    'from jit.commons.utils.logger import log',
    '',
    '',
    `def ${name}(${args.join(', ')}):`,
    '    """',
    `    Runs when ${when}.`,
    '',
    '    Parameters:',
    '        eventOutData: the event data: row (the approval row) and status (the approval status)',
    ...args.slice(1).map((arg) => `        ${arg}: ${ARGUMENT_DOCS[arg] ?? arg}`),
    '    """',
    ...stubBody(operate, spelling, args),
    '',
  ];
  return lines.join('\n');
}

const ARGUMENT_DOCS: Readonly<Record<string, string>> = {
  triggerNode: 'the id of the node that was reached',
  handleType: 'the action taken (agree, reject, transfer, …)',
  nodeId: 'the id of the handled node',
  nodeTitle: 'the title of the handled node',
};

function stubBody(operate: string, spelling: Spelling, args: readonly string[]): string[] {
  const status = '    status = eventOutData.status.value';
  if (spelling === 'seed' && args.length > 1) {
    const shown = args.slice(1).map((arg) => `${arg}={${arg}}`);
    return [status, `    log.info(f"${operate}: status={status} ${shown.join(' ')}")`];
  }
  if (operate === 'NodeChange') {
    return [
      status,
      '    node = eventOutData.triggerNode.value',
      `    log.info(f"${operate}: status={status} node={node}")`,
    ];
  }
  if (operate === 'NodeHandled') {
    return [
      status,
      '    action = eventOutData.handleType.value',
      `    log.info(f"${operate}: status={status} handleType={action}")`,
    ];
  }
  return [status, `    log.info(f"${operate || 'Event'}: status={status}")`];
}
