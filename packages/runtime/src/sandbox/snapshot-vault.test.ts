import { describe, expect, it } from 'vitest';
import { PYTHON_SOURCES, PYTHON_SOURCES_HASH } from './python-sources.generated.js';
import { hashPythonSources } from './python-sources.node.js';
import { SNAPSHOT_FORMAT, snapshotKey } from './snapshot-key.js';
import { memorySnapshotStore, type SnapshotStore } from './snapshot-store.js';
import { SnapshotVault } from './snapshot-vault.js';

// The key and version logic of the memory snapshot over an in-memory store. Cache Storage itself
// is exercised in Chromium by e2e/tests/sandbox-warm-start.spec.ts.

const KEY = snapshotKey('314.0.7');
const bytes = (...values: number[]) => new Uint8Array(values).buffer;
const list = (buffer: ArrayBuffer | undefined) => (buffer ? [...new Uint8Array(buffer)] : undefined);

describe('snapshotKey', () => {
  it('names the format, the Pyodide version and the hash of the shim sources', () => {
    expect(KEY).toBe(`format-${SNAPSHOT_FORMAT}/pyodide-314.0.7/shim-${PYTHON_SOURCES_HASH}`);
    expect(PYTHON_SOURCES_HASH).toBe(hashPythonSources(PYTHON_SOURCES));
  });

  it('changes with any shim file and with Pyodide', () => {
    const edited = {
      ...PYTHON_SOURCES,
      '_event_studio/runner.py': `${PYTHON_SOURCES['_event_studio/runner.py']}\n`,
    };
    expect(snapshotKey('314.0.7', hashPythonSources(edited))).not.toBe(KEY);
    expect(snapshotKey('314.0.8')).not.toBe(KEY);
  });
});

describe('SnapshotVault', () => {
  it('gives back what it kept, for the same key', async () => {
    const store = memorySnapshotStore();
    const vault = new SnapshotVault(store, KEY);
    expect(await vault.take()).toBeUndefined();
    expect(await vault.keep(KEY, bytes(1, 2, 3))).toBe(true);
    expect(list(await vault.take())).toEqual([1, 2, 3]);
    // Each take is a copy the host can transfer away.
    expect(list(await vault.take())).toEqual([1, 2, 3]);
  });

  it('never restores another release’s snapshot, and deletes it', async () => {
    const store = memorySnapshotStore();
    await new SnapshotVault(store, snapshotKey('314.0.6')).keep(snapshotKey('314.0.6'), bytes(1));
    expect(await new SnapshotVault(store, KEY).take()).toBeUndefined();
    expect(await store.read()).toBeUndefined();
  });

  it('refuses to keep a snapshot made for another key', async () => {
    const store = memorySnapshotStore();
    const vault = new SnapshotVault(store, KEY);
    expect(await vault.keep(snapshotKey('0.0.0'), bytes(1))).toBe(false);
    expect(await store.read()).toBeUndefined();
  });

  it('discards on request', async () => {
    const vault = new SnapshotVault(memorySnapshotStore(), KEY);
    await vault.keep(KEY, bytes(1));
    await vault.discard();
    expect(await vault.take()).toBeUndefined();
  });

  it('runs operations in order: a take right after a keep or a discard sees it', async () => {
    const vault = new SnapshotVault(memorySnapshotStore(), KEY);
    void vault.keep(KEY, bytes(7));
    const afterKeep = vault.take();
    void vault.discard();
    const afterDiscard = vault.take();
    expect(list(await afterKeep)).toEqual([7]);
    expect(await afterDiscard).toBeUndefined();
  });

  it('turns every storage failure into "no snapshot"', async () => {
    const failing: SnapshotStore = {
      read: () => Promise.reject(new Error('SecurityError: no storage in private mode')),
      write: () => Promise.reject(new Error('QuotaExceededError')),
      clear: () => Promise.reject(new Error('SecurityError')),
    };
    const vault = new SnapshotVault(failing, KEY);
    expect(await vault.take()).toBeUndefined();
    expect(await vault.keep(KEY, bytes(1))).toBe(false);
    await expect(vault.discard()).resolves.toBeUndefined();
    // A failure does not jam the queue.
    expect(await vault.take()).toBeUndefined();
  });
});
