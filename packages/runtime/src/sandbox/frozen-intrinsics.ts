// The JavaScript built-ins, frozen once Pyodide is loaded. Python is not the boundary: a handler can
// hold JS objects through Pyodide's FFI, and from any of them reach Object, Array, Promise… Frozen,
// they cannot be changed for code that runs later — no `Object.prototype.toJSON` rewriting the
// engine's next reply, no replaced `Array.prototype.push`. (The attack that forged another app's
// run did exactly that, from code evaluated through a string timer.)
//
// Freezing a prototype has one well-known side effect, the "override mistake": assigning a property
// that a frozen prototype holds as a data property (`error.name = …`, `obj.toString = …`) throws in
// strict code instead of creating an own property. As SES does, the few properties real code
// assigns that way become accessors on the prototype whose setter defines the own property.

/** Properties code commonly assigns on instances although a built-in prototype defines them. */
const OVERRIDABLE = ['constructor', 'name', 'message', 'toString', 'valueOf', 'toLocaleString', 'toJSON'];

function tameOverride(prototype: object, name: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
  if (!descriptor || !('value' in descriptor) || !descriptor.configurable) return;
  const value: unknown = descriptor.value;
  Object.defineProperty(prototype, name, {
    get: function getOverridable() {
      return value;
    },
    set: function setOverridable(this: object, next: unknown) {
      if (this === prototype) throw new TypeError(`Cannot assign to read only property '${name}'`);
      Object.defineProperty(this, name, {
        value: next,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    },
    enumerable: descriptor.enumerable ?? false,
    configurable: false,
  });
}

function harden(target: unknown, seen: Set<unknown>): void {
  if ((typeof target !== 'object' && typeof target !== 'function') || target === null || seen.has(target))
    return;
  seen.add(target);
  const prototype = (target as { prototype?: unknown }).prototype;
  if (typeof target === 'function' && prototype && typeof prototype === 'object') {
    for (const name of OVERRIDABLE) tameOverride(prototype, name);
    Object.freeze(prototype);
  }
  Object.freeze(target);
}

/** The built-ins a handler's JS objects lead to: constructors, their prototypes and namespaces. */
function intrinsics(): unknown[] {
  const functionPrototypes = [
    function sample() {},
    async function sample() {},
    function* sample() {},
    async function* sample() {},
  ].map((f) => Object.getPrototypeOf(f) as object);
  const typedArray = Object.getPrototypeOf(Uint8Array) as unknown;
  const iterator = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;
  // Only in a cross-origin-isolated page (the studio served with COOP/COEP): a plain static host
  // has no SharedArrayBuffer, and the sandbox must still start there (without the interrupt).
  const scope = globalThis as { SharedArrayBuffer?: unknown; Atomics?: unknown };
  const isolatedOnly = [scope.SharedArrayBuffer, scope.Atomics].filter((value) => value !== undefined);
  return [
    ...isolatedOnly,
    Object,
    Object.prototype,
    ...functionPrototypes,
    Array,
    String,
    Number,
    Boolean,
    Symbol,
    BigInt,
    Date,
    RegExp,
    Promise,
    Map,
    Set,
    WeakMap,
    WeakSet,
    WeakRef,
    FinalizationRegistry,
    ArrayBuffer,
    DataView,
    typedArray,
    ...[
      Int8Array,
      Uint8Array,
      Uint8ClampedArray,
      Int16Array,
      Uint16Array,
      Int32Array,
      Uint32Array,
      Float32Array,
      Float64Array,
      BigInt64Array,
      BigUint64Array,
    ],
    iterator,
    Proxy,
    Reflect,
    Math,
    JSON,
    WebAssembly,
    ...[WebAssembly.Module, WebAssembly.Instance, WebAssembly.Memory, WebAssembly.Table, WebAssembly.Global],
  ];
}

/**
 * Freezes the built-ins (prototypes with their common overrides tamed). The Error constructors'
 * prototypes are frozen but not the constructors themselves: engines and Node assign
 * `Error.stackTraceLimit` at run time.
 */
export function freezeIntrinsics(): void {
  const seen = new Set<unknown>();
  for (const errorType of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
    for (const name of OVERRIDABLE) tameOverride(errorType.prototype, name);
    Object.freeze(errorType.prototype);
    seen.add(errorType);
  }
  for (const intrinsic of intrinsics()) harden(intrinsic, seen);
}
