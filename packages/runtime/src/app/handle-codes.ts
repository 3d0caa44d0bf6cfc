import type { WorkflowNodeKind } from './app-context.types.js';

/**
 * The studio's table of handle (button) codes in a workflow's `nodeConfig[id].handleList`.
 * The platform documents 0 submit, 2 agree, 3 reject and 16 cancel; the other codes are the
 * studio's decision (see sample-app/README.md) so that transfer and friends have a name an event
 * can list. Names are the seed spelling's `handleType` values.
 */
export const HANDLE_CODES: Readonly<Record<number, string>> = Object.freeze({
  0: 'submit',
  1: 'manualEnd',
  2: 'agree',
  3: 'reject',
  4: 'refuse',
  5: 'transfer',
  6: 'addSign',
  7: 'recall',
  16: 'cancel',
});

/**
 * Every word a handle code answers to, in either documentation revision (issue #17). The button
 * regular-approval.md calls 拒绝 (3) is `reject` in the seed and `refuse` ("reject and end") in the
 * newer revision; 撤销流程 (16, "Cancel Process") is the newer revision's `manualEnd`, and `cancel`
 * is the studio's earlier word for it, still read; transfer (seed) is transmit (newer). An event
 * listing any of a button's words fires when that button is pressed.
 */
const HANDLE_CODE_WORDS: Readonly<Record<number, readonly string[]>> = Object.freeze({
  3: ['reject', 'refuse'],
  5: ['transfer', 'transmit'],
  16: ['cancel', 'manualEnd'],
});

/** The words a handle code answers to: its name first, then the other revision's (see HANDLE_CODE_WORDS). */
export function handleWordsOfCode(code: number): readonly string[] {
  return HANDLE_CODE_WORDS[code] ?? [handleNameOfCode(code)];
}

/** True when the code is in the studio's handle table. */
export function isKnownHandleCode(code: number): boolean {
  return Object.hasOwn(HANDLE_CODES, code);
}

/** The handle-type name of a numeric code: `2` → `agree`; unknown codes become `handle<code>`. */
export function handleNameOfCode(code: number): string {
  return HANDLE_CODES[code] ?? `handle${code}`;
}

/** The numeric code of a handle-type name (`agree` → 2, `handle42` → 42), or undefined. */
export function handleCodeOfName(name: string): number | undefined {
  for (const [code, known] of Object.entries(HANDLE_CODES)) if (known === name) return Number(code);
  const match = /^handle(\d+)$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Node `type` codes from config.json: 0 start, 1 approval, 4 branch, 5/6 parallel start/end, 7 end. */
export const NODE_KINDS: Readonly<Record<number, WorkflowNodeKind>> = Object.freeze({
  0: 'start',
  1: 'approval',
  4: 'branch',
  5: 'parallelStart',
  6: 'parallelEnd',
  7: 'end',
});

/** The kind of a node `type` code; codes outside the table are `other`. */
export function nodeKindOfCode(code: number): WorkflowNodeKind {
  return NODE_KINDS[code] ?? 'other';
}
