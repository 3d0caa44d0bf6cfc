// Public surface of testing/.

export * from './build-run-request.js';
export * from './sample-rows.js';
