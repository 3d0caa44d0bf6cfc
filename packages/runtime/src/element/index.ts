export * from './approval-event.types.js';
export * from './convert-spelling.js';
export * from './element-draft.js';
export type * from './element-edit.types.js';
export { belongsToElement, elementPaths } from './element-files.js';
export * from './element-lifecycle.js';
export * from './element-methods.js';
export * from './element-references.js';
export * from './element-schema.js';
export * from './handler-signature.js';
export * from './new-element.js';
export { eJsonPath, normaliseElement, type ParsedElement, parseElement } from './parse-element.js';
export * from './python-analysis.js';
export * from './run-behaviour.js';
export {
  canonicalHandleType,
  detectSpelling,
  funcTypeValues,
  isIdentifier,
  NEWER_INNER_HANDLER,
  newerInnerFunc,
  normaliseTriggerNode,
  sameHandleType,
  spellFuncType,
  stripNodePrefix,
} from './spelling.js';
export * from './status-values.js';
export * from './validate-app.js';
export * from './validate-element.js';
export { innerPyPath } from './validate-handler.js';
export {
  findInvisibleCharacters,
  type InvisibleCharacter,
  showInvisibleCharacters,
} from './validate-invisible-characters.js';
export * from './write-element.js';
