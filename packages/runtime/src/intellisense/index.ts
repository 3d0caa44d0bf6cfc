// Code intelligence for inner.py, editor-neutral: the studio maps these results to Monaco.
export { completionsAt } from './completions-at.js';
export { diagnosticsFor } from './diagnostics-for.js';
export { hoverAt } from './hover-at.js';
export type * from './intellisense.types.js';
export { isolateBidi } from './markdown-text.js';
export { quickFixesFor } from './quick-fixes-for.js';
