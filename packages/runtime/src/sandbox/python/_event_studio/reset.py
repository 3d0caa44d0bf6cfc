"""Keeps one run from leaking into the next: the interpreter is put back before every request.

take_snapshot() records, at lock-down, every module's namespace, the attributes of every class
defined in a module (stdlib and shim alike), sys.modules/path/meta_path/path_hooks, the signal
handler and a few objects' instance attributes. restore() puts back whatever a handler changed,
drops modules imported since (so the next run imports them fresh), and clears /tmp. It is bound
into the runner's entry points as a default argument, so a handler cannot replace it.
"""
import decimal
import operator
import os
import re
import signal
import sys
import types

# CPython's own default; deep enough for handlers, far from the wasm stack's end (a RecursionError,
# not a crash). A handler that raises it and overflows the stack crashes its worker, which is replaced.
RECURSION_LIMIT = 1000
_HEAPTYPE = 1 << 9
_IMMUTABLE = 1 << 8


def _classes(module):
    """Classes defined in module whose attributes can be changed."""
    name = getattr(module, "__name__", None)
    found = []
    for value in list(vars(module).values()):
        if (isinstance(value, type) and value.__flags__ & _HEAPTYPE and not value.__flags__ & _IMMUTABLE
                and value.__dict__.get("__module__") == name):
            found.append(value)
    return found


def _freeze(mapping):
    return tuple(mapping.keys()), tuple(mapping.values())


def take_snapshot(keep=()):
    """The state restore() returns to: immutable tuples, so a handler cannot edit the record."""
    modules = []
    classes = []
    for name, module in list(sys.modules.items()):
        if not isinstance(module, types.ModuleType):
            continue
        modules.append((name, module, *_freeze(vars(module))))
        for cls in _classes(module):
            classes.append((cls, *_freeze(dict(vars(cls)))))
    instances = tuple((obj, *_freeze(vars(obj))) for obj in keep)
    return (tuple(modules), tuple(classes), instances, tuple(sys.meta_path), tuple(sys.path),
            tuple(sys.path_hooks), tuple(os.environ.items()))


def _restore_namespace(namespace, keys, values, _map=map, _all=all, _is=operator.is_, _len=len, _zip=zip):
    if _len(namespace) == _len(keys) and _all(_map(_is, namespace.values(), values)) and _all(_map(_is, namespace, keys)):
        return
    namespace.clear()
    namespace.update(_zip(keys, values))


def _remove_tree(path, _os=os, _remove_tree=None):
    if _os.path.isdir(path) and not _os.path.islink(path):
        for entry in _os.listdir(path):
            _remove_tree(path + "/" + entry)
        _os.rmdir(path)
    else:
        _os.remove(path)


def restore(snapshot=None, _sys=sys, _os=os, _signal=signal, _decimal=decimal, _re=re, _map=map, _all=all,
            _is=operator.is_, _len=len, _vars=vars, _setattr=setattr, _delattr=delattr, _set=set, _zip=zip,
            _dict=dict, _type=type, _containers=(dict, set, list), _ns=_restore_namespace, _rm=_remove_tree,
            _limit=RECURSION_LIMIT):
    """Put the interpreter back to the snapshot armed by arm(); cheap when nothing changed (identity checks in C)."""
    if snapshot is None:
        return
    modules, classes, instances, meta_path, path, path_hooks, environ = snapshot
    # sys first: the handler may have replaced sys.modules or sys.path themselves.
    for name, module, keys, values in modules:
        if name == "sys":
            _ns(_vars(module), keys, values)
    table = _sys.modules
    known = _set()
    for name, module, keys, values in modules:
        known.add(name)
        _ns(_vars(module), keys, values)
        if table.get(name) is not module:
            table[name] = module
    for name in [n for n in table if n not in known]:
        del table[name]
    for cls, keys, values in classes:
        attrs = _vars(cls)
        if _len(attrs) == _len(keys) and _all(_map(_is, attrs.values(), values)) and _all(_map(_is, attrs, keys)):
            continue
        for key in [k for k in attrs if k not in keys]:
            _delattr(cls, key)
        for key, value in _zip(keys, values):
            if attrs.get(key) is not value:
                _setattr(cls, key, value)
    for obj, keys, values in instances:
        _ns(_vars(obj), keys, values)
        for value in values:
            if _type(value) in _containers and value:
                value.clear()
    _sys.meta_path[:] = meta_path
    _sys.path[:] = path
    _sys.path_hooks[:] = path_hooks
    _sys.path_importer_cache.clear()
    _sys.setrecursionlimit(_limit)
    _signal.signal(_signal.SIGINT, _signal.default_int_handler)
    if _dict(_os.environ) != _dict(environ):
        _os.environ.clear()
        _os.environ.update(environ)
    _os.chdir("/home/pyodide")
    for entry in _os.listdir("/tmp"):
        _rm("/tmp/" + entry)
    _decimal.setcontext(_decimal.Context())
    _re.purge()


_remove_tree.__defaults__ = (os, _remove_tree)


def arm(snapshot):
    """Bind the snapshot into restore() before the audit hook makes defaults read-only."""
    restore.__defaults__ = (snapshot, *restore.__defaults__[1:])
