import { type AppTree, listElementFolders } from '../app/app-tree.js';
import { windowsNameProblem } from '../app/windows-file-name.js';
import type { Operate } from './approval-event.types.js';
import { handlerStub } from './handler-signature.js';
import { isIdentifier } from './spelling.js';
import { writeElement } from './write-element.js';

/** What the user chooses when creating an approval event. */
export interface NewApprovalEvent {
  /** The folder name under events/, a Python identifier. */
  name: string;
  operate: Operate;
  /** The watched model's full name; may be empty, validation then says what to pick. */
  model: string;
  title?: string;
}

/** `orderSubmitted` → `handleOrderSubmitted`: the seed examples' naming of handlers. */
export function handlerNameFor(name: string): string {
  return `handle${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/**
 * The files of a new approval event, by name inside its folder: a seed-spelling e.json, an
 * inner.py whose handler has the operate's signature, and the package marker newer apps carry.
 */
export function newApprovalEventFiles(choice: NewApprovalEvent): Record<string, string> {
  const handler = handlerNameFor(choice.name);
  const eJson = writeElement(undefined, {
    spelling: 'seed',
    title: choice.title ?? choice.name,
    model: choice.model,
    operate: choice.operate,
    funcType: 'inner',
    func: `inner.${handler}`,
    triggerNode: [],
    handleType: [],
    enable: 1,
  });
  return { 'e.json': eJson, 'inner.py': handlerStub(choice.operate, 'seed', handler), '__init__.py': '' };
}

/**
 * Why `name` cannot be a new element in `parent` (events/ unless the element lives deeper), or
 * undefined when it can.
 */
export function validateNewElementName(tree: AppTree, name: string, parent = 'events'): string | undefined {
  if (name === '') return 'Give the element a name, e.g. orderSubmitted.';
  if (!isIdentifier(name)) {
    return `'${name}' is not a Python identifier: use letters, digits and _, not starting with a digit (e.g. orderSubmitted).`;
  }
  // An identifier can still be a Windows device name (CON, aux, com1): such a folder cannot be
  // exported to a zip or checked out on Windows.
  const windows = windowsNameProblem(name);
  if (windows) return `${windows.rule}; choose another name.`;
  const folder = parent === '' ? name : `${parent}/${name}`;
  const clash = listElementFolders(tree).find((f) => f.toLowerCase() === folder.toLowerCase());
  if (clash) return `${clash} already exists; choose another name.`;
  const taken = [...tree.keys()].some((path) => path.toLowerCase().startsWith(`${folder.toLowerCase()}/`));
  return taken ? `${folder} already holds files; choose another name.` : undefined;
}
