import type { SnapshotStore } from './snapshot-store.js';

// The host's side of the memory snapshot: hands a worker the stored snapshot only when it was made
// for this very key (format, Pyodide, shim), stores the one a worker made, and deletes one that
// failed to restore (the worker checks the bytes themselves: snapshot-pack.ts). Every storage
// failure means "no snapshot": a user is never left without Python because of storage.
// Operations run one at a time, in order, so a start that follows a store or a delete sees it.

/** A stored snapshot of the right key; reading its bytes may still fail (undefined). */
export interface FoundSnapshot {
  bytes(): Promise<ArrayBuffer | undefined>;
}

/** The snapshot store as the sandbox host uses it, for one key. */
export class SnapshotVault {
  readonly key: string;
  private readonly store: SnapshotStore;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(store: SnapshotStore, key: string) {
    this.store = store;
    this.key = key;
  }

  /**
   * The stored snapshot when it was made for this key, without reading its bytes yet (a worker
   * starts loading Pyodide meanwhile); another release's snapshot is deleted.
   */
  find(): Promise<FoundSnapshot | undefined> {
    return this.serial(async () => {
      const stored = await this.store.read();
      if (!stored) return undefined;
      if (stored.key === this.key) return { bytes: () => stored.bytes().catch((): undefined => undefined) };
      // Never restored, and not worth its space.
      await this.store.clear();
      return undefined;
    }, undefined);
  }

  /** The stored bytes when they were made for this key. */
  async take(): Promise<ArrayBuffer | undefined> {
    return (await this.find())?.bytes();
  }

  /** Stores what a worker made, when it was made for this key; resolves true once stored. */
  keep(key: string, bytes: ArrayBuffer): Promise<boolean> {
    return this.serial(async () => {
      if (key !== this.key) return false;
      await this.store.write(key, bytes);
      return true;
    }, false);
  }

  /** Deletes the stored snapshot (it failed to restore). */
  discard(): Promise<void> {
    return this.serial(() => this.store.clear(), undefined);
  }

  private serial<T>(task: () => Promise<T>, fallback: T): Promise<T> {
    const next = this.queue.then(task).catch(() => fallback);
    this.queue = next;
    return next;
  }
}
