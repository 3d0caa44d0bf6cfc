import type { AppContext } from '../app/app-context.types.js';
import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import { type ApprovalEvent, OPERATES } from './approval-event.types.js';
import {
  expectedSignature,
  handlerArguments,
  passedArgumentCount,
  signatureProblem,
} from './handler-signature.js';
import { analysePython } from './python-analysis.js';
import { isIdentifier } from './spelling.js';
import { listNames } from './validate-workflow.js';

/** The inner.py path of an element folder. */
export function innerPyPath(folder: string): string {
  return `${folder}/inner.py`;
}

/**
 * The rules about the function the event calls: an inner function must exist in a parseable
 * inner.py and accept the arguments its operate passes; a global one must be a declared service
 * function. A malformed func is validateFields' to report, so it is skipped here.
 */
export function validateHandler(
  element: ApprovalEvent,
  file: string,
  innerPy: string | undefined,
  context: AppContext,
): ValidationIssue[] {
  if (element.funcType === 'global') return globalIssues(element, file, context);
  const name = element.func.startsWith('inner.') ? element.func.slice('inner.'.length) : '';
  if (!isIdentifier(name)) return [];
  // The newer spelling writes no func for Inner handlers; point at what decides the handler.
  const pointer = 'func' in element.config ? '/func' : '/funcType';
  const pyFile = innerPyPath(element.folder);
  if (innerPy === undefined) {
    const message = `the handler ${element.func} needs ${pyFile}, which does not exist; add it with ${expectedSignature(name, element.operate, element.spelling)}`;
    const params = {
      func: element.func,
      file: pyFile,
      signature: expectedSignature(name, element.operate, element.spelling),
    };
    return [issue('error', 'inner.fileMissing', file, pointer, message, { params })];
  }
  const analysis = analysePython(innerPy, pyFile);
  const found = [...analysis.issues];
  const fn = analysis.functions.find((f) => f.name === name);
  if (fn === undefined) {
    const defined = analysis.functions.map((f) => f.name);
    const message = `${pyFile} defines no top-level function '${name}'; add ${expectedSignature(name, element.operate, element.spelling)} or point func at one of: ${listNames(defined)}`;
    const signature = expectedSignature(name, element.operate, element.spelling);
    const params = { file: pyFile, name, signature, names: defined.join(', ') };
    found.push(issue('error', 'inner.functionMissing', file, pointer, message, { params }));
    return found;
  }
  // An unknown operate is reported once by validateFields; its arity would only add noise.
  if (!(OPERATES as readonly string[]).includes(element.operate)) return found;
  const args = handlerArguments(element.operate, 'seed').slice(0, passedArgumentCount(fn, element.operate));
  const problem = signatureProblem(fn, args.length);
  if (problem !== undefined) {
    const how = `a ${element.operate} event`;
    const message = `${problem} (${args.join(', ')}) by ${how}; write ${expectedSignature(name, element.operate, element.spelling)}`;
    const params = {
      name: fn.name,
      count: String(args.length),
      args: args.join(', '),
      signature: expectedSignature(name, element.operate, element.spelling),
    };
    found.push(
      issue('error', 'handler.signature', pyFile, '', message, { line: fn.line, column: 1, params }),
    );
  }
  return found;
}

function globalIssues(element: ApprovalEvent, file: string, context: AppContext): ValidationIssue[] {
  const match = /^services\.([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(element.func);
  if (match === null) return [];
  const serviceName = `services.${match[1]}`;
  const fnName = match[2] ?? '';
  const service = context.services.get(serviceName);
  if (service === undefined) {
    const message = `service '${serviceName}' is not in this app; use one of: ${listNames([...context.services.keys()])}`;
    const params = { service: serviceName, names: [...context.services.keys()].join(', ') };
    return [issue('error', 'global.unknownService', file, '/func', message, { params })];
  }
  if (service.functions.some((f) => f.name === fnName)) return [];
  const message = `service ${serviceName} declares no function '${fnName}' in its functionList; use one of: ${listNames(service.functions.map((f) => f.name))}`;
  const params = {
    service: serviceName,
    function: fnName,
    names: service.functions.map((f) => f.name).join(', '),
  };
  return [issue('error', 'global.unknownFunction', file, '/func', message, { params })];
}
