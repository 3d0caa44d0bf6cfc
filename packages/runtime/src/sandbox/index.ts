export type * from './run.types.js';
