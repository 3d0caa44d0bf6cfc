// Python's heap is one wasm memory. The worker caps how far it may grow (a refused grow is a
// MemoryError in Python), remembers how large it got (the host recycles a worker that grew past a
// mark), and finds the live buffer of Pyodide's memory for the heap restore between runs
// (heap-image.ts): a grow detaches the old buffer, so the restore asks for the current one.

/** Bytes of wasm memory a worker may grow to; beyond it allocations fail (Python: MemoryError). */
export const MEMORY_CAP_BYTES = 512 * 1024 * 1024;
/** After a run, a worker whose memory grew past this is replaced (wasm memory never shrinks). */
export const MEMORY_RECYCLE_BYTES = 256 * 1024 * 1024;
const PAGE = 65536;

/** What the cap has seen of the worker's wasm memories. */
export interface WasmMemoryWatch {
  /** The largest memory seen so far, in bytes. */
  largestBytes(): number;
  /**
   * The live buffer of the memory whose buffer is `buffer` now (read it at lock-down, from the
   * heap Pyodide uses): it follows that memory through later grows.
   */
  liveBuffer(buffer: ArrayBuffer): () => ArrayBuffer;
}

/**
 * Caps wasm memory growth: Emscripten grows the heap through `WebAssembly.Memory.prototype.grow`,
 * and a refused grow makes malloc fail, which Python reports as MemoryError. Install before
 * loading Pyodide.
 */
export function capWasmMemory(capBytes: number = MEMORY_CAP_BYTES): WasmMemoryWatch {
  const prototype = WebAssembly.Memory.prototype;
  const grow = prototype.grow;
  let largest = 0;
  // Every memory that grew, and the one the heap restore follows once it is chosen.
  const grown = new Set<WebAssembly.Memory>();
  let followed: { buffer: ArrayBuffer; memory?: WebAssembly.Memory } | undefined;
  Object.defineProperty(prototype, 'grow', {
    value: function cappedGrow(this: WebAssembly.Memory, pages: number): number {
      const next = this.buffer.byteLength + pages * PAGE;
      if (next > capBytes) throw new RangeError(`the sandbox's memory is capped at ${capBytes / 2 ** 20} MB`);
      largest = Math.max(largest, next);
      if (followed) {
        if (!followed.memory && this.buffer === followed.buffer) followed.memory = this;
      } else grown.add(this);
      return grow.call(this, pages);
    },
    writable: false,
    configurable: false,
  });
  return {
    largestBytes: () => largest,
    liveBuffer(buffer) {
      // Chosen once, by identity with the buffer Pyodide's heap uses now; no later grow of any
      // other memory can move it.
      const memory = [...grown].find((m) => m.buffer === buffer);
      grown.clear();
      const chosen: { buffer: ArrayBuffer; memory?: WebAssembly.Memory } = { buffer };
      if (memory) chosen.memory = memory;
      followed = chosen;
      return () => chosen.memory?.buffer ?? chosen.buffer;
    },
  };
}
