import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import type { ServiceFunction, ServiceFunctionArg, ServiceInfo } from './app-context.types.js';
import { type AppTree, fullNameOf } from './app-tree.js';
import { FileIssues } from './file-issues.js';
import { isJsonObject, jsonPointer } from './json-document.js';

/** Reads one service: e.json's `functionList` and whether a service.py implements it. */
export function readService(
  tree: AppTree,
  folder: string,
  element: Record<string, unknown>,
  issues: ValidationIssue[],
): ServiceInfo {
  const file = `${folder}/e.json`;
  const info: ServiceInfo = {
    fullName: fullNameOf(folder),
    folder,
    functions: [],
    hasImplementation: tree.has(`${folder}/service.py`),
  };
  if (typeof element.title === 'string') info.title = element.title;
  const list = element.functionList;
  if (list === undefined) return info;
  if (!Array.isArray(list)) {
    issues.push(
      issue(
        'warning',
        'service.invalid-function-list',
        file,
        '/functionList',
        'functionList should be a list',
      ),
    );
    return info;
  }
  const found = new FileIssues(file, 'service.more-issues');
  if (list.length > MAX_SERVICE_FUNCTIONS) {
    const message = `functionList lists ${list.length} functions; the studio reads at most ${MAX_SERVICE_FUNCTIONS} functions of a service (a real one has a few dozen), so the rest are left out`;
    found.always(
      issue('warning', 'service.too-many-functions', file, '/functionList', message, {
        params: { count: String(list.length), cap: String(MAX_SERVICE_FUNCTIONS) },
      }),
    );
  }
  list.slice(0, MAX_SERVICE_FUNCTIONS).forEach((raw, index) => {
    if (!isJsonObject(raw) || typeof raw.name !== 'string' || raw.name === '') {
      const pointer = jsonPointer(['functionList', index]);
      found.add(
        issue('warning', 'service.invalid-function', file, pointer, 'a function needs a string "name"'),
      );
      return;
    }
    const fn: ServiceFunction = { name: raw.name, args: readArgs(raw.args) };
    if (typeof raw.title === 'string') fn.title = raw.title;
    if (typeof raw.returnType === 'string') fn.returnType = raw.returnType;
    if (typeof raw.desc === 'string') fn.desc = raw.desc;
    info.functions.push(fn);
  });
  issues.push(...found.all());
  return info;
}

/** Most functions read from one service's functionList (each is a completion and a picker option). */
export const MAX_SERVICE_FUNCTIONS = 1_000;
/** Most arguments read for one function. */
export const MAX_FUNCTION_ARGS = 100;

function readArgs(raw: unknown): ServiceFunctionArg[] {
  if (!Array.isArray(raw)) return [];
  const args: ServiceFunctionArg[] = [];
  for (const entry of raw.slice(0, MAX_FUNCTION_ARGS)) {
    if (!isJsonObject(entry) || typeof entry.name !== 'string') continue;
    const arg: ServiceFunctionArg = { name: entry.name };
    if (typeof entry.title === 'string') arg.title = entry.title;
    if (typeof entry.dataType === 'string') arg.dataType = entry.dataType;
    args.push(arg);
  }
  return args;
}
