export * from './app-context.js';
export type * from './app-context.types.js';
export * from './app-tree.js';
export * from './element-type.js';
export * from './export-baseline.js';
export * from './handle-codes.js';
export * from './tree-fingerprint.js';
