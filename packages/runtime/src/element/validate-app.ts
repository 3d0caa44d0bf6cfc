import type { AppContext } from '../app/app-context.types.js';
import { type AppTree, fullNameOf, listElementFolders, readText } from '../app/app-tree.js';
import type { ValidationIssue } from '../issue/validation-issue.js';
import { APPROVAL_EVENT_TYPE } from './approval-event.types.js';
import { readJson } from './json-text.js';
import { eJsonPath, parseElement } from './parse-element.js';
import { isJsonObject } from './spelling.js';
import { validateElement } from './validate-element.js';
import { innerPyPath } from './validate-handler.js';

/**
 * Whether a folder is an approval event: its e.json type is events.WorkflowType, or its e.json is
 * unreadable but looks like one (under events/ or naming the type), since a syntax error must not
 * hide an event from validation.
 */
export function isApprovalEventFolder(tree: AppTree, folder: string): boolean {
  const text = readText(tree, eJsonPath(folder));
  if (text === undefined) return false;
  const read = readJson(text);
  if (read.ok) return isJsonObject(read.value) && read.value.type === APPROVAL_EVENT_TYPE;
  return folder.startsWith('events/') || text.includes(APPROVAL_EVENT_TYPE);
}

/** The approval-event folders of an app, sorted. */
export function approvalEventFolders(tree: AppTree): string[] {
  return listElementFolders(tree).filter((folder) => isApprovalEventFolder(tree, folder));
}

/**
 * Every problem of every approval event in an app; other elements are not this validator's. A
 * problem in a file events share (a hidden character in their model's field title) is told once.
 */
export function validateApp(tree: AppTree, context: AppContext): ValidationIssue[] {
  const allNames = listElementFolders(tree).map(fullNameOf);
  const told = new Set<string>();
  const issues = approvalEventFolders(tree).flatMap((folder) => {
    const fullName = fullNameOf(folder);
    return validateElement({
      folder,
      eJsonText: readText(tree, eJsonPath(folder)) ?? '',
      innerPy: readText(tree, innerPyPath(folder)),
      context,
      otherFullNames: allNames.filter((name) => name !== fullName),
    });
  });
  return issues.filter((found) => {
    const key = JSON.stringify([found.code, found.file, found.pointer, found.line, found.message]);
    if (told.has(key)) return false;
    told.add(key);
    return true;
  });
}

/** Spelling and operate of each approval event, for listings such as the CLI's `elements`. */
export function describeApprovalEvents(
  tree: AppTree,
): { fullName: string; operate: string; spelling: string }[] {
  return approvalEventFolders(tree).flatMap((folder) => {
    const { element } = parseElement(folder, readText(tree, eJsonPath(folder)) ?? '');
    return element === undefined
      ? []
      : [{ fullName: element.fullName, operate: element.operate, spelling: element.spelling }];
  });
}
