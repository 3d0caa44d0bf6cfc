export * from './app-context.js';
export type * from './app-context.types.js';
export * from './app-tree.js';
export * from './element-type.js';
export * from './export-baseline.js';
export * from './handle-codes.js';
export {
  type JsonReadFailure,
  type JsonValueResult,
  MAX_JSON_DEPTH,
  readJsonValue,
} from './json-document.js';
export {
  type ModelPyFile,
  modelPyFilesToParse,
  parseModelPyBytes,
  rememberModelPyParse,
} from './model-py-parses.js';
export { MAX_FIELDS_PER_MODEL, MAX_MODEL_PY_BYTES, type ParsedModelPy } from './model-py-reader.js';
export * from './tree-fingerprint.js';
export { type WindowsNameProblem, windowsNameProblem, windowsPathProblem } from './windows-file-name.js';
