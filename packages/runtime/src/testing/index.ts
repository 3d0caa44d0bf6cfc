// Public surface of testing/.

export * from './build-run-request.js';
export * from './rows-import.js';
export * from './rows-import-coerce.js';
export * from './rows-import-csv.js';
export * from './sample-rows.js';
export * from './sample-rows-file.js';
export * from './test-case.js';
export * from './test-case-file.js';
export * from './test-case-schema.js';
