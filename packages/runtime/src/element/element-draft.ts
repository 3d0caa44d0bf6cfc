import type { ApprovalEvent, FuncType, Spelling } from './approval-event.types.js';

/**
 * What the user edits in the form: an element's e.json fields, normalised. funcType is lower case
 * whatever the spelling; `func` is the whole reference (`inner.fn` or `services.S.fn`) and is
 * ignored when writing a newer-spelling Inner handler, which has no func (it is always customFunc).
 * `enable` only exists in the newer spelling; a seed element is always enabled.
 */
export interface ElementDraft {
  spelling: Spelling;
  title: string;
  model: string;
  operate: string;
  funcType: FuncType;
  func: string;
  triggerNode: string[];
  handleType: string[];
  handleNode?: string;
  enable: 0 | 1;
}

/** The editable fields of a parsed element. */
export function draftOf(element: ApprovalEvent): ElementDraft {
  const draft: ElementDraft = {
    spelling: element.spelling,
    title: element.title,
    model: element.model,
    operate: element.operate,
    funcType: element.funcType,
    func: element.func,
    triggerNode: [...element.triggerNode],
    handleType: [...element.handleType],
    enable: element.enable,
  };
  if (element.handleNode !== undefined) draft.handleNode = element.handleNode;
  return draft;
}
