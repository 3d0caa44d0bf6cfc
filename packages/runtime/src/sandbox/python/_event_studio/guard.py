"""The audit hook: refuses what no handler needs and what would reach the host or outlive a run.

An audit hook cannot be removed from Python. Everything it uses is bound as a default argument
(builtins and module functions could be replaced by a handler), and it refuses reading or replacing
`__defaults__`/`__code__` of the shim's and the standard library's functions, so neither it nor the
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
