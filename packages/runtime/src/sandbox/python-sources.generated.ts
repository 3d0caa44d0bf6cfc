// Generated from src/sandbox/python/**/*.py by packages/runtime/scripts/embed-python.ts: do not edit.
// After changing a .py file, run `pnpm embed-python`.

/** The Python shim installed in every sandbox, by path relative to the python/ folder. */
export const PYTHON_SOURCES: Record<string, string> = {
  '_event_studio/__init__.py': `"""Event Studio's sandbox internals: the platform objects handlers see and the runner that calls them."""
`,
  '_event_studio/app.py': `"""The \`app\` builtin: \`app.getElement(fullName)\` for the event itself, models and services."""
from _event_studio import state
from _event_studio.models import ModelElement
from _event_studio.services import ServiceElement


class App:
    """What handlers reach through the global \`app\`."""

    def __init__(self):
        self.event = None
        self.schemas = {}
        self.model_rows = {}

    def getElement(self, fullName):
        """The element with that full name (\`events.x\`, \`models.X\`, \`services.S\`)."""
        if self.event is not None and fullName == self.event.fullName:
            return self.event
        kind = fullName.split(".", 1)[0]
        if kind == "models":
            cache = state.current.models
            model = cache.get(fullName)
            if model is None:
                model = ModelElement(fullName, self.schemas.get(fullName, {}), self.model_rows.get(fullName, []))
                cache[fullName] = model
            return model
        if kind == "services" and fullName.count(".") == 1:
            return ServiceElement(fullName)
        known = [self.event.fullName] if self.event is not None else []
        known += sorted(set(self.model_rows) | set(self.schemas))
        raise LookupError(
            f"app.getElement('{fullName}'): the sandbox knows this event, models "
            f"and services (services.<Service>); known here: {', '.join(known) or '(none)'}"
        )


app = App()
`,
  '_event_studio/between_runs.py': `"""Puts back, after the engine restored Python's heap (heap-image.ts), what lives outside the heap.

The heap restore makes every module, class, object and C-level registry exactly as lock-down left
it. Three things are not in the heap: the in-memory file system (JS-side: /tmp's files, the working
directory, open file descriptors), and the entropy behind \`random\`, which a restored heap would
replay: every run would draw the same numbers.
"""
import os
import random


def _remove_tree(path, _os=os):
    if _os.path.isdir(path) and not _os.path.islink(path):
        for entry in _os.listdir(path):
            _remove_tree(path + "/" + entry)
        _os.rmdir(path)
    else:
        _os.remove(path)


def _first_free_fd():
    fd = os.open("/dev/null", os.O_RDONLY)
    os.close(fd)
    return fd


# Descriptors from here up were opened by a run: lock-down has none open (checked at import).
FIRST_RUN_FD = _first_free_fd()


def after_heap_reset(_os=os, _random=random, _rm=_remove_tree, _first=FIRST_RUN_FD):
    """Close the files a run left open, empty /tmp, go home, reseed random."""
    for name in _os.listdir("/proc/self/fd"):
        if int(name) >= _first:
            try:
                _os.close(int(name))
            except OSError:
                pass  # the listing's own descriptor, closed once listed
    for entry in _os.listdir("/tmp"):
        _rm("/tmp/" + entry)
    _os.chdir("/home/pyodide")
    _random.seed()
`,
  '_event_studio/cases.py': `"""Runs one case of element-method-cases.json through the Python element, for the shared-table test."""

from _event_studio.element import EXTRAS, EventElement, build_event_out_data, handler_args
from _event_studio.plain import to_plain
from _event_studio.private_json import dumps, loads
from _event_studio.rows import EventOutData, Row, Value


def _event_out_data(element, plain_row, status, event_input):
    row = Row(element.get("model"), {}, dict(plain_row or {}))
    if element.get("spelling") == "newer":
        extras = {n: Value(event_input.get(n)) for n in EXTRAS.get(element.get("operate"), ())}
        return EventOutData(row, status, extras)
    return EventOutData(row, status)


def run_case_json(case_json):
    """\`{"element": normalised ApprovalEvent, "method", "input"}\` → the method's result as JSON."""
    case = loads(case_json)
    element, method, given = case["element"], case["method"], case.get("input") or {}
    event = EventElement(element)
    if method == "getSender":
        out = event.getSender()
    elif method == "isValid":
        event_input = given.get("input") or {}
        eod = _event_out_data(element, {}, event_input.get("status"), event_input)
        # isValid receives the event's own parameters, trigger node prefix and all
        extras = () if element.get("spelling") == "newer" else tuple(
            event_input.get(n) for n in EXTRAS.get(element.get("operate"), ())
        )
        out = {"valid": event.isValid(eod, *extras)}
    elif method == "handleNode":
        out = event.handleNode(given["node"], *given.get("args", []), **given.get("kwargs", {}))
    elif method == "buildTaskParams":
        plain = given.get("eventOutData") or {}
        event_input = dict(given.get("input") or {}, status=plain.get("status"))
        row = Row(element.get("model"), {}, dict(plain.get("row") or {}))
        eod = build_event_out_data(element, row, event_input)
        out = event.buildTaskParams(*handler_args(element, eod, event_input))
    elif method == "recoverTaskParams":
        out = event.recoverTaskParams(given.get("params"))
    else:
        raise ValueError(f"unknown method {method}")
    return dumps(to_plain(out))
`,
  '_event_studio/element.py': `"""The approval event element as \`app.getElement("events.x")\` returns it.

Semantics mirror packages/runtime/src/element/element-methods.ts; element-method-cases.json pins both.
"""
import re

from _event_studio.plain import to_plain
from _event_studio.rows import EventOutData, Row, Value
from jit.commons.enums import HandleTypeEnum

# The extras each operate passes after eventOutData, in the seed's argument order.
EXTRAS = {"Process": (), "NodeChange": ("triggerNode",), "NodeHandled": ("handleType", "nodeId", "nodeTitle")}
_PREFIX = re.compile(r"^(after|before)\\.")
_SYNONYMS = {"transfer": "transmit"}


def strip_node_prefix(node):
    """A trigger node id without the newer spelling's after./before. prefix."""
    return _PREFIX.sub("", node) if isinstance(node, str) else node


def normalise_trigger_node(node):
    """A bare id means after.<id> in both spellings."""
    return node if _PREFIX.match(node) else f"after.{node}"


def same_handle_type(a, b):
    """transfer (seed) and transmit (newer) name the same action."""
    return _SYNONYMS.get(a, a) == _SYNONYMS.get(b, b)


def as_handle_type(value):
    """The HandleTypeEnum member for a known action (still equal to its string), else the value as is."""
    try:
        return HandleTypeEnum(value)
    except ValueError:
        return value


def validity(element, event_input):
    """(fires, reason): the event's trigger filter for one input, with a sentence saying why not."""
    if element.get("enable", 1) == 0:
        return False, "The event is switched off (enable is 0)."
    operate = element.get("operate")
    if operate == "Process":
        return True, None
    if operate == "NodeChange":
        reached = event_input.get("triggerNode")
        if not reached:
            return False, "No node was reached: a NodeChange event needs the node the workflow moved to."
        listed = element.get("triggerNode") or []
        if any(normalise_trigger_node(n) == normalise_trigger_node(reached) for n in listed):
            return True, None
        return False, f"Node '{reached}' is not one of the trigger nodes ({', '.join(listed) or 'none'})."
    if operate == "NodeHandled":
        node = element.get("handleNode")
        if node is None:
            return False, "The event names no handleNode, so no handled node matches."
        got = event_input.get("nodeId")
        if got != node:
            said = "no node" if got is None else f"node '{got}'"
            return False, f"The event listens to node '{node}', but {said} was handled."
        types = element.get("handleType") or []
        action = event_input.get("handleType")
        if not types or (action is not None and any(same_handle_type(t, action) for t in types)):
            return True, None
        return False, f"The action '{action or '(none)'}' is not one of the handle types ({', '.join(types)})."
    return False, f"The operate '{operate}' is not Process, NodeChange or NodeHandled, so it never fires."


def _raw(value):
    return value._raw if isinstance(value, Value) else value


def input_from_call(element, args, kwargs):
    """The EventInput an element method was called with: positional extras (seed), kwargs or eventOutData."""
    eod = args[0] if args else kwargs.get("eventOutData")
    found = {}
    status = getattr(eod, "status", None) if not isinstance(eod, dict) else eod.get("status")
    found["status"] = _raw(status)
    for i, name in enumerate(EXTRAS.get(element.get("operate"), ())):
        if len(args) > i + 1:
            value = args[i + 1]
        elif name in kwargs:
            value = kwargs[name]
        elif isinstance(eod, dict):
            value = eod.get(name)
        else:
            value = eod.__dict__.get(name) if eod is not None and hasattr(eod, "__dict__") else None
        found[name] = None if value is None else to_plain(_raw(value))
    return found


def build_event_out_data(element, row, event_input):
    """eventOutData for a run: row and status, plus (newer spelling) the operate's node facts with \`.value\`."""
    extras = {}
    if element.get("spelling") == "newer":
        for name in EXTRAS.get(element.get("operate"), ()):
            raw = event_input.get(name)
            extras[name] = Value(strip_node_prefix(raw) if name == "triggerNode" else raw, raw)
    return EventOutData(row, event_input.get("status"), extras)


def handler_args(element, eod, event_input):
    """The positional arguments the handler is called with, per operate and spelling (domain.md)."""
    if element.get("spelling") == "newer":
        return (eod,)
    operate = element.get("operate")
    if operate == "NodeChange":
        return (eod, strip_node_prefix(event_input.get("triggerNode")))
    if operate == "NodeHandled":
        handle = event_input.get("handleType")
        return (eod, as_handle_type(handle), event_input.get("nodeId"), event_input.get("nodeTitle"))
    return (eod,)


class EventElement:
    """\`getSender\`, \`isValid\`, \`handleNode\`, \`buildTaskParams\`, \`recoverTaskParams\`, \`operate\`, \`config\`."""

    def __init__(self, element, schema=None):
        self._element = element
        self._schema = schema or {}
        self.fullName = element.get("fullName")
        self.title = element.get("title")
        self.operate = element.get("operate")
        self.model = element.get("model")
        self.config = dict(element.get("config") or {})

    def __repr__(self):
        return f"<event {self.fullName} {self.operate}>"

    def getSender(self):
        """\`"<model>_<operate>"\`, as model events name their sender."""
        return f"{self.model}_{self.operate}"

    def isValid(self, *args, **kwargs):
        """True when the event fires for these event parameters (the handler's own arguments)."""
        return validity(self._element, input_from_call(self._element, args, kwargs))[0]

    def handleNode(self, node, *args, **kwargs):
        """(node, args, kwargs) with the node's facts put into kwargs for this operate."""
        nxt = dict(kwargs)
        node_id = node.get("id") if isinstance(node, dict) else getattr(node, "id", None)
        title = node.get("title") if isinstance(node, dict) else getattr(node, "title", None)
        if self.operate == "NodeChange":
            nxt["triggerNode"] = node_id
        elif self.operate == "NodeHandled":
            nxt["nodeId"] = node_id
            if title is not None:
                nxt["nodeTitle"] = title
        return node, list(args), nxt

    def buildTaskParams(self, *args, **kwargs):
        """\`{row, status, modelFullName}\` plus the operate's extras (trigger node without its prefix)."""
        eod = args[0] if args else kwargs.get("eventOutData")
        row = eod.get("row") if isinstance(eod, dict) else getattr(eod, "row", None)
        found = input_from_call(self._element, args, kwargs)
        params = {"row": to_plain(row), "status": to_plain(found.get("status")), "modelFullName": self.model}
        for name in EXTRAS.get(self.operate, ()):
            value = found.get(name)
            params[name] = strip_node_prefix(value) if name == "triggerNode" else value
        return params

    def recoverTaskParams(self, taskParams):
        """(args, kwargs) to call the handler with, rebuilt from buildTaskParams' output; kwargs is {}."""
        params = taskParams or {}
        plain_row = params.get("row")
        row = Row(self.model, self._schema, dict(plain_row)) if isinstance(plain_row, dict) else plain_row
        extras = [(name, params.get(name)) for name in EXTRAS.get(self.operate, ())]
        if self._element.get("spelling") == "newer":
            return (EventOutData(row, params.get("status"), dict(extras)),), {}
        return (EventOutData(row, params.get("status")), *(v for _, v in extras)), {}
`,
  '_event_studio/guard.py': `"""The audit hook: refuses what no handler needs and what would reach the host or outlive a run.

An audit hook cannot be removed from Python. Everything it uses is bound as a default argument
(builtins and module functions could be replaced by a handler), and it refuses reading or replacing
\`__defaults__\`/\`__code__\` of the shim's and the standard library's functions, so neither it nor the
functions keeping originals (lockdown.py, between_runs.py) can be rewired.
"""
import sys
import types


class NotAllowedInSandbox(PermissionError):
    """An operation the Event Studio sandbox does not allow."""


_REFUSED = {
    "gc.get_objects": "walking the garbage collector",
    "gc.get_referrers": "walking the garbage collector",
    "gc.get_referents": "walking the garbage collector",
    "sys.addaudithook": "adding audit hooks",
    "sys.settrace": "tracing",
    "sys.setprofile": "profiling",
    "sys.monitoring.register_callback": "sys.monitoring",
    "code.__new__": "building code objects",
    "marshal.loads": "loading marshalled code",
    "marshal.load": "loading marshalled code",
    "os.system": "os.system",
    "os.exec": "running programs",
    "os.posix_spawn": "running programs",
    "os.spawn": "running programs",
    "os.fork": "running programs",
    "os.forkpty": "running programs",
    "os.kill": "signals",
    "os.killpg": "signals",
    "subprocess.Popen": "running programs",
    "pty.spawn": "running programs",
    "webbrowser.open": "the network",
    "urllib.Request": "the network",
    "socket.connect": "the network",
    "socket.bind": "the network",
    "socket.sendto": "the network",
    "socket.sendmsg": "the network",
    "socket.getaddrinfo": "the network",
    "socket.gethostbyname": "the network",
    "socket.gethostbyaddr": "the network",
    "socket.getnameinfo": "the network",
}
# Events whose path arguments must lie in /tmp: the rest of the in-memory file system (the
# standard library, the shim) is shared by later runs of the same worker.
_WRITES = {"os.remove": (0,), "os.rmdir": (0,), "os.mkdir": (0,), "os.rename": (0, 1), "os.chmod": (0,),
           "os.chown": (0,), "os.truncate": (0,), "os.utime": (0,), "os.link": (0, 1), "os.symlink": (0, 1),
           "os.chflags": (0,), "os.lchflags": (0,), "os.setxattr": (0,), "os.removexattr": (0,),
           "shutil.rmtree": (0,), "shutil.move": (0, 1), "shutil.copyfile": (1,), "shutil.copymode": (1,),
           "shutil.copystat": (1,), "shutil.chown": (0,)}
_WRITE_FLAGS = 0o1 | 0o2 | 0o100 | 0o1000 | 0o2000  # O_WRONLY O_RDWR O_CREAT O_TRUNC O_APPEND


def _hook(event, args, _refused=_REFUSED, _writes=_WRITES, _error=NotAllowedInSandbox, _type=type,
          _function=types.FunctionType, _str=str, _bytes=bytes, _int=int, _len=len, _flags=_WRITE_FLAGS):
    if event in _refused:
        raise _error(f"{_refused[event]} is not available in the Event Studio sandbox ({event})")
    if event.startswith("ctypes."):
        raise _error(f"ctypes is not available in the Event Studio sandbox ({event})")
    if event == "object.__getattr__" or event == "object.__setattr__":
        target, name = args[0], args[1]
        if _type(target) is _function and name in ("__defaults__", "__kwdefaults__", "__code__"):
            if event == "object.__getattr__" and name == "__code__":
                return
            # Reading __code__ here raises a nested object.__getattr__, which the line above lets through.
            filename = target.__code__.co_filename
            if _type(filename) is _str and filename.startswith("/"):
                raise _error(f"{name} of the sandbox's own functions is not available to handlers")
        return
    if event == "sqlite3.connect":
        # A database file is a write like any other: in memory, or in /tmp (emptied after each run).
        database = args[0]
        if _type(database) is _bytes:
            database = database.decode("utf-8", "replace")
        if database == ":memory:" or database == "":
            return
        paths = (database,)
    elif event == "open":
        path, mode, flags = args
        writing = _type(flags) is _int and flags & _flags
        if _type(mode) is _str:
            for c in "wax+":
                writing = writing or c in mode
        paths = (path,) if writing else ()
    elif event in _writes:
        paths = [args[i] for i in _writes[event] if i < _len(args)]
    else:
        return
    for path in paths:
        if _type(path) is _bytes:
            path = path.decode("utf-8", "replace")
        if _type(path) is _int:
            continue
        if _type(path) is not _str or not path.startswith("/tmp/") or "/.." in path:
            raise _error(f"writing outside /tmp is not available in the Event Studio sandbox ({event} {path!r})")


_installed = []


def install():
    """Add the hook once per interpreter."""
    if not _installed:
        sys.addaudithook(_hook)
        _installed.append(_hook)
`,
  '_event_studio/importer.py': `"""Makes the run's app files importable by their app path (\`events/x/inner.py\` → \`events.x.inner\`).

Files are compiled with their app path as filename, so tracebacks name \`events/x/inner.py\`; the
platform's base-class modules (\`services.NormalType\`, \`models.NormalType\`, \`datatypes.Meta\`) are
provided when the app does not ship them.
"""
import importlib.abc
import importlib.util
import linecache
import sys


def _compat_services():
    from _event_studio.services import NormalService

    return {"NormalService": NormalService}


def _compat_models():
    from _event_studio.services import NormalModel

    return {"NormalModel": NormalModel}


def _compat_datatypes():
    from _event_studio.services import datatypes

    return {"datatypes": datatypes}


COMPAT = {
    "services.NormalType": _compat_services,
    "services.NormalType.service": _compat_services,
    "models.NormalType": _compat_models,
    "models.NormalType.model": _compat_models,
    "datatypes.Meta": _compat_datatypes,
}


# Compiled app files kept for the run (a batch compiles each file once); beyond this many it starts over.
_MAX_COMPILED = 64


def _compiled(file, source, _cache={}, _compile=compile, _len=len, _max=_MAX_COMPILED):
    """The code object of an app file, compiled once per (path, text).

    The cache lives in this function's defaults, which the audit hook keeps unreadable to handlers,
    and code objects are immutable. Like everything in the heap, it is put back as lock-down left it
    (empty) after each run.
    """
    key = (file, source)
    code = _cache.get(key)
    if code is None:
        if _len(_cache) >= _max:
            _cache.clear()
        code = _cache[key] = _compile(source, file, "exec", dont_inherit=True)
    return code


class AppFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finder and loader for the current run's files."""

    def __init__(self):
        self.files = {}
        self.modules = {}
        self.packages = set()
        self.loaded = set()

    def set_files(self, files):
        """Use these app files (path → source) for imports from now on."""
        self.files = {p: s for p, s in files.items() if p.endswith(".py")}
        self.modules = {}
        self.packages = set()
        for path, source in self.files.items():
            parts = path[:-3].split("/")
            if parts[-1] == "__init__":
                parts = parts[:-1]
                self.packages.add(".".join(parts))
            self.modules[".".join(parts)] = path
            for i in range(1, len(parts)):
                self.packages.add(".".join(parts[:i]))
            # so tracebacks and log.exception show the user's source lines
            linecache.cache[path] = (len(source), None, source.splitlines(True), path)
        for name in COMPAT:
            parts = name.split(".")
            for i in range(1, len(parts)):
                self.packages.add(".".join(parts[:i]))

    def purge(self):
        """Forget modules imported from earlier runs' files, so each run imports fresh code."""
        for name in self.loaded:
            sys.modules.pop(name, None)
        self.loaded.clear()

    def find_spec(self, fullname, path=None, target=None):
        file = self.modules.get(fullname)
        is_package = fullname in self.packages
        if file is None and not is_package and fullname not in COMPAT:
            return None
        spec = importlib.util.spec_from_loader(fullname, self, origin=file, is_package=is_package)
        if file is not None:
            spec.has_location = True
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        name = module.__name__
        self.loaded.add(name)
        file = self.modules.get(name)
        if file is not None:
            module.__file__ = file
            exec(_compiled(file, self.files[file]), module.__dict__)
        elif name in COMPAT:
            module.__dict__.update(COMPAT[name]())

    def get_source(self, fullname):
        file = self.modules.get(fullname)
        return self.files.get(file) if file else None


finder = AppFinder()
`,
  '_event_studio/lockdown.py': `"""Cuts Python off from JavaScript and the host once the shim is installed, and keeps runs apart.

lock_down() removes \`js\`, \`pyodide*\`, \`_pyodide*\`, \`ctypes\`, the test and subprocess modules from
sys.modules, refuses them on import (an ImportBlocker first on sys.meta_path, and a guard on
\`_imp.create_builtin\`, which would otherwise re-create any built-in module), installs the audit
hook of guard.py. Between runs the engine restores Python's whole heap (heap-image.ts), so nothing
a run changes reaches the next one.

Python is not a security boundary: a determined handler can still reach Pyodide's FFI. The worker
is the boundary (worker-lockdown.ts); this layer gives clear errors and keeps runs apart.
"""
import sys

import _imp
from importlib.machinery import ModuleSpec

from _event_studio import between_runs, guard  # noqa: F401  (between_runs: imported before the heap is copied)

BLOCKED = frozenset({
    "js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "micropip",
    "ctypes", "_ctypes", "_posixsubprocess", "subprocess", "_remote_debugging", "_xxtestfuzz",
    "_testcapi", "_testinternalcapi", "_testlimitedcapi", "_testbuffer", "_testclinic", "_testclinic_limited",
})


# CPython's own default; deep enough for handlers, far from the wasm stack's end (a RecursionError,
# not a crash). A handler that raises it and overflows the stack crashes its worker, which is replaced.
RECURSION_LIMIT = 1000


def _refusal(fullname):
    return ModuleNotFoundError(f"No module named '{fullname}' (not available in the Event Studio sandbox)")


class ImportBlocker:
    """A meta-path finder that refuses the blocked modules and their submodules."""

    __slots__ = ()

    def find_spec(self, fullname, path=None, target=None):
        if fullname.partition(".")[0] in BLOCKED:
            raise _refusal(fullname)
        return None

    def invalidate_caches(self):
        pass


def _guarded_create_builtin(spec, _create=_imp.create_builtin, _spec=ModuleSpec, _blocked=BLOCKED,
                            _type=type, _str=str, _refusal=_refusal):
    """\`_imp.create_builtin\` for every built-in module but the blocked ones.

    The original lives in this function's defaults, which the audit hook keeps unreadable.
    """
    name = spec.name
    if _type(name) is not _str or name.partition(".")[0] in _blocked or name == "sys":
        raise _refusal(name)
    # A fresh spec: a handler's own spec object could answer \`name\` differently the second time.
    return _create(_spec(name, None, origin="built-in"))


def _guarded_setrecursionlimit(limit, _set=sys.setrecursionlimit, _max=RECURSION_LIMIT, _int=int,
                               _error=guard.NotAllowedInSandbox):
    """\`sys.setrecursionlimit\` up to the sandbox's limit: past it, deep recursion overflows the wasm
    stack and crashes the worker instead of raising RecursionError. Lowering it is allowed."""
    if _int(limit) > _max:
        raise _error(f"a recursion limit above {_max} is not available in the Event Studio sandbox "
                     "(the worker's stack would overflow before Python noticed)")
    _set(limit)


def _refuse_system(command):
    raise PermissionError("os.system is not available in the Event Studio sandbox")


def lock_down():
    """Drop the blocked modules, install the import guards, add the audit hook."""
    import os
    import posix

    for name in list(sys.modules):
        if name.partition(".")[0] in BLOCKED:
            del sys.modules[name]
    finders = [f for f in sys.meta_path if not isinstance(f, ImportBlocker) and type(f).__name__ != "JsFinder"]
    sys.meta_path[:] = [ImportBlocker(), *finders]
    if _imp.create_builtin is not _guarded_create_builtin:
        _imp.create_builtin = _guarded_create_builtin
    os.system = posix.system = _refuse_system
    sys.setrecursionlimit = _guarded_setrecursionlimit
    sys.setrecursionlimit(RECURSION_LIMIT)
    guard.install()
`,
  '_event_studio/models.py': `"""Models over the run's sample rows: get, query, create, updateByPK, deleteByPK; writes are recorded."""
import copy

from _event_studio import state
from _event_studio.plain import to_plain
from _event_studio.q import Q, as_predicate, parse_filter
from _event_studio.rows import Row

PK = "id"


def predicate(filter):
    """A plain-row predicate for the filters handlers pass (all model functions that take a filter use it):
    a Q object, a Q(...) string (parsed, never evaluated), a dict of Django-like lookups, a primary key
    or a callable. None, "" and {} match every row."""
    if filter is None or (isinstance(filter, (str, dict)) and not filter):
        return lambda plain: True
    if isinstance(filter, Q):
        return as_predicate(filter)
    if isinstance(filter, dict):
        return Q.from_mapping(filter).matches
    if isinstance(filter, str):
        text = filter.strip()
        # A string with a call, a group or ~ in it is an expression; any other string is a primary key.
        if "(" in text or text.startswith("~"):
            return as_predicate(parse_filter(text))
        return Q.from_mapping({PK: filter}).matches
    if isinstance(filter, int) and not isinstance(filter, bool):
        return Q.from_mapping({PK: filter}).matches
    if callable(filter):
        return filter
    raise ValueError(f"unsupported filter {filter!r}: use a Q expression (Q(Q('amount', '>', 100)), as an object "
                     "or a string), a dict, a primary key or a callable")


def _pk_list(pks):
    return list(pks) if isinstance(pks, (list, tuple, set)) else [pks]


class ModelElement:
    """\`app.getElement("models.X")\`: the model's rows for this run, in memory."""

    def __init__(self, full_name, schema, rows):
        self.fullName = full_name
        self.name = full_name.rsplit(".", 1)[-1]
        self._schema = schema
        self._rows = [dict(r) for r in rows]

    def __repr__(self):
        return f"<model {self.fullName}: {len(self._rows)} rows>"

    def _row(self, plain):
        return Row(self.fullName, self._schema, plain, on_save=self._save_row)

    def _save_row(self, row):
        changed = row.changed_fields()
        data = {n: to_plain(row._fields[n].value) for n in changed}
        pk = row._plain.get(PK)
        state.current.model_writes.append({"model": self.fullName, "op": "updateByPK", "args": {"pks": [pk], "data": data}})
        row._plain.update(data)
        row._fields.clear()

    def _select(self, filter, orderList=None):
        test = predicate(filter)
        rows = [r for r in self._rows if test(r)]
        for spec in reversed(orderList or []):
            field, direction = (spec[0], spec[1]) if isinstance(spec, (list, tuple)) else (spec.lstrip("-"), -1 if spec.startswith("-") else 1)
            rows.sort(key=lambda r: (r.get(field) is None, r.get(field)), reverse=direction in (-1, "desc", "DESC"))
        return rows

    def get(self, filter=None, *args, orderList=None, **kwargs):
        """The first row matching filter, or None."""
        rows = self._select(filter, orderList)
        return self._row(rows[0]) if rows else None

    def query(self, filter=None, fieldList=None, orderList=None, page=None, size=None, *args, **kwargs):
        """\`{"rowDatas": [rows], "totalCount": n}\` for the rows matching filter, paged when page/size are given."""
        rows = self._select(filter, orderList)
        total = len(rows)
        if size:
            start = (max(int(page or 1), 1) - 1) * int(size)
            rows = rows[start : start + int(size)]
        return {"rowDatas": [self._row(r) for r in rows], "totalCount": total}

    def create(self, row=None, *args, **kwargs):
        """Add a row (a dict or keyword fields); it gets the next id when it has none."""
        data = to_plain(row.toDict() if isinstance(row, Row) else dict(row or {}, **kwargs))
        if data.get(PK) is None:
            ids = [r.get(PK) for r in self._rows if isinstance(r.get(PK), int)]
            data[PK] = max(ids, default=0) + 1
        self._rows.append(data)
        state.current.model_writes.append({"model": self.fullName, "op": "create", "args": {"row": copy.deepcopy(data)}})
        return self._row(data)

    def updateByPK(self, pks, data=None, *args, **kwargs):
        """Update the rows whose id is in pks with data; returns how many matched."""
        keys = _pk_list(pks)
        values = to_plain(dict(data or {}, **kwargs))
        state.current.model_writes.append(
            {"model": self.fullName, "op": "updateByPK", "args": {"pks": to_plain(keys), "data": values}}
        )
        hits = [r for r in self._rows if r.get(PK) in keys]
        for r in hits:
            r.update(values)
        return len(hits)

    def deleteByPK(self, pks, *args, **kwargs):
        """Delete the rows whose id is in pks; returns how many matched."""
        keys = _pk_list(pks)
        state.current.model_writes.append({"model": self.fullName, "op": "deleteByPK", "args": {"pks": to_plain(keys)}})
        before = len(self._rows)
        self._rows = [r for r in self._rows if r.get(PK) not in keys]
        return before - len(self._rows)
`,
  '_event_studio/plain.py': `"""Turning Python values into plain JSON data: nothing but JSON ever leaves the sandbox."""
import datetime
import decimal
import enum
import math

MAX_DEPTH = 40


def to_plain(value, depth=0):
    """A JSON-able copy of value: dates as ISO strings, containers as lists/dicts, anything else as its repr."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, enum.Enum):
        return to_plain(value.value, depth)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if depth > MAX_DEPTH:
        return "<nested too deeply>"
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value) if value.is_finite() else str(value)
    plain = getattr(type(value), "__plain__", None)
    if plain is not None:
        return plain(value, depth + 1)
    if isinstance(value, dict):
        return {str(to_plain(k, depth + 1)): to_plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_plain(v, depth + 1) for v in value]
    try:
        return repr(value)
    except Exception:  # a broken __repr__ must not break the result
        return f"<{type(value).__name__}>"
`,
  '_event_studio/private_json.py': `"""The sandbox's own JSON reading and writing, out of a handler's reach.

C objects made at import, before any handler ran, and kept in default arguments, which the audit
hook makes unreadable. A handler that patches \`json\` (its functions, classes or the module's default
decoder instance) changes what *it* reads and writes, never how the runner reads a request or writes
a result. (The heap restore between runs undoes the patch anyway; this keeps even the patching run's
own request parsing honest.)
"""
from json import decoder as _json_decoder
from json import encoder as _json_encoder
from json import scanner as _json_scanner


def _refuse_constant(name):
    raise ValueError(f"{name} is not valid in the sandbox's JSON")


def loads(text, _scan=_json_scanner.c_make_scanner(_json_decoder.JSONDecoder(parse_constant=_refuse_constant)),
          _space=_json_decoder.WHITESPACE.match, _len=len, _error=ValueError):
    """One JSON document from text (no NaN or Infinity)."""
    value, end = _scan(text, _space(text, 0).end())
    if _space(text, end).end() != _len(text):
        raise _error("extra data after the JSON document")
    return value


def dumps(value, _make=_json_encoder.c_make_encoder, _string=_json_encoder.encode_basestring, _repr=repr,
          _join="".join):
    """Compact JSON text of a plain value (objects JSON cannot hold become their repr)."""
    return _join(_make({}, _repr, _string, None, ":", ",", False, False, True)(value, 0))
`,
  '_event_studio/q.py': `"""Q expressions as the JitAI docs define them (reference/framework/JitORM/q-expressions.md), over plain sample rows.

    Q(field, operator, value)          one condition; \`customer__custName\` reaches a related row's field
    Q(q)                               the outer wrap a single condition needs when passed as a filter
    Q(q1, Q.AND, q2), Q(q1, Q.OR, q2)  combinations, nested to any depth (longer chains: one connector)

The shim's earlier Django-like form (\`Q(amount__gte=90) & ~Q(status="x")\`) still works. A filter given as
a string is parsed with \`ast\` and walked; nothing in it is ever evaluated (\`parse_filter\`).
"""
import ast
import datetime
import re

from _event_studio.plain import to_plain

AND = "AND"
OR = "OR"

# Operator → (test(actual, expected), negated). A negated operator is the negation of its positive
# test over all of a field's values (a related list: "none of them matches").
_NEGATED = {"!=": "=", "ne": "=", "nin": "in", "nlike": "like", "nlikeany": "likeany", "nbelong": "belong"}
OPERATORS = ("=", "!=", "ne", ">", "gt", ">=", "gte", "<", "lt", "<=", "lte", "in", "nin", "like", "nlike",
             "startswith", "endswith", "likeany", "nlikeany", "isnull", "range", "belong", "nbelong",
             "year", "month", "week", "day", "province", "city", "district")
# Extra names the Django-like keyword form has always accepted (\`amount__eq\`, \`name__contains\`).
_KEYWORD_ALIASES = {"eq": "=", "exact": "=", "contains": "like"}
_ACCEPTED_FORM = "Q(Q('amount', '>', 100)) or Q(Q('a', '=', 1), Q.AND, Q('b', 'in', [1, 2]))"


def _is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _num(text):
    try:
        return float(text) if any(c in text for c in ".eEn") else int(text)
    except ValueError:
        return None


_DATE_TEXT = re.compile(r"^\\d{4}-\\d{2}-\\d{2}")


def _as_datetime(v):
    """A naive datetime from a date, a datetime or an ISO string; None when v is none of those."""
    if isinstance(v, datetime.datetime):
        return v.replace(tzinfo=None)
    if isinstance(v, datetime.date):
        return datetime.datetime(v.year, v.month, v.day)
    if isinstance(v, str) and _DATE_TEXT.match(v.strip()):
        text = v.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            return datetime.datetime.fromisoformat(text).replace(tzinfo=None)
        except ValueError:
            return None
    return None


def _pair(a, b):
    """a and b made comparable (numbers, datetimes, or as given), or None when they cannot be compared."""
    if a is None or b is None:
        return None
    if _is_num(a) and _is_num(b):
        return a, b
    if _is_num(a) and isinstance(b, str):
        nb = _num(b.strip())
        return (a, nb) if nb is not None else None
    if isinstance(a, str) and _is_num(b):
        na = _num(a.strip())
        return (na, b) if na is not None else None
    dated = isinstance(a, datetime.date) or isinstance(b, datetime.date)
    if dated or (isinstance(a, str) and isinstance(b, str) and _DATE_TEXT.match(a.strip()) and _DATE_TEXT.match(b.strip())):
        da, db = _as_datetime(a), _as_datetime(b)
        if da is not None and db is not None:
            return da, db
        if dated:
            return None
    if type(a) is type(b) or (isinstance(a, (int, float)) and isinstance(b, (int, float))):
        return a, b
    return None


def _eq(a, b):
    pair = _pair(a, b)
    if pair is not None:
        return pair[0] == pair[1]
    return a == b


def _order(test):
    def check(a, b):
        pair = _pair(a, b)
        if pair is None:
            return False
        try:
            return bool(test(pair[0], pair[1]))
        except TypeError:
            return False
    return check


def _texts(a):
    """The strings a text operator looks at: a string, a number's text, or each of a list's items."""
    if isinstance(a, str):
        return [a]
    if _is_num(a):
        return [str(a)]
    if isinstance(a, (list, tuple)):
        return [t for item in a for t in _texts(item)]
    return []


def _like_one(text, pattern):
    pattern = str(pattern)
    if "%" in pattern:  # SQL LIKE pattern (the docs' earlier version): % any run, _ any one character
        regex = "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)
        return re.fullmatch(regex, text, re.DOTALL) is not None
    return pattern in text


def _like(a, b):
    return any(_like_one(t, b) for t in _texts(a))


def _likeany(a, b):
    return any(_like(a, p) for p in b)


def _in(a, b):
    if isinstance(a, (list, tuple)):
        return any(_in(item, b) for item in a)
    return any(_eq(a, x) for x in b)


def _is_null(a):
    return a is None or a == "" or a == [] or a == {}


def _isnull(a, b):
    return _is_null(a) == bool(b)


def _range(a, b):
    lo, hi = b
    return (lo is None or _order(lambda x, y: x >= y)(a, lo)) and (hi is None or _order(lambda x, y: x <= y)(a, hi))


_ADDRESS_PARTS = ("province", "city", "district")


def _belong(a, b):
    if not isinstance(a, dict):
        return False
    return all(_is_null(want) or _eq(a.get(part), want) for part, want in b.items())


def _address_part(part):
    return lambda a, b: isinstance(a, dict) and _eq(a.get(part), b)


def _date_part(part):
    def check(a, b):
        when = _as_datetime(a)
        if when is None:
            return False
        have = when.isocalendar()[1] if part == "week" else getattr(when, part)
        return have == int(b)
    return check


_TESTS = {
    "=": _eq,
    ">": _order(lambda x, y: x > y), ">=": _order(lambda x, y: x >= y),
    "<": _order(lambda x, y: x < y), "<=": _order(lambda x, y: x <= y),
    "in": _in, "like": _like, "likeany": _likeany,
    "startswith": lambda a, b: any(t.startswith(str(b)) for t in _texts(a)),
    "endswith": lambda a, b: any(t.endswith(str(b)) for t in _texts(a)),
    "isnull": _isnull, "range": _range, "belong": _belong,
    "year": _date_part("year"), "month": _date_part("month"), "week": _date_part("week"), "day": _date_part("day"),
    "province": _address_part("province"), "city": _address_part("city"), "district": _address_part("district"),
}
_SPELLINGS = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def _unknown(op, where):
    return ValueError(f"unknown Q operator {op!r} in {where}; known operators: {', '.join(OPERATORS)}")


def _check_value(op, value, where):
    """Refuse a value the operator cannot take, naming the condition (the platform would refuse it too)."""
    base = _NEGATED.get(op, _SPELLINGS.get(op, op))
    if base in ("in", "likeany") and not isinstance(value, (list, tuple, set)):
        raise ValueError(f"{where}: '{op}' takes a list of values, got {value!r}")
    if base == "range" and not (isinstance(value, (list, tuple)) and len(value) == 2):
        raise ValueError(f"{where}: 'range' takes [low, high], got {value!r}")
    if base == "belong" and not isinstance(value, dict):
        raise ValueError(f"{where}: '{op}' takes an address dict such as {{'province': 'Beijing', 'city': ''}}, got {value!r}")
    if base in ("year", "month", "week", "day"):
        if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit())):
            raise ValueError(f"{where}: '{op}' takes a whole number, got {value!r}")


def _values(plain, path):
    """Every value a field path reaches in a plain row: \`a__b\` reads row['a']['b'], over each dict of a list."""
    current = [plain]
    for segment in path:
        found = []
        for v in current:
            if isinstance(v, dict):
                found.append(v.get(segment))
            elif isinstance(v, (list, tuple)) and v and all(isinstance(item, dict) for item in v):
                found.extend(item.get(segment) for item in v)
            else:
                found.append(None)
        current = found
    return current or [None]


class Q:
    """A JitAI Q expression; \`Q.AND\` and \`Q.OR\` connect them."""

    AND = AND
    OR = OR
    __slots__ = ("_kind", "_field", "_op", "_value", "_children", "_connector")

    def __init__(self, *args, **kwargs):
        self._kind = "group"
        self._connector = AND
        self._children = []
        self._field = self._op = self._value = None
        if args and kwargs:
            raise ValueError(f"Q takes either (field, operator, value) or keyword lookups, not both; for example {_ACCEPTED_FORM}")
        if kwargs:
            self._children = [Q._keyword(key, value) for key, value in kwargs.items()]
        elif len(args) == 3 and isinstance(args[0], str) and isinstance(args[1], str):
            self._leaf(*args)
        elif len(args) == 1 and isinstance(args[0], Q):
            self._children = [args[0]]
        elif args:
            self._chain(args)

    def _leaf(self, field, op, value):
        where = f"Q({field!r}, {op!r}, {value!r})"
        if not field:
            raise ValueError(f"{where}: the field is empty")
        if op not in OPERATORS:
            raise _unknown(op, where)
        value = to_plain(value)
        _check_value(op, value, where)
        self._kind, self._field, self._op, self._value = "leaf", field, op, value

    def _chain(self, args):
        shapes = ", ".join("Q.AND" if a == AND else "Q.OR" if a == OR else type(a).__name__ for a in args)
        ok = len(args) % 2 == 1 and all(isinstance(a, Q) for a in args[::2]) and all(c in (AND, OR) for c in args[1::2])
        if not ok:
            raise ValueError(f"Q({shapes}) is not a Q expression: write Q(field, operator, value), Q(q) or "
                             f"Q(q1, Q.AND, q2) / Q(q1, Q.OR, q2); for example {_ACCEPTED_FORM}")
        connectors = set(args[1::2])
        if len(connectors) > 1:
            raise ValueError(f"Q({shapes}) mixes Q.AND and Q.OR in one chain: nest them, e.g. Q(Q(q1, Q.AND, q2), Q.OR, q3)")
        self._connector = connectors.pop()
        self._children = list(args[::2])

    @staticmethod
    def _keyword(key, value):
        """One Django-like keyword lookup (\`amount__gte=90\`, \`customer__custName="Ann"\`) as a condition."""
        if not isinstance(key, str) or not key:
            raise ValueError(f"a filter's field names are strings, got {key!r}")
        parts = key.split("__")
        op = "="
        last = parts[-1]
        if len(parts) > 1 and (last in OPERATORS or last in _KEYWORD_ALIASES):
            op = _KEYWORD_ALIASES.get(last, last)
            parts = parts[:-1]
        if op == "isnull" and isinstance(value, bool):
            value = int(value)
        q = Q.__new__(Q)
        q._children, q._connector = [], AND
        q._leaf("__".join(parts), op, value)
        return q

    @classmethod
    def from_mapping(cls, mapping):
        q = cls()
        q._children = [cls._keyword(key, value) for key, value in mapping.items()]
        return q

    def __and__(self, other):
        return self._join(other, AND)

    def __or__(self, other):
        return self._join(other, OR)

    def _join(self, other, connector):
        if not isinstance(other, Q):
            return NotImplemented
        q = Q()
        q._connector, q._children = connector, [self, other]
        return q

    def __invert__(self):
        q = Q()
        q._kind, q._children = "not", [self]
        return q

    def __bool__(self):
        return True

    def __repr__(self):
        if self._kind == "leaf":
            return f"Q({self._field!r}, {self._op!r}, {self._value!r})"
        if self._kind == "not":
            return f"~{self._children[0]!r}"
        sep = ", Q.AND, " if self._connector == AND else ", Q.OR, "
        return f"Q({sep.join(repr(c) for c in self._children)})"

    def __plain__(self, depth=0):
        return repr(self)

    def matches(self, plain):
        """Whether a plain row (a dict of field values) meets this expression."""
        if self._kind == "leaf":
            base = _NEGATED.get(self._op)
            test = _TESTS[_SPELLINGS.get(base or self._op, base or self._op)]
            hit = any(test(v, self._value) for v in _values(plain, self._field.split("__")))
            return not hit if base else hit
        if self._kind == "not":
            return not self._children[0].matches(plain)
        if self._connector == AND:
            return all(c.matches(plain) for c in self._children)
        return any(c.matches(plain) for c in self._children)


def as_predicate(q):
    """The row test for a Q passed as a filter; a bare single condition is refused (the docs' outer-wrap rule)."""
    if q._kind == "leaf":
        raise ValueError(f"a single condition passed as a filter must be wrapped in an outer Q(): write Q({q!r}), "
                         f"not {q!r} (JitAI docs, Q expressions)")
    return q.matches


# ---- strings: parsed and walked, never evaluated -------------------------------------------------

def _describe(node):
    try:
        text = ast.unparse(node)
    except Exception:  # unparse of an odd node must not hide the real message
        text = type(node).__name__
    if len(text) > 60:
        text = text[:57] + "..."
    kind = {ast.Call: "a call", ast.Name: "a name", ast.Attribute: "an attribute", ast.Subscript: "a subscript",
            ast.Lambda: "a lambda", ast.BinOp: "an operation"}.get(type(node), f"a {type(node).__name__} expression")
    return f"{kind} \`{text}\`"


def _refuse(node, why="may hold only Q(...) calls, Q.AND / Q.OR and literals"):
    return ValueError(f"a filter string {why}; found {_describe(node)}. Accepted: {_ACCEPTED_FORM}")


def _is_q_call(node):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Q"


def _expression(node):
    if _is_q_call(node):
        if any(kw.arg is None for kw in node.keywords) or any(isinstance(a, ast.Starred) for a in node.args):
            raise _refuse(node, "may not unpack arguments (* or **)")
        args = [_argument(a) for a in node.args]
        kwargs = {kw.arg: _literal(kw.value) for kw in node.keywords}
        return Q(*args, **kwargs)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr)):
        left, right = _expression(node.left), _expression(node.right)
        return left & right if isinstance(node.op, ast.BitAnd) else left | right
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert):
        return ~_expression(node.operand)
    raise _refuse(node)


def _argument(node):
    if _is_q_call(node) or isinstance(node, (ast.BinOp, ast.UnaryOp)) and not _literal_ok(node):
        return _expression(node)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Q":
        if node.attr in (AND, OR):
            return getattr(Q, node.attr)
        raise _refuse(node, "may name only Q.AND and Q.OR")
    return _literal(node)


def _literal_ok(node):
    try:
        ast.literal_eval(node)
        return True
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        return False


def _literal(node):
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        pass
    bad = next((n for n in ast.walk(node) if not isinstance(n, (
        ast.Constant, ast.List, ast.Tuple, ast.Set, ast.Dict, ast.UnaryOp, ast.BinOp, ast.Load,
        ast.USub, ast.UAdd, ast.Add, ast.Sub))), node)
    raise _refuse(bad)


def parse_filter(text):
    """A Q from a filter string such as "Q(Q('amount', '>', 100))"; anything but Q(...), Q.AND/Q.OR and
    literals raises ValueError. The string is parsed (\`ast.parse\`), never evaluated."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as e:
        raise ValueError(f"a filter string must be a Q expression, e.g. {_ACCEPTED_FORM}; {text!r} is not valid "
                         f"Python ({e.msg})") from None
    except (RecursionError, MemoryError):
        raise ValueError("a filter string is nested too deeply") from None
    try:
        return _expression(tree.body)
    except RecursionError:
        raise ValueError("a filter string is nested too deeply") from None
`,
  '_event_studio/restore.py': `"""Makes an interpreter restored from a memory snapshot start as a cold-started one would.

The snapshot (see the sandbox README) is taken once the shim is imported and before lock_down();
a restored worker calls after_restore() and then lock_down(), exactly as a cold one does.
"""
import sys


def after_restore():
    """Undo what restoring a snapshot changes compared with a cold start."""
    # Pyodide's loader puts "" in front of sys.path again on every start, restores included: keep
    # the cold order (the shim's folder first, then "").
    while sys.path.count("") > 1:
        sys.path.remove("")
    # Every worker restored from one snapshot would otherwise repeat the same random sequence.
    random = sys.modules.get("random")
    if random is not None:
        random.seed()
`,
  '_event_studio/rows.py': `"""Rows as handlers see them: each field an object with \`.value\`, typed by the model's field type."""
import copy
import datetime

from _event_studio.plain import to_plain

NUMBER_TYPES = frozenset({"Numeric", "Money", "Percent", "AutoInt", "Integer", "Float", "Decimal"})
# Types whose value is a list on the platform
MULTI_TYPES = frozenset(
    {"MultiDropdown", "Checkbox", "MultiMember", "MultiDept", "File", "Image", "SubTable", "MultiRelateData"}
)


def _to_number(value):
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        if text == "":
            return None
        try:
            return int(text)
        except ValueError:
            try:
                return float(text)
            except ValueError:
                return value
    return value


def _to_date(value):
    if isinstance(value, str) and value:
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def _to_datetime(value):
    if isinstance(value, str) and value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def coerce(ftype, value):
    """The Python value a field of type ftype holds for a plain input value; unparseable input is kept as is."""
    if ftype is None:
        return value
    if ftype in NUMBER_TYPES:
        return _to_number(value)
    if ftype == "Date":
        return _to_date(value)
    if ftype == "Datetime":
        return _to_datetime(value)
    if ftype in MULTI_TYPES:
        if value is None or value == "":
            return []
        return list(value) if isinstance(value, (list, tuple)) else [value]
    return value


class FieldValue:
    """One field of a row: read and write \`.value\`."""

    __slots__ = ("name", "type", "value", "_original")

    def __init__(self, name, ftype, value):
        self.name = name
        self.type = ftype
        self.value = value
        # what the value was when the row was read; containers copied so in-place edits show as changes
        self._original = copy.deepcopy(value) if isinstance(value, (list, dict)) else value

    def __repr__(self):
        return f"<{self.type or 'field'} {self.name}={self.value!r}>"

    def __str__(self):
        return str(self.value)

    def __plain__(self, depth):
        return to_plain(self.value, depth)


class Value:
    """A value wrapped the way eventOutData carries it (\`eventOutData.status.value\`)."""

    __slots__ = ("value", "_raw")

    def __init__(self, value, raw=None):
        self.value = value
        # the value as the event delivered it (a trigger node keeps its after./before. prefix here)
        self._raw = value if raw is None else raw

    def __repr__(self):
        return f"<Value {self.value!r}>"

    def __str__(self):
        return str(self.value)

    def __plain__(self, depth):
        return to_plain(self.value, depth)


_set = object.__setattr__


class Row:
    """A data row: \`row.field.value\`, \`row.save()\`, \`row.toDict()\`, \`row.update(**kw)\`, \`row["field"]\`.

    Fields are materialised on first access, so a batch of many rows only pays for what a handler touches.
    """

    __slots__ = ("_model", "_schema", "_plain", "_fields", "_on_save")

    def __init__(self, model, schema, plain, on_save=None):
        _set(self, "_model", model)
        _set(self, "_schema", schema)
        _set(self, "_plain", plain)
        _set(self, "_fields", {})
        _set(self, "_on_save", on_save)

    def _names(self):
        names = list(self._schema)
        names.extend(k for k in self._plain if k not in self._schema)
        return names

    def _field(self, name):
        field = self._fields.get(name)
        if field is None:
            if name not in self._schema and name not in self._plain:
                model = self._model.rsplit(".", 1)[-1] if self._model else "this"
                raise AttributeError(
                    f"{model} row has no field '{name}'; its fields are: {', '.join(self._names()) or '(none)'}"
                )
            ftype = self._schema.get(name)
            field = FieldValue(name, ftype, coerce(ftype, self._plain.get(name)))
            self._fields[name] = field
        return field

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self._field(name)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        # \`row.status = "x"\` is taken as \`row.status.value = "x"\`
        self._field(name).value = value.value if isinstance(value, (FieldValue, Value)) else value

    def __getitem__(self, name):
        try:
            return self._field(name).value
        except AttributeError as e:
            raise KeyError(str(e)) from None

    def __setitem__(self, name, value):
        self._field(name).value = value

    def __contains__(self, name):
        return name in self._schema or name in self._plain

    def __iter__(self):
        return iter(self._names())

    def __dir__(self):
        return [*self._names(), "save", "toDict", "update", "get", "keys"]

    def __repr__(self):
        return f"<{self._model or 'row'} {self.toDict()!r}>"

    def keys(self):
        """The row's field names."""
        return self._names()

    def get(self, name, default=None):
        """A field's value, or default when the row has no such field."""
        return self._field(name).value if name in self else default

    def toDict(self):
        """Field name → value, as Python values."""
        return {name: self._field(name).value for name in self._names()}

    def update(self, data=None, **kwargs):
        """Set several field values at once (does not save)."""
        for source in (data or {}, kwargs):
            for name, value in source.items():
                setattr(self, name, value)
        return self

    def save(self):
        """Persist the row: counted on the event's row, recorded as a model write on other rows."""
        if self._on_save is not None:
            self._on_save(self)
        return self

    def changed_fields(self):
        """Names of fields whose value differs from the input row's."""
        return [name for name, field in self._fields.items() if field.value != field._original]

    def plain_after(self, changed=None):
        """The row as plain data: untouched fields exactly as they came in, changed ones converted."""
        out = dict(self._plain)
        for name in self.changed_fields() if changed is None else changed:
            out[name] = to_plain(self._fields[name].value)
        return out

    def __plain__(self, depth):
        return self.plain_after()


class EventOutData:
    """What an approval event hands its handler: \`.row\`, \`.status\`, and in the newer spelling the node facts."""

    def __init__(self, row, status, extras=None):
        self.row = row
        self.status = status if isinstance(status, Value) else Value(status)
        for name, value in (extras or {}).items():
            setattr(self, name, value if isinstance(value, Value) else Value(value))

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        has = ", ".join(k for k in vars(self))
        raise AttributeError(f"eventOutData has no attribute '{name}'; it has: {has}")

    def __repr__(self):
        return f"<eventOutData {self.__plain__(0)!r}>"

    def __plain__(self, depth):
        return {k: to_plain(v, depth) for k, v in vars(self).items()}
`,
  '_event_studio/runner.py': `"""The runner the engine calls: one request (and one or many rows) in, plain JSON results out."""
import builtins
import importlib
import sys
import time

from _event_studio import state
from _event_studio.app import app
from _event_studio.element import EventElement, build_event_out_data, handler_args, validity
from _event_studio.importer import finder
from _event_studio.plain import to_plain
from _event_studio.private_json import dumps as _dumps
from _event_studio.private_json import loads as _loads
from _event_studio.rows import Row
from _event_studio.services import call_service
from jit.commons.enums import HandleTypeEnum


class HandlerNotFound(LookupError):
    """The element names a handler the run's files do not define."""


# Standard-library modules handlers commonly import, imported before the engine copies the heap:
# every run starts from that copy, so a module imported here costs nothing per run, where one a
# handler imports first is loaded and compiled again on every run.
PRELOADED = ("collections", "copy", "dataclasses", "datetime", "decimal", "functools", "itertools", "json", "math",
             "random", "re", "statistics", "string", "time", "traceback", "typing", "uuid")


def install():
    """Put the platform's globals in place and make app files importable; run once per interpreter."""
    import jit
    import jit.commons.utils.logger  # noqa: F401  (every handler imports it)
    from _event_studio.q import Q
    for name in PRELOADED:
        importlib.import_module(name)
    builtins.app = app
    builtins.HandleTypeEnum = HandleTypeEnum
    # Q expressions: the JitAI docs' handler examples use \`Q\` without an import, so a builtin; also
    # \`from jit import Q\` (our choice of path: the docs name none).
    builtins.Q = Q
    jit.Q = Q
    if finder not in sys.meta_path:
        sys.meta_path.insert(0, finder)


def _schema(model):
    return {f["name"]: f.get("type") for f in (model or {}).get("fields", [])}


class Prepared:
    """A request made ready to run over rows: the handler is imported once and reused for every row."""

    def __init__(self, req):
        self.req = req
        self.element = req["element"]
        self.input = req.get("input") or {}
        self.model = req.get("model") or {"fullName": self.element.get("model"), "fields": []}
        self.schema = _schema(self.model)
        self.fires, self.reason = validity(self.element, self.input)
        self._handler = None
        self._handler_error = None
        files = req.get("files") or {}
        finder.purge()
        finder.set_files(files)
        state.files = files
        state.user_files = frozenset(finder.files)
        state.service_returns = req.get("serviceReturns") or {}
        schemas = {m["fullName"]: _schema(m) for m in req.get("models") or []}
        schemas[self.model["fullName"]] = self.schema
        app.schemas = schemas
        app.model_rows = req.get("modelRows") or {}
        app.event = EventElement(self.element, self.schema)

    def handler(self):
        """The function to call; imported on first use, so an event that does not fire imports nothing."""
        if self._handler_error is not None:
            raise self._handler_error
        if self._handler is None:
            try:
                self._handler = self._resolve()
            except BaseException as e:
                self._handler_error = e
                raise
        return self._handler

    def _resolve(self):
        func = self.element.get("func") or ""
        if self.element.get("funcType") == "global":
            parts = func.split(".")
            if len(parts) != 3 or parts[0] != "services":
                raise HandlerNotFound(f"a global handler is services.<Service>.<function>; got '{func}'")
            return lambda *args: call_service(func, args, {})
        folder = self.element["folder"]
        name = func[len("inner.") :] if func.startswith("inner.") else func
        path = f"{folder}/inner.py"
        if path not in finder.files:
            raise HandlerNotFound(f"{path} is not among the run's files; an inner handler lives there")
        module = importlib.import_module(folder.replace("/", ".") + ".inner")
        fn = getattr(module, name, None)
        if not callable(fn):
            have = sorted(n for n, v in vars(module).items() if callable(v) and getattr(v, "__module__", None) == module.__name__)
            raise HandlerNotFound(f"{path} defines no function '{name}'; it defines: {', '.join(have) or '(none)'}")
        return fn

    def run_row(self, plain_row, capture=None):
        """One handler run over one row: a RunResult dict. A batch passes its own capture, already installed."""
        plain_row = dict(plain_row or {})
        run = state.current = state.RunState()
        row = Row(self.model["fullName"], self.schema, plain_row, on_save=run.count_save)
        result = {"ok": True, "fired": self.fires, "logs": run.logs, "error": None, "saves": 0,
                  "serviceCalls": run.service_calls, "modelWrites": run.model_writes}
        if not self.fires:
            result.update(notFiredReason=self.reason, durationMs=0, row={"before": plain_row, "after": plain_row, "changed": []})
            return result
        eod = build_event_out_data(self.element, row, self.input)
        args = handler_args(self.element, eod, self.input)
        own_capture = capture is None
        if own_capture:
            capture = state.PrintCapture()
            saved = sys.stdout, sys.stderr
            sys.stdout = sys.stderr = capture
        start = time.perf_counter()
        try:
            result["returnValue"] = to_plain(self.handler()(*args))
        except KeyboardInterrupt:
            result.update(ok=False, timedOut=True, error={
                "type": "Timeout", "message": "stopped by the time limit", "line": None, "file": None, "traceback": ""})
        except BaseException as e:  # the handler's failure is the result, whatever it raised
            result.update(ok=False, error=describe_error(e))
        finally:
            duration = (time.perf_counter() - start) * 1000
            if own_capture:
                sys.stdout, sys.stderr = saved
            capture.flush()
        changed = row.changed_fields()
        result["saves"] = run.saves
        result["durationMs"] = round(duration, 3)
        result["row"] = {"before": plain_row, "after": row.plain_after(changed) if changed else plain_row, "changed": changed}
        return result


def describe_error(e):
    """A RunError dict: type, message, the deepest line in a user file, the traceback trimmed to user frames."""
    frames = state.user_frames(e.__traceback__)
    line = file = None
    if frames:
        line, file = frames[-1].lineno, frames[-1].filename
    elif isinstance(e, SyntaxError) and e.filename in state.user_files:
        line, file = e.lineno, e.filename
    elif isinstance(e, HandlerNotFound):
        file = next((f for f in state.user_files if f.endswith("/inner.py")), None)
    message = str(e.msg) if isinstance(e, SyntaxError) else str(e)
    return {"type": type(e).__name__, "message": message, "line": line, "file": file,
            "traceback": state.format_user_traceback(e)}




# A run's result (return value, row after, calls) beyond this many characters of JSON is refused:
# it would be copied to the host and rendered, and no approval handler needs to return that much.
MAX_RESULT_CHARS = 5_000_000


def _estimate(value, budget):
    """Roughly how many characters of JSON value takes, counting no further than budget (cheap on huge values)."""
    total = 0
    stack = [value]
    while stack and total <= budget:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item) + 2
        elif isinstance(item, dict):
            total += 2 + 4 * len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            total += 2 + len(item)
            stack.extend(item)
        else:
            total += 8
    return total


def _bounded(result):
    """The result as JSON text; a result too large to send keeps only its logs and says why."""
    parts = [result.get("returnValue"), result["row"]["after"], result["serviceCalls"], result["modelWrites"]]
    if _estimate(parts, MAX_RESULT_CHARS) <= MAX_RESULT_CHARS:
        try:
            return _dumps(result)
        except MemoryError:
            pass
    size = f"more than {MAX_RESULT_CHARS // 1_000_000} MB"
    before = result["row"]["before"]
    result.update(ok=False, returnValue=None, serviceCalls=[], modelWrites=[], error={
        "type": "ResultTooLarge", "line": None, "file": None, "traceback": "",
        "message": f"the run's result is {size}: a run may return at most {MAX_RESULT_CHARS // 1_000_000} MB "
                   "(return value, row and calls together), so it was not sent"})
    result["row"] = {"before": before, "after": before, "changed": []}
    return _dumps(result)


def run_json(request_json):
    """Run one request; JSON in, JSON RunResult out. The engine restores Python's heap after the
    reply is sent (heap-image.ts), and again before a request if that did not complete."""
    req = _loads(request_json)
    return _bounded(Prepared(req).run_row(req.get("row")))


def _not_run(plain_row):
    return {"ok": False, "fired": True, "logs": [], "saves": 0, "serviceCalls": [], "modelWrites": [],
            "durationMs": 0, "timedOut": True, "row": {"before": plain_row, "after": plain_row, "changed": []},
            "error": {"type": "Timeout", "message": "not run: the batch was stopped", "line": None, "file": None,
                      "traceback": ""}}


def run_batch_json(request_json, rows_json):
    """Run one request over many rows, importing the handler once; JSON list of RunResults out."""
    req = _loads(request_json)
    rows = _loads(rows_json)
    prepared = Prepared(req)
    results = []
    capture = state.PrintCapture()
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = capture
    try:
        for plain_row in rows:
            result = prepared.run_row(plain_row, capture)
            results.append(result)
            if result.get("timedOut"):
                break
    except KeyboardInterrupt:
        pass
    finally:
        sys.stdout, sys.stderr = saved
    results.extend(_not_run(r) for r in rows[len(results):])
    return "[" + ",".join(_bounded(r) for r in results) + "]"
`,
  '_event_studio/services.py': `"""Services: real service.py code when the app has it, a recorded call with a settable return value otherwise."""
import copy
import importlib
import inspect

from _event_studio import state
from _event_studio.plain import to_plain


class NormalService:
    """Base class of a service's class in service.py (\`from services.NormalType import NormalService\`)."""

    def __init__(self, *args, **kwargs):
        pass


class NormalModel:
    """Base class models derive from; present so a service importing a model module still loads."""


class _FieldFactory:
    """\`datatypes.<Type>(...)\`: model.py field declarations, accepted and ignored."""

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args, **kwargs: {"type": name, **kwargs}


datatypes = _FieldFactory()


class ServiceNotFound(LookupError):
    """A service function the app does not define."""


def _service_target(service, fn):
    """The callable implementing services.<service>.<fn> in the app's service.py."""
    module = importlib.import_module(f"services.{service}.service")
    instance = state.current.services.get(service)
    if instance is None:
        classes = [c for c in vars(module).values() if inspect.isclass(c) and c.__module__ == module.__name__]
        ranked = sorted(classes, key=lambda c: not issubclass(c, NormalService))
        cls = next((c for c in ranked if callable(getattr(c, fn, None))), None)
        instance = cls() if cls is not None else module
        state.current.services[service] = instance
    target = getattr(instance, fn, None)
    if not callable(target):
        target = getattr(module, fn, None)
    if not callable(target):
        have = sorted(n for n, v in vars(type(instance)).items() if callable(v) and not n.startswith("_"))
        raise ServiceNotFound(
            f"services/{service}/service.py defines no function '{fn}'; it has: {', '.join(have) or '(none)'}"
        )
    return target


def call_service(func, args, kwargs):
    """Call services.S.fn: recorded in the run's serviceCalls, then run for real or answered from serviceReturns."""
    plain_args = to_plain(list(args) + ([kwargs] if kwargs else []))
    state.current.service_calls.append({"func": func, "args": plain_args})
    _, service, fn = func.split(".", 2)
    if f"services/{service}/service.py" in state.files:
        return _service_target(service, fn)(*args, **kwargs)
    return copy.deepcopy(state.service_returns.get(func))


class ServiceElement:
    """\`app.getElement("services.S")\`: each attribute is a function of the service."""

    def __init__(self, full_name):
        self.fullName = full_name

    def __repr__(self):
        return f"<service {self.fullName}>"

    def __getattr__(self, fn):
        if fn.startswith("_"):
            raise AttributeError(fn)
        func = f"{self.fullName}.{fn}"
        return lambda *args, **kwargs: call_service(func, args, kwargs)
`,
  '_event_studio/state.py': `"""The current run's record (logs, saves, calls, writes), shared by the shim objects that add to it."""
import io
import sys
import traceback

# Bounds so a chatty handler cannot grow the result without limit (see issue 5).
MAX_LOG_LINES = 10_000
MAX_LOG_BYTES = 1_000_000


class RunState:
    """Everything one handler run records besides its return value."""

    __slots__ = ("logs", "log_bytes", "truncated", "saves", "service_calls", "model_writes", "models", "services")

    def __init__(self):
        self.logs = []
        self.log_bytes = 0
        self.truncated = False
        self.saves = 0
        self.service_calls = []
        self.model_writes = []
        # per-run caches, so writes of one run never leak into the next
        self.models = {}
        self.services = {}

    def count_save(self, row):
        """on_save of the event's own row: its save() calls are the result's \`saves\`."""
        self.saves += 1


current = RunState()
# App paths of the run's Python files: the frames a user may see in a traceback.
user_files = frozenset()


def emit_log(level, message):
    """Record one log line on the current run, cutting output beyond the caps with one note."""
    s = current
    if s.truncated:
        return
    if len(s.logs) >= MAX_LOG_LINES or s.log_bytes + len(message) > MAX_LOG_BYTES:
        s.truncated = True
        s.logs.append({
            "level": "warning",
            "message": f"output cut: a run may log {MAX_LOG_LINES} lines or {MAX_LOG_BYTES // 1_000_000} MB",
        })
        return
    s.log_bytes += len(message)
    s.logs.append({"level": level, "message": message})


def user_frames(tb):
    """The traceback's frames that are in the user's own files, outermost first."""
    return [f for f in traceback.extract_tb(tb) if f.filename in user_files]


def format_user_traceback(exc):
    """A traceback of the user's frames only: the shim and runner are noise to a handler's author."""
    frames = user_frames(exc.__traceback__)
    parts = []
    if frames:
        parts.append("Traceback (most recent call last):\\n")
        parts.extend(traceback.format_list(frames))
    parts.extend(traceback.format_exception_only(type(exc), exc))
    return "".join(parts).rstrip("\\n")


def current_traceback_text():
    """The active exception's trimmed traceback, for log.exception; empty outside an except block."""
    exc = sys.exception()
    return format_user_traceback(exc) if exc is not None else ""


class PrintCapture(io.TextIOBase):
    """sys.stdout/sys.stderr during a run: each printed line becomes a log of level 'print'."""

    def __init__(self):
        self._pending = ""

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        if current.truncated:
            return len(text)
        data = self._pending + text
        # Split off no more lines than the cap can still take: a ten-million-line string costs nothing more.
        *lines, self._pending = data.split("\\n", MAX_LOG_LINES - len(current.logs) + 1)
        for line in lines:
            emit_log("print", line)
        if current.truncated:
            self._pending = ""
        elif len(self._pending) > MAX_LOG_BYTES:
            self.flush()
        return len(text)

    def flush(self):
        if self._pending:
            emit_log("print", self._pending)
            self._pending = ""


# The request-level facts of the current run (set by the runner before any handler code runs).
files = {}
service_returns = {}
`,
  'jit/__init__.py': `"""The slice of the JitAI platform's \`jit\` package that approval-event handlers use, for Event Studio's sandbox."""
from jit.commons.enums import HandleTypeEnum

__all__ = ["HandleTypeEnum"]
`,
  'jit/commons/__init__.py': ``,
  'jit/commons/enums.py': `"""Enums handlers compare against. HandleTypeEnum is also a builtin, as the platform's examples use it unimported."""
from enum import StrEnum


class HandleTypeEnum(StrEnum):
    """The actions an approver can take on a node, in both documentation revisions' vocabularies.

    A StrEnum, so members equal their plain strings (\`HandleTypeEnum.agree == "agree"\`) and format as them.
    """

    # seed vocabulary
    agree = "agree"
    reject = "reject"
    transfer = "transfer"
    # newer revision's vocabulary (agree and reject are shared)
    submit = "submit"
    manualEnd = "manualEnd"
    refuse = "refuse"
    transmit = "transmit"
    cancel = "cancel"
`,
  'jit/commons/utils/__init__.py': ``,
  'jit/commons/utils/logger.py': `"""\`from jit.commons.utils.logger import log\`: the platform logger, recorded into the run's result."""
from _event_studio import state as _state


class _Logger:
    """debug/info/warning/error/exception like the platform's; messages accept %-style args like logging."""

    # No instance attributes: a handler cannot leave a replaced method on the shared \`log\` for later runs.
    __slots__ = ()

    # Past the cap a call costs only the \`truncated\` check: ten million log lines stay cheap.
    def _emit(self, level, msg, args):
        text = str(msg)
        if args:
            try:
                text = text % args
            except (TypeError, ValueError):
                text = " ".join([text, *map(str, args)])
        _state.emit_log(level, text)

    def debug(self, msg, *args, **kwargs):
        if not _state.current.truncated:
            self._emit("debug", msg, args)

    def info(self, msg, *args, **kwargs):
        if not _state.current.truncated:
            self._emit("info", msg, args)

    def warning(self, msg, *args, **kwargs):
        if not _state.current.truncated:
            self._emit("warning", msg, args)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if not _state.current.truncated:
            self._emit("error", msg, args)

    critical = error

    def exception(self, msg, *args, **kwargs):
        if _state.current.truncated:
            return
        # The platform's exception() appends the active traceback; ours is trimmed to the user's frames.
        text = str(msg)
        if args:
            try:
                text = text % args
            except (TypeError, ValueError):
                text = " ".join([text, *map(str, args)])
        tb = _state.current_traceback_text()
        _state.emit_log("exception", f"{text}\\n{tb}" if tb else text)


log = _Logger()
logger = log

__all__ = ["log", "logger"]
`,
};

/** SHA-256 of PYTHON_SOURCES: part of the memory snapshot key (snapshot-key.ts). */
export const PYTHON_SOURCES_HASH = '02f66b21602582b875ac820d96aa4604bf1acea6a7627fa8d53400831a8a4259';
