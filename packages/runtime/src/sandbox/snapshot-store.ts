// Where a memory snapshot lives between visits. A store holds one entry and replaces it whole; it
// may throw on any call (private mode, quota, no storage at all): SnapshotVault turns every failure
// into "no snapshot", so a store needs no error handling of its own.

/** The stored entry: what it was made for, and its bytes (read only once the key fits). */
export interface StoredSnapshot {
  key: string;
  bytes(): Promise<ArrayBuffer>;
}

/** One snapshot's storage: Cache Storage in the browser (cache-snapshot-store.ts), memory in tests. */
export interface SnapshotStore {
  read(): Promise<StoredSnapshot | undefined>;
  /** Replaces whatever is stored. */
  write(key: string, bytes: ArrayBuffer): Promise<void>;
  clear(): Promise<void>;
}

/** A store in memory, for Node and tests: each read hands out its own copy (the host transfers it). */
export function memorySnapshotStore(): SnapshotStore {
  let entry: { key: string; bytes: ArrayBuffer } | undefined;
  return {
    read: async () => {
      const current = entry;
      return current && { key: current.key, bytes: async () => current.bytes.slice(0) };
    },
    write: async (key, bytes) => {
      entry = { key, bytes: bytes.slice(0) };
    },
    clear: async () => {
      entry = undefined;
    },
  };
}

/** What a store wrote, and how long writing took. */
export interface SnapshotWrite {
  key: string;
  bytes: number;
  ms: number;
}

/** Wraps a store to report each completed write (the studio's performance mark, tests' waits). */
export function observedSnapshotStore(
  store: SnapshotStore,
  onWrite: (write: SnapshotWrite) => void,
): SnapshotStore {
  return {
    read: () => store.read(),
    clear: () => store.clear(),
    write: async (key, bytes) => {
      const started = performance.now();
      const size = bytes.byteLength;
      await store.write(key, bytes);
      onWrite({ key, bytes: size, ms: performance.now() - started });
    },
  };
}
