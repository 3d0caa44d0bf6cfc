import type { AppContext, ModelField, ModelInfo, ServiceInfo } from '../app/app-context.types.js';
import type { ApprovalEvent } from '../element/approval-event.types.js';
import type { CompletionKind } from './intellisense.types.js';
import { markdownCodeBlock } from './markdown-text.js';

/**
 * What a handler expression is, as far as the editor can tell: the objects of the sandbox shim
 * (packages/runtime/src/sandbox/python), each with known members.
 */
export type SymbolType =
  | { kind: 'eventOutData' }
  | { kind: 'row'; model: ModelInfo | undefined }
  | { kind: 'field'; field: ModelField; model: ModelInfo }
  /** `eventOutData.status` and the newer spelling's node facts: a wrapper with `.value`. */
  | { kind: 'wrapper'; name: string }
  | { kind: 'log' }
  | { kind: 'handleTypeEnum' }
  | { kind: 'app' }
  | { kind: 'modelElement'; fullName: string; model: ModelInfo | undefined }
  | { kind: 'eventElement'; fullName: string }
  | { kind: 'serviceElement'; service: ServiceInfo };

/** A member of a symbol: what completion lists and hover explains. */
export interface SymbolMember {
  name: string;
  kind: CompletionKind;
  detail: string;
  /** Markdown. */
  documentation: string;
  insertText: string;
  isSnippet?: boolean;
  sortText?: string;
  retrigger?: boolean;
  /** The member's own type, for attributes. */
  type?: SymbolType;
  /** For methods: the type a call returns, given the call's argument text. */
  returns?: (args: string) => SymbolType | undefined;
}

/** What member lists depend on besides the symbol itself. */
export interface SymbolEnv {
  element: ApprovalEvent;
  model: ModelInfo | undefined;
  context: AppContext;
}

/** A method member whose insert text puts the cursor between the parentheses (none when it takes nothing). */
export function method(
  name: string,
  signature: string,
  documentation: string,
  extra: Partial<SymbolMember> = {},
): SymbolMember {
  const takesArgs = !signature.endsWith('()');
  return {
    name,
    kind: 'method',
    detail: signature,
    documentation: `${markdownCodeBlock(signature)}\n${documentation}`,
    insertText: takesArgs ? `${name}($0)` : `${name}()`,
    isSnippet: takesArgs,
    ...extra,
  };
}

/** An attribute member. */
export function property(
  name: string,
  detail: string,
  documentation: string,
  extra: Partial<SymbolMember> = {},
): SymbolMember {
  return { name, kind: 'property', detail, documentation, insertText: name, ...extra };
}

/** Snippet text is literal except for `$`, `}` and `\`, which would start or end a placeholder. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}
