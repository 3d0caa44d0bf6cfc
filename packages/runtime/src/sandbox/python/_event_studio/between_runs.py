"""Puts back, after the engine restored Python's heap (heap-image.ts), what lives outside the heap.

The heap restore makes every module, class, object and C-level registry exactly as lock-down left
it. Three things are not in the heap: the in-memory file system (JS-side: /tmp's files, the working
directory, open file descriptors), and the entropy behind `random`, which a restored heap would
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
