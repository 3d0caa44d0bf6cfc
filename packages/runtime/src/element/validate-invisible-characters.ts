import type { AppContext, ModelField, ModelInfo } from '../app/app-context.types.js';
import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import type { ApprovalEvent } from './approval-event.types.js';
import { stripNodePrefix } from './spelling.js';
import { workflowOf } from './validate-workflow.js';

// Zero-width and direction characters show nothing, yet make `Order Approval Event` and
// `Order\u200B Approval Event` two different names that read the same, and a U+202E turns the
// text after it around. The rule warns (a name may be odd on purpose); it never blocks.

/** One invisible character in a text. */
export interface InvisibleCharacter {
  /** `U+202E` */
  codePoint: string;
  /** `RIGHT-TO-LEFT OVERRIDE`, or a generic name for a format character without its own here. */
  name: string;
  /** 1-based, counted in characters (code points), as a person counts them. */
  position: number;
}

// Unicode's "Cf" format characters (zero-width spaces and joiners, direction marks, embeddings,
// overrides and isolates, the soft hyphen, the byte-order mark, tags …) and the Hangul fillers,
// letters that draw nothing and are a known way to fake an empty or equal name.
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/u;

const NAMES: Readonly<Record<number, string>> = {
  173: 'SOFT HYPHEN',
  1564: 'ARABIC LETTER MARK',
  4447: 'HANGUL CHOSEONG FILLER',
  4448: 'HANGUL JUNGSEONG FILLER',
  6158: 'MONGOLIAN VOWEL SEPARATOR',
  8203: 'ZERO WIDTH SPACE',
  8204: 'ZERO WIDTH NON-JOINER',
  8205: 'ZERO WIDTH JOINER',
  8206: 'LEFT-TO-RIGHT MARK',
  8207: 'RIGHT-TO-LEFT MARK',
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8288: 'WORD JOINER',
  8289: 'FUNCTION APPLICATION',
  8290: 'INVISIBLE TIMES',
  8291: 'INVISIBLE SEPARATOR',
  8292: 'INVISIBLE PLUS',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
  12644: 'HANGUL FILLER',
  65279: 'ZERO WIDTH NO-BREAK SPACE',
  65440: 'HALFWIDTH HANGUL FILLER',
};

// A zero-width (non-)joiner is spelling, not a trick, between letters of the scripts that join or
// form conjuncts (Persian, Arabic, the Indic scripts …) and inside emoji sequences.
const JOINERS = new Set([0x200c, 0x200d]);
const JOINING_CONTEXT =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Khmer}]/u;

/** True for a character a zero-width joiner may stand beside (an emoji's variation selector too). */
function joins(char: string): boolean {
  return char === '\uFE0F' || JOINING_CONTEXT.test(char);
}

/** `U+202E`: a code point as Unicode writes it. */
function codePointOf(value: number): string {
  return `U+${value.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The invisible and direction-control characters in a text, in order; [] for ordinary text. */
export function findInvisibleCharacters(text: string): InvisibleCharacter[] {
  // One scan of the whole text first: almost every text has none (a 2,000-field model is checked
  // each time an event on it is validated).
  if (!INVISIBLE.test(text)) return [];
  const chars = Array.from(text);
  const found: InvisibleCharacter[] = [];
  chars.forEach((char, index) => {
    if (!INVISIBLE.test(char)) return;
    const value = char.codePointAt(0) ?? 0;
    const before = chars[index - 1];
    const after = chars[index + 1];
    if (JOINERS.has(value) && before !== undefined && after !== undefined && joins(before) && joins(after))
      return;
    const name =
      NAMES[value] ?? (value >= 0xe0000 && value <= 0xe007f ? 'TAG CHARACTER' : 'FORMAT CHARACTER');
    found.push({ codePoint: codePointOf(value), name, position: index + 1 });
  });
  return found;
}

/** The text with each invisible character written out as `<U+202E>`, safe to put in a message. */
export function showInvisibleCharacters(text: string): string {
  const chars = Array.from(text);
  const at = new Map(findInvisibleCharacters(text).map((hidden) => [hidden.position, hidden.codePoint]));
  return chars.map((char, index) => (at.has(index + 1) ? `<${at.get(index + 1)}>` : char)).join('');
}

/** What holds the text, for the message and its translation (issue-texts-zh.ts). */
type Subject =
  | { kind: 'title' }
  | { kind: 'folder' }
  | { kind: 'fieldName' | 'fieldTitle'; model: string; field: string }
  | { kind: 'nodeTitle'; workflow: string; node: string };

function describeSubject(subject: Subject): string {
  switch (subject.kind) {
    case 'title':
      return 'title';
    case 'folder':
      return 'folder name';
    case 'fieldName':
      return `the name of a field of ${subject.model}`;
    case 'fieldTitle':
      return `the title of field ${subject.field} of ${subject.model}`;
    case 'nodeTitle':
      return `the title of node '${subject.node}' of ${subject.workflow}`;
  }
}

function invisibleIssue(
  text: string,
  subject: Subject,
  where: { file: string; pointer: string; line?: number },
): ValidationIssue[] {
  const hidden = findInvisibleCharacters(text);
  const first = hidden[0];
  if (first === undefined) return [];
  const shown = showInvisibleCharacters(text);
  const more = hidden.length > 1 ? ` (and ${hidden.length - 1} more)` : '';
  const message = `${describeSubject(subject)} '${shown}' contains the invisible character ${first.codePoint} ${first.name} at position ${first.position}${more}; remove it: it makes two names look the same, or turns the text beside it around`;
  const params: Record<string, string> = {
    kind: subject.kind,
    text: shown,
    codePoint: first.codePoint,
    name: first.name,
    position: String(first.position),
    count: String(hidden.length),
  };
  if ('model' in subject) Object.assign(params, { model: subject.model, field: subject.field });
  if ('workflow' in subject) Object.assign(params, { workflow: subject.workflow, node: subject.node });
  const extra = where.line === undefined ? { params } : { line: where.line, params };
  return [issue('warning', 'text.invisibleCharacter', where.file, where.pointer, message, extra)];
}

/** model.py of the model that declares a field (a parent model's, for an inherited one). */
function modelPyOf(field: ModelField, model: ModelInfo, context: AppContext): string {
  const owner = field.inheritedFrom === undefined ? model : context.models.get(field.inheritedFrom);
  return `${(owner ?? model).folder}/model.py`;
}

/**
 * Warnings for invisible or direction-control characters in the names a person tells this event
 * by: its title and folder name, its model's field names and titles, and the titles of the
 * workflow nodes it refers to. Each names the character, its code point and its position.
 */
export function validateInvisibleCharacters(
  element: ApprovalEvent,
  file: string,
  context: AppContext,
): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  if (typeof element.config.title === 'string') {
    found.push(...invisibleIssue(element.config.title, { kind: 'title' }, { file, pointer: '/title' }));
  }
  for (const segment of element.folder.split('/')) {
    found.push(...invisibleIssue(segment, { kind: 'folder' }, { file, pointer: '' }));
  }
  const model = context.models.get(element.model);
  for (const field of model?.fields ?? []) {
    if (model === undefined) break;
    if (!INVISIBLE.test(field.name) && (field.title === undefined || !INVISIBLE.test(field.title))) continue;
    const where = { file: modelPyOf(field, model, context), pointer: '', line: field.line };
    const subject = { model: model.fullName, field: showInvisibleCharacters(field.name) };
    found.push(...invisibleIssue(field.name, { kind: 'fieldName', ...subject }, where));
    if (field.title !== undefined) {
      found.push(...invisibleIssue(field.title, { kind: 'fieldTitle', ...subject }, where));
    }
  }
  const workflow = model === undefined ? undefined : workflowOf(context, model.fullName);
  if (workflow !== undefined) {
    const referenced = new Set(
      element.operate === 'NodeChange'
        ? element.triggerNode.map(stripNodePrefix)
        : element.operate === 'NodeHandled' && element.handleNode !== undefined
          ? [element.handleNode]
          : [],
    );
    for (const node of workflow.nodes) {
      if (!referenced.has(node.id)) continue;
      const id = showInvisibleCharacters(node.id);
      const subject = { kind: 'nodeTitle' as const, workflow: workflow.fullName, node: id };
      found.push(
        ...invisibleIssue(node.title, subject, { file: `${workflow.folder}/config.json`, pointer: '' }),
      );
    }
  }
  return found;
}
