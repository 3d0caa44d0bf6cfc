import {
  type AppContext,
  type ElementDraft,
  type ValidationIssue,
  validateElement,
  writeElement,
} from '@event-studio/runtime';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { whenIdle } from '../workspace/when-idle';
import { fieldOfIssue } from './issue-fields';

/** What the resolver needs besides the draft: where the element lives and what it refers to. */
export interface ResolverContext {
  folder: string;
  /** Reads e.json as it is now, so the draft is written onto it exactly as it will be saved. */
  readElementJson(): string | undefined;
  innerPy: string | undefined;
  context: AppContext;
  otherFullNames: string[];
}

// A keystroke validates the same draft twice: for the issues the form shows once the draft is
// saved, and in the resolver. Both ask for the same e.json text in the same context, so the last
// answer is kept.
let last: { eJsonText: string; ctx: ResolverContext; issues: ValidationIssue[] } | undefined;

function sameInputs(a: ResolverContext, b: ResolverContext): boolean {
  return (
    a.folder === b.folder &&
    a.innerPy === b.innerPy &&
    a.context === b.context &&
    a.otherFullNames === b.otherFullNames
  );
}

/** The runtime's issues for a draft, as if it were saved now. */
export function issuesOfDraft(draft: ElementDraft, ctx: ResolverContext): ValidationIssue[] {
  return issuesOfElementJson(writeElement(ctx.readElementJson(), draft), ctx);
}

/** The runtime's issues for the element with this e.json text. */
export function issuesOfElementJson(eJsonText: string, ctx: ResolverContext): ValidationIssue[] {
  if (last?.eJsonText === eJsonText && sameInputs(last.ctx, ctx)) return last.issues;
  const issues = validateElement({
    folder: ctx.folder,
    eJsonText,
    innerPy: ctx.innerPy,
    context: ctx.context,
    otherFullNames: ctx.otherFullNames,
  });
  last = { eJsonText, ctx, issues };
  return issues;
}

/**
 * The form's resolver is the runtime's validation: the same rules as the CLI and import, so
 * what the form accepts the platform accepts. Only errors block; warnings are shown, not enforced.
 * It answers at the browser's next idle moment, with the values as they are then: a keystroke's
 * character is painted first, and a burst of keys is validated once.
 */
export const runtimeResolver: Resolver<ElementDraft, ResolverContext> = async (values, ctx) => {
  await new Promise<void>((resolve) => whenIdle(resolve));
  if (!ctx) return { values, errors: {} };
  const errors: FieldErrors<ElementDraft> = {};
  for (const issue of issuesOfDraft(values, ctx)) {
    const field = fieldOfIssue(issue);
    if (issue.severity !== 'error' || !field || errors[field]) continue;
    errors[field] = { type: issue.code, message: issue.message };
  }
  return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
};
