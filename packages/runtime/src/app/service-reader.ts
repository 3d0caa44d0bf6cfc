import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import type { ServiceFunction, ServiceFunctionArg, ServiceInfo } from './app-context.types.js';
import { type AppTree, fullNameOf } from './app-tree.js';
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
  list.forEach((raw, index) => {
    if (!isJsonObject(raw) || typeof raw.name !== 'string' || raw.name === '') {
      const pointer = jsonPointer(['functionList', index]);
      issues.push(
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
  return info;
}

function readArgs(raw: unknown): ServiceFunctionArg[] {
  if (!Array.isArray(raw)) return [];
  const args: ServiceFunctionArg[] = [];
  for (const entry of raw) {
    if (!isJsonObject(entry) || typeof entry.name !== 'string') continue;
    const arg: ServiceFunctionArg = { name: entry.name };
    if (typeof entry.title === 'string') arg.title = entry.title;
    if (typeof entry.dataType === 'string') arg.dataType = entry.dataType;
    args.push(arg);
  }
  return args;
}
