export * from './approval-event.types.js';
