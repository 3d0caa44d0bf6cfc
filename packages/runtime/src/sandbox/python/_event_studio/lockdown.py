"""Cuts Python off from JavaScript once the shim is installed.

After lock_down(): `js`, `pyodide`, `pyodide_js`, `_pyodide`, `_pyodide_core`, `micropip` and
`ctypes` are gone from sys.modules and refused by an import hook placed first on sys.meta_path;
Pyodide's JsFinder is removed from sys.meta_path. The worker also unregisters the `js` and
`pyodide_js` modules and gives Pyodide a null-prototype object as `jsglobals` (see engine.ts).
Hardening against deliberate routes around this is issue 5's work.
"""
import sys

BLOCKED = frozenset({"js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "micropip", "ctypes", "_ctypes"})


class ImportBlocker:
    """A meta-path finder that refuses the blocked modules and their submodules."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname.partition(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named '{fullname}' (not available in the Event Studio sandbox)")
        return None

    def invalidate_caches(self):
        pass


def lock_down():
    """Drop the blocked modules and install the import blocker; idempotent."""
    for name in list(sys.modules):
        if name.partition(".")[0] in BLOCKED:
            del sys.modules[name]
    finders = [f for f in sys.meta_path if not isinstance(f, ImportBlocker) and type(f).__name__ != "JsFinder"]
    sys.meta_path[:] = [ImportBlocker(), *finders]
