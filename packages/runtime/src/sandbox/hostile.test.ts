import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalEvent } from '../element/approval-event.types.js';
import { NodeSandbox } from './node-sandbox.js';
import type { RunRequest, RunResult } from './run.types.js';
import { memorySnapshotStore, observedSnapshotStore } from './snapshot-store.js';

// Hostile handlers against one shared sandbox with a standby: each contained, then a normal run
// that works. Twice: with workers that load Python from scratch, and with workers restored from a
// memory snapshot (the studio's returning visitors and restarts), whose lock-down must hold the same.

const ELEMENT: ApprovalEvent = {
  fullName: 'events.hostile',
  folder: 'events/hostile',
  spelling: 'seed',
  title: 'Hostile',
  model: 'models.OrderModel',
  operate: 'Process',
  funcType: 'inner',
  func: 'inner.handle',
  triggerNode: [],
  handleType: [],
  enable: 1,
  config: {},
};

function request(body: string, timeoutMs?: number): RunRequest {
  return {
    element: ELEMENT,
    files: { 'events/hostile/inner.py': body },
    model: { fullName: 'models.OrderModel', fields: [{ name: 'status', type: 'Stext' }] },
    row: { status: 'pending' },
    input: { status: 'approved' },
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
}

/** A handler module: imports, then `def handle(eventOutData):` with the given body lines. */
const handler = (imports: string, ...body: string[]) =>
  `${imports}\ndef handle(eventOutData):\n${body.map((line) => `    ${line}`).join('\n')}\n`;

const NORMAL = handler('', 'eventOutData.row.status = "done"', 'return len("abc")');

let sandbox: NodeSandbox;

async function startSandbox(restored: boolean): Promise<NodeSandbox> {
  if (!restored) return NodeSandbox.start({ standby: true });
  // One sandbox makes the snapshot; the one under test, its standby and every replacement restore it.
  let stored = () => {};
  const written = new Promise<void>((resolve) => {
    stored = resolve;
  });
  const store = observedSnapshotStore(memorySnapshotStore(), () => stored());
  const maker = await NodeSandbox.start({ snapshot: { store } });
  await written;
  maker.dispose();
  const started = await NodeSandbox.start({ standby: true, snapshot: { store } });
  expect(started.startup.start).toBe('snapshot');
  return started;
}

describe.each([
  ['cold-started workers', false],
  ['workers restored from a memory snapshot', true],
])('%s', (_name, restored) => {
  beforeAll(async () => {
    sandbox = await startSandbox(restored);
  }, 120_000);

  afterAll(() => sandbox?.dispose());

  hostileCases();
});

/** Runs a hostile handler, then a normal one that must work in the same sandbox. */
async function contained(code: string, timeoutMs?: number): Promise<RunResult> {
  const result = await sandbox.run(request(code, timeoutMs));
  const normal = await sandbox.run(request(NORMAL));
  expect(normal.error).toBeNull();
  expect(normal.returnValue).toBe(3);
  expect(normal.row.after.status).toBe('done');
  return result;
}

const refused = (result: RunResult, type: string, message: RegExp) => {
  expect(result.ok).toBe(false);
  expect(result.error?.type).toBe(type);
  expect(result.error?.message).toMatch(message);
};

function hostileCases(): void {
  describe('no way out: network', () => {
    it.each([
      ['socket', handler('import socket', 's = socket.socket()', 's.connect(("127.0.0.1", 80))')],
      ['_socket', handler('import _socket', '_socket.socket().connect(("127.0.0.1", 80))')],
      ['urllib', handler('import urllib.request', 'urllib.request.urlopen("http://127.0.0.1:80/")')],
      ['DNS', handler('import socket', 'socket.getaddrinfo("example.com", 80)')],
    ])('refuses %s', async (_name, code) => {
      refused(await contained(code), 'NotAllowedInSandbox', /the network is not available/);
    });
  });

  describe('no way out: imports of the JS bridge', () => {
    it.each([
      ...['js', 'pyodide', 'pyodide_js', '_pyodide', 'pyodide.ffi'].map((name) => [
        `import ${name}`,
        handler('', `import ${name}`),
      ]),
      ['__import__', handler('', '__import__("js")')],
      ['importlib', handler('import importlib', 'importlib.import_module("pyodide.code")')],
      ['builtins.__import__', handler('import builtins', 'builtins.__import__("_pyodide_core")')],
      ['ctypes', handler('', 'import ctypes')],
      [
        '_imp.create_builtin',
        handler(
          'import _imp\nfrom importlib.machinery import ModuleSpec',
          '_imp.create_builtin(ModuleSpec("_pyodide_core", None, origin="built-in"))',
        ),
      ],
      [
        'meta_path tampering',
        handler(
          'import sys',
          'sys.meta_path[:] = [f for f in sys.meta_path if "Blocker" not in type(f).__name__]',
          'import pyodide.code',
          'return pyodide.code.run_js("1")',
        ),
      ],
      [
        'the stdlib zip',
        handler(
          'import zipimport',
          'm = zipimport.zipimporter("/lib/python314.zip").load_module("pyodide.code")',
          'return m.run_js("1")',
        ),
      ],
    ])('%s gives nothing', async (_name, code) => {
      const result = await contained(code);
      expect(result.ok).toBe(false);
      expect(result.error?.type).toMatch(/ModuleNotFoundError|AttributeError/);
    });

    it('sys.modules holds no bridge module', async () => {
      const result = await contained(
        handler(
          'import sys',
          'return sorted(n for n in sys.modules if n.split(".")[0] in ("js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core"))',
        ),
      );
      expect(result.returnValue).toEqual([]);
    });

    it.each([
      ['gc.get_objects', handler('import gc', 'gc.get_objects()'), /garbage collector/],
      ['gc.get_referrers', handler('import gc', 'gc.get_referrers(print)'), /garbage collector/],
      [
        'the shim’s defaults',
        handler('import _imp', 'return str(_imp.create_builtin.__defaults__)'),
        /__defaults__/,
      ],
      [
        'the compiled-code cache later runs execute',
        handler('from _event_studio import importer', 'return str(importer._compiled.__defaults__)'),
        /__defaults__/,
      ],
      ['code objects', handler('', 'return handle.__code__.replace(co_consts=())'), /building code objects/],
    ])('refuses %s', async (_name, code, message) => {
      refused(await contained(code), 'NotAllowedInSandbox', message);
    });

    it('JS objects reachable from Python (pyodide internals via __subclasses__) lead nowhere', async () => {
      // Python is not the boundary: Pyodide's own modules keep JS functions (setTimeout …) in their
      // globals. The worker is: without code evaluation none of them reaches the global or the host.
      const code = handler(
        'import sys',
        'seen, proxies, escaped, todo = set(), [], [], [object]',
        'while todo:',
        '    for s in type.__subclasses__(todo.pop()):',
        '        if s not in seen: seen.add(s); todo.append(s)',
        'for c in seen:',
        '    for v in list(vars(c).values()):',
        '        for x in list(getattr(v, "__globals__", {}).values()):',
        '            if type(x).__name__.startswith("JsProxy") or "JsCallable" in type(x).__name__: proxies.append(x)',
        'for p in proxies:',
        '    for route in (lambda: p.constructor("return process")(), lambda: p.constructor.constructor("return process")(),',
        '                  lambda: p.call.constructor("return this")(), lambda: p.bind.constructor("return globalThis")()):',
        '        try: escaped.append(repr(route()))',
        '        except Exception: pass',
        'return [len(proxies) > 0, escaped]',
      );
      const result = await contained(code);
      expect(result.error).toBeNull();
      expect(result.returnValue).toEqual([true, []]);
    });
  });

  describe('no code from strings, no code later, no changed built-ins', () => {
    // A handler that walks to the JS functions Pyodide keeps (its event loop's scheduleCallback,
    // timers) and to the built-ins behind any JS object.
    const reachJs = [
      'found = {}',
      'seen, todo = set(), [object]',
      'while todo:',
      '    for s in type.__subclasses__(todo.pop()):',
      '        if s not in seen: seen.add(s); todo.append(s)',
      'for c in seen:',
      '    for v in list(vars(c).values()):',
      '        for k, x in list(getattr(v, "__globals__", {}).items()):',
      '            if type(x).__name__.startswith("Js"): found.setdefault(k, x)',
      'def attempt(f):',
      '    try:',
      '        f(); return "DONE"',
      '    except Exception as e:',
      '        return type(e).__name__ + ": " + str(e)[:120]',
    ];
    it('refuses string timers, scheduling during a run, and changes to the built-ins', async () => {
      const result = await contained(
        handler(
          '',
          ...reachJs,
          'fn = next(x for x in found.values() if callable(x))',
          'Object = fn.__proto__.__proto__.constructor',
          'out = {"reached": sorted(k for k in ("scheduleCallback", "setTimeout") if k in found)}',
          'out["schedule-string"] = attempt(lambda: found["scheduleCallback"]("globalThis.x = 1", 0))',
          'out["schedule-function"] = attempt(lambda: found["scheduleCallback"](lambda: None, 0))',
          'out["by-call"] = attempt(lambda: found["scheduleCallback"].call(None, "globalThis.x = 1", 0))',
          'out["by-apply"] = attempt(lambda: found["scheduleCallback"].apply(None, ["globalThis.x = 1", 0]))',
          'out["pollute"] = attempt(lambda: Object.defineProperty(Object.prototype, "toJSON", Object.fromEntries([["value", 1]])))',
          'out["assign"] = attempt(lambda: setattr(Object.prototype, "toJSON", 1))',
          'return out',
        ),
      );
      expect(result.error).toBeNull();
      const out = result.returnValue as Record<string, string | string[]>;
      expect(out.reached).toContain('scheduleCallback');
      expect(out['schedule-string']).toMatch(/not available in the Event Studio sandbox/);
      expect(out['schedule-function']).toMatch(/not available in the Event Studio sandbox/);
      expect(out['by-call']).toMatch(/not available in the Event Studio sandbox/);
      expect(out['by-apply']).toMatch(/not available in the Event Studio sandbox/);
      expect(out.pollute).toMatch(/^JsException/);
      expect(out.assign).not.toBe('DONE');
    });
  });

  describe('no way out: the host', () => {
    it('sees only the in-memory file system; /tmp is writable and emptied before the next run', async () => {
      const root = await contained(handler('import os', 'return sorted(os.listdir("/"))'));
      expect(root.returnValue).toEqual(['dev', 'event_studio_lib', 'home', 'lib', 'proc', 'tmp']);
      const tmp = handler('import os', 'open("/tmp/a.txt", "w").write("x")', 'return os.listdir("/tmp")');
      expect((await contained(tmp)).returnValue).toEqual(['a.txt']);
      expect((await contained(handler('import os', 'return os.listdir("/tmp")'))).returnValue).toEqual([]);
    });

    it.each([
      ['/etc/passwd', handler('', 'return open("/etc/passwd").read()'), 'FileNotFoundError', /etc\/passwd/],
      [
        'writes to the stdlib',
        handler('', 'open("/lib/python3.14/csv.py", "w").write("x")'),
        'NotAllowedInSandbox',
        /outside \/tmp/,
      ],
      ['reading the CLI’s stdin', handler('', 'return input()'), 'EOFError', /EOF/],
    ])('refuses %s', async (_name, code, type, message) => {
      refused(await contained(code), type, message);
    });

    it.each([
      ['os.system', handler('import os', 'os.system("echo LEAK")'), /os.system is not available/],
      [
        'posix.system re-created',
        handler(
          'import _imp\nfrom importlib.machinery import ModuleSpec',
          'm = _imp.create_builtin(ModuleSpec("posix", None, origin="built-in"))',
          'm.system("echo LEAK")',
        ),
        /os.system/,
      ],
      ['subprocess', handler('', 'import subprocess'), /No module named 'subprocess'/],
      ['os.kill', handler('import os', 'os.kill(1, 9)'), /signals/],
    ])('refuses %s', async (_name, code, message) => {
      const result = await contained(code);
      expect(result.ok).toBe(false);
      expect(result.error?.message).toMatch(message);
    });

    it.each([
      ['sys.exit', handler('import sys', 'sys.exit(3)'), 'SystemExit'],
      ['os._exit', handler('import os', 'os._exit(3)'), 'SandboxCrashed'],
      ['os.abort', handler('import os', 'os.abort()'), 'SandboxCrashed'],
    ])('contains %s: the process lives on and the next run works', async (_name, code, type) => {
      const result = await contained(code);
      expect(result.error?.type).toBe(type);
    });
  });

  describe('no leaks between runs', () => {
    it('undoes monkeypatching of builtins, the shim, app, sys and the standard library', async () => {
      const patch = handler(
        'import builtins, sys, json, signal\nfrom jit.commons.utils.logger import log',
        'builtins.len = lambda x: 0',
        'type(log).info = lambda *a, **k: None',
        'app.getElement = None',
        'json.JSONEncoder.default = lambda self, o: "patched"',
        'signal.signal(signal.SIGINT, signal.SIG_IGN)',
        'sys.meta_path.clear(); sys.path.clear(); sys.setrecursionlimit(50)',
      );
      await contained(patch);
      const check = handler(
        'import sys, json, signal\nfrom jit.commons.utils.logger import log',
        'log.info("logged")',
        'return [len("abc"), callable(app.getElement), len(sys.meta_path) > 2, sys.getrecursionlimit(), signal.getsignal(signal.SIGINT) is signal.default_int_handler]',
      );
      const result = await sandbox.run(request(check));
      expect(result.returnValue).toEqual([3, true, true, 1000, true]);
      expect(result.logs).toEqual([{ level: 'info', message: 'logged' }]);
    });
  });

  describe('no leaks between runs: every run starts from the same heap', () => {
    // The attack that broke the earlier per-module reset: an instance attribute of a module-level
    // object (json's default decoder) hooked the runner's own json.loads on the next run.
    it('a hooked json decoder reads nothing of the next request and changes nothing in it', async () => {
      const poison = handler(
        'import json',
        'def hook(s, idx=0, _orig=json._default_decoder.raw_decode):',
        '    value, end = _orig(s, idx)',
        '    if isinstance(value, dict) and "files" in value:',
        '        value["files"] = {k: "def handle(e):\\n    e.row.status = \'FORGED\'\\n" for k in value["files"]}',
        '    return value, end',
        'json._default_decoder.raw_decode = hook',
        'json.JSONDecoder.raw_decode = lambda self, s, idx=0: hook(s, idx)',
        'return json.loads(\'{"files": {"a": "b"}}\')["files"]["a"][:12]',
      );
      // Within its own run the hook works on the handler's own json.loads…
      const hooked = await sandbox.run(request(poison));
      expect(hooked.returnValue).toBe('def handle(e');
      // …and the next request is read by the runner's private decoder from a restored heap.
      const next = await sandbox.run(request(NORMAL));
      expect(next.row.after.status).toBe('done');
      expect(next.returnValue).toBe(3);
    });

    it.each([
      [
        'copyreg',
        handler(
          'import copyreg, copy',
          'copyreg.dispatch_table[dict] = lambda d: (dict, ({"forged": True},))',
        ),
        handler('import copy', 'return copy.copy({"a": 1})'),
        { a: 1 },
      ],
      [
        'codecs search functions',
        handler(
          'import codecs',
          'codecs.register(lambda name: codecs.lookup("rot13") if name == "cp1252" else None)',
        ),
        handler('', 'return "abc".encode("cp1252").decode("ascii")'),
        'abc',
      ],
      [
        'encodings caches',
        handler(
          'import encodings, codecs',
          'encodings._cache["latin_1"] = codecs.lookup("rot13")',
          'encodings.aliases.aliases["latin1"] = "rot_13"',
        ),
        handler('', 'return "abc".encode("latin1").decode("ascii")'),
        'abc',
      ],
      [
        'instance attributes of module-level objects',
        handler('import random', 'random._inst.random = lambda: 0.5', 'random.random = lambda: 0.5'),
        handler('import random', 'return random.random() != 0.5'),
        true,
      ],
      [
        'C-level settings (int digits, gc)',
        handler('import sys, gc', 'sys.set_int_max_str_digits(640)', 'gc.disable()'),
        handler(
          'import sys, gc',
          'return [sys.get_int_max_str_digits(), gc.isenabled(), len(str(10**1000))]',
        ),
        [4300, true, 1001],
      ],
    ])('%s changed by one run are as before in the next', async (_name, poison, check, expected) => {
      await sandbox.run(request(poison));
      const result = await sandbox.run(request(check));
      expect(result.error).toBeNull();
      expect(result.returnValue).toEqual(expected);
    });

    it('draws fresh random numbers in every run (a restored heap would replay them)', async () => {
      const draw = handler('import random', 'return random.random()');
      const first = await sandbox.run(request(draw));
      const second = await sandbox.run(request(draw));
      expect(first.returnValue).not.toBe(second.returnValue);
    });
  });

  describe('nothing that writes or reconfigures outside the run', () => {
    it.each([
      [
        'a database file outside /tmp',
        handler('import sqlite3', 'sqlite3.connect("/home/pyodide/x.db")'),
        /outside \/tmp/,
      ],
      [
        'a recursion limit past the cap',
        handler('import sys', 'sys.setrecursionlimit(10**6)'),
        /recursion limit above 1000/,
      ],
      [
        'sys re-created to reach the original setrecursionlimit',
        handler(
          'import _imp\nfrom importlib.machinery import ModuleSpec',
          '_imp.create_builtin(ModuleSpec("sys", None, origin="built-in")).setrecursionlimit(10**6)',
        ),
        /No module named 'sys'/,
      ],
    ])('refuses %s', async (_name, code, message) => {
      const result = await contained(code);
      expect(result.ok).toBe(false);
      expect(result.error?.message).toMatch(message);
    });

    it('allows an in-memory database and one in /tmp', async () => {
      const result = await contained(
        handler(
          'import sqlite3',
          'a = sqlite3.connect(":memory:"); a.execute("create table t (x)"); a.close()',
          'b = sqlite3.connect("/tmp/x.db"); b.execute("create table t (x)"); b.commit(); b.close()',
          'return "ok"',
        ),
      );
      expect(result.error).toBeNull();
      expect(result.returnValue).toBe('ok');
    });
  });

  describe('always stoppable', () => {
    it('interrupts `while True: pass` at the time limit', async () => {
      refused(await contained(handler('', 'while True: pass'), 300), 'Timeout', /^stopped after 0.3 s$/);
    });

    it('terminates a handler that swallows the interrupt, and the standby takes over', async () => {
      const code = handler(
        '',
        'while True:',
        '    try:',
        '        while True: pass',
        '    except BaseException:',
        '        pass',
      );
      refused(await contained(code, 300), 'Timeout', /^stopped after 0.3 s$/);
    });

    it('terminates a long C-level call; the standby is ready soon after', async () => {
      const limit = 300;
      await sandbox.settled(); // the standby is warm, as it is for a user between runs
      const started = Date.now();
      const result = await sandbox.run(request(handler('', 'return sum(range(10**12))'), limit));
      refused(result, 'Timeout', /^stopped after 0.3 s$/);
      await sandbox.run(request(handler('', 'return 1')));
      // From the time limit (the Stop) to a finished run on the standby: the grace second and the swap.
      const stopToReady = Date.now() - started - limit;
      // The figure is npm run bench's (stopToReadyMs); here only that the standby answers.
      console.log(`stop to ready after a C-level runaway: ${stopToReady} ms`);
    });
  });

  describe('bounded', () => {
    it('ends unbounded memory growth in a MemoryError (or the time limit), then recycles the worker', async () => {
      const result = await contained(
        handler('', 'x = []', 'while True: x.append(bytearray(32 * 2**20))'),
        20_000,
      );
      expect(['MemoryError', 'Timeout']).toContain(result.error?.type);
    });

    it('ends infinite recursion in a RecursionError', async () => {
      refused(
        await contained('def f(n):\n    return f(n + 1)\n\ndef handle(eventOutData):\n    return f(0)\n'),
        'RecursionError',
        /recursion/,
      );
    });

    it.each([
      ['ten million printed lines', 'print("x\\n" * 10_000_000)'],
      ['a million log calls', 'for i in range(1_000_000): log.info("line %d", i)'],
    ])('cuts %s at the cap', async (_name, line) => {
      const result = await contained(handler('from jit.commons.utils.logger import log', line), 20_000);
      expect(result.error).toBeNull();
      expect(result.logs).toHaveLength(10_001);
      expect(result.logs.at(-1)?.message).toMatch(/^output cut/);
    });

    it('refuses a huge return value with a message', async () => {
      refused(await contained(handler('', 'return "x" * 50_000_000')), 'ResultTooLarge', /at most 5 MB/);
    });
  });
}
