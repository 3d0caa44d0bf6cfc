// Node-only entry: disk access and the worker_threads sandbox host.
export * from './app/app-folder.node.js';
export * from './sandbox/node-sandbox.js';
