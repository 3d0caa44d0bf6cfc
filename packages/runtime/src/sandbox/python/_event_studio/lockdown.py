"""Cuts Python off from JavaScript and the host once the shim is installed, and keeps runs apart.

lock_down() removes `js`, `pyodide*`, `_pyodide*`, `ctypes`, the test and subprocess modules from
sys.modules, refuses them on import (an ImportBlocker first on sys.meta_path, and a guard on
`_imp.create_builtin`, which would otherwise re-create any built-in module), installs the audit
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
    """`_imp.create_builtin` for every built-in module but the blocked ones.

    The original lives in this function's defaults, which the audit hook keeps unreadable.
    """
    name = spec.name
    if _type(name) is not _str or name.partition(".")[0] in _blocked or name == "sys":
        raise _refusal(name)
    # A fresh spec: a handler's own spec object could answer `name` differently the second time.
    return _create(_spec(name, None, origin="built-in"))


def _guarded_setrecursionlimit(limit, _set=sys.setrecursionlimit, _max=RECURSION_LIMIT, _int=int,
                               _error=guard.NotAllowedInSandbox):
    """`sys.setrecursionlimit` up to the sandbox's limit: past it, deep recursion overflows the wasm
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
