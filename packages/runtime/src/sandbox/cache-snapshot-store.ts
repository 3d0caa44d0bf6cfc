import type { SnapshotStore } from './snapshot-store.js';

// The browser's store for the sandbox's memory snapshot: one Cache Storage entry, its key in a
// header. Only the page (the host) uses it; the worker never has storage once locked down.

/** The Cache Storage cache the studio keeps its snapshot in. */
export const SNAPSHOT_CACHE_NAME = 'event-studio-python-snapshot';
// A cache key must be an http(s) URL; nothing is ever fetched from it.
const ENTRY_PATH = '/__event-studio/python-snapshot';
const KEY_HEADER = 'x-snapshot-key';

/** A snapshot store over Cache Storage (throws where there is none: insecure pages, some private modes). */
export function cacheSnapshotStore(cacheName: string = SNAPSHOT_CACHE_NAME): SnapshotStore {
  const entry = (): string => new URL(ENTRY_PATH, globalThis.location.href).href;
  const open = (): Promise<Cache> => globalThis.caches.open(cacheName);
  return {
    async read() {
      const response = await (await open()).match(entry());
      if (!response) return undefined;
      return { key: response.headers.get(KEY_HEADER) ?? '', bytes: () => response.arrayBuffer() };
    },
    async write(key, bytes) {
      const headers = { 'content-type': 'application/octet-stream', [KEY_HEADER]: key };
      await (await open()).put(entry(), new Response(bytes, { headers }));
    },
    async clear() {
      await globalThis.caches.delete(cacheName);
    },
  };
}
