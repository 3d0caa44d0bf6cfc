export * from './app-tree.js';
export type * from './app-context.types.js';
