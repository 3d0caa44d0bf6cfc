// Platform-neutral sandbox API: the run contract, the protocol, the host logic and the engine.
// The hosts that spawn workers are exported from the runtime's node.ts and browser.ts entries.
export * from './engine.js';
export * from './protocol.js';
export type * from './run.types.js';
export * from './sandbox-host.js';
export * from './snapshot-key.js';
export * from './snapshot-store.js';
export * from './snapshot-vault.js';
export * from './wasm-memory.js';
export * from './worker-lockdown.js';
