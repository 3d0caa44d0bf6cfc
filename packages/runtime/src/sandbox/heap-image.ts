// Every run starts from the same interpreter, byte for byte: once the worker is locked down, the
// engine copies Python's whole wasm heap, and after each run it writes that copy back (and zeroes
// whatever the run grew past it). Nothing a handler does to Python's state — a patched module, an
// instance attribute, a registry inside C (codecs, copyreg), the recursion limit — reaches the next
// run. This is the approach hosted Python sandboxes take (a fresh isolate restored from a snapshot
// per request), at the cost of one memory copy: about 3–5 ms for Pyodide's ~35 MB heap.
//
// What lives outside the heap is put back separately (python/_event_studio/between_runs.py): the
// in-memory file system's /tmp and working directory, and the random generator's seed.

/** A copy of a wasm heap, written back over the live heap before a run. */
export class HeapImage {
  private constructor(
    private readonly image: Uint8Array,
    private readonly heap: () => ArrayBuffer,
  ) {}

  /** Copies the heap as it is now; `heap` gives the live heap's buffer (it changes when memory grows). */
  static capture(heap: () => ArrayBuffer): HeapImage {
    return new HeapImage(new Uint8Array(heap()).slice(), heap);
  }

  /** Bytes in the image. */
  get byteLength(): number {
    return this.image.byteLength;
  }

  /** Writes the image back; memory a run grew is zeroed, as a fresh heap's would be. */
  restore(): void {
    const live = new Uint8Array(this.heap());
    live.set(this.image);
    if (live.byteLength > this.image.byteLength) live.fill(0, this.image.byteLength);
  }
}
