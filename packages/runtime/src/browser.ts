// Browser-only entry: the Web Worker sandbox host.
export * from './sandbox/browser-sandbox.js';
