// Public, platform-neutral entry of the runtime: everything here runs in a browser and in Node.
export * from './app/index.js';
export * from './bundle/index.js';
export * from './element/index.js';
export * from './import/index.js';
export * from './intellisense/index.js';
export * from './issue/issue-text.js';
export * from './issue/validation-issue.js';
export * from './sandbox/index.js';
export * from './simulate/index.js';
export * from './testing/index.js';
