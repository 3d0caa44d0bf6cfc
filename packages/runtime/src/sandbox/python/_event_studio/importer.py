"""Makes the run's app files importable by their app path (`events/x/inner.py` → `events.x.inner`).

Files are compiled with their app path as filename, so tracebacks name `events/x/inner.py`; the
platform's base-class modules (`services.NormalType`, `models.NormalType`, `datatypes.Meta`) are
provided when the app does not ship them.
"""
import importlib.abc
import importlib.util
import linecache
import sys

# Imported here, before lock-down, so model.py's base class costs a run nothing.
from _event_studio.model_class import NormalModel


def _compat_services():
    from _event_studio.services import NormalService

    return {"NormalService": NormalService}


def _compat_models():
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
