// Browser-only entry: the Web Worker sandbox host and its Cache Storage snapshot store.
export * from './sandbox/browser-sandbox.js';
export * from './sandbox/cache-snapshot-store.js';
export { memorySnapshotStore, observedSnapshotStore, type SnapshotStore } from './sandbox/snapshot-store.js';
