"""Makes an interpreter restored from a memory snapshot start as a cold-started one would.

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
