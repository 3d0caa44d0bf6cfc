import type { AppContext } from '../app/app-context.types.js';
import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import { eJsonPath, parseElement } from './parse-element.js';
import { validateFields } from './validate-fields.js';
import { validateHandler } from './validate-handler.js';
import { validateInvisibleCharacters } from './validate-invisible-characters.js';
import { validateWorkflowRefs } from './validate-workflow.js';

/** One element's files and what they may refer to. */
export interface ElementValidationInput {
  /** The element folder in the app, e.g. `events/orderApproval`. */
  folder: string;
  eJsonText: string;
  /** inner.py's text; undefined when the folder has none. */
  innerPy?: string;
  context: AppContext;
  /** Full names of the app's other elements, for the duplicate check. */
  otherFullNames?: readonly string[];
}

/**
 * Every problem of one approval event, as data: e.json syntax and fields, the handler in inner.py
 * or the service, the model and workflow nodes it names, its folder name. Never throws; cheap
 * enough to run on every keystroke (the app context is built once, elsewhere).
 */
export function validateElement(input: ElementValidationInput): ValidationIssue[] {
  const file = eJsonPath(input.folder);
  try {
    const parsed = parseElement(input.folder, input.eJsonText);
    const element = parsed.element;
    if (element === undefined) return parsed.issues;
    return [
      ...validateFields(element, file),
      ...duplicateIssues(element.fullName, file, input.otherFullNames ?? []),
      ...validateHandler(element, file, input.innerPy, input.context),
      ...validateWorkflowRefs(element, file, input.context),
      ...validateInvisibleCharacters(element, file, input.context),
    ];
  } catch (caught) {
    // A bug here must not take the editor down: report it as a problem like any other.
    const detail = caught instanceof Error ? caught.message : String(caught);
    return [
      issue('error', 'internal.error', file, '', `the validator failed (${detail}); please report this`),
    ];
  }
}

function duplicateIssues(fullName: string, file: string, others: readonly string[]): ValidationIssue[] {
  const lower = fullName.toLowerCase();
  // The element's own name may be in the list; only a different spelling of it is a clash.
  const clash = others.find((other) => other !== fullName && other.toLowerCase() === lower);
  if (clash === undefined) return [];
  const message = `element ${fullName} clashes with ${clash} (names must differ ignoring case, as folders on the platform); rename this folder`;
  return [issue('error', 'fullName.duplicate', file, '', message, { params: { name: fullName, clash } })];
}
