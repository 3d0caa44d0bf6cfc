// Public surface of testing/.
export * from './sample-rows.js';
export * from './build-run-request.js';
