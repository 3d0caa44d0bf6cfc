"""The current run's record (logs, saves, calls, writes), shared by the shim objects that add to it."""
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
        """on_save of the event's own row: its save() calls are the result's `saves`."""
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
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_list(frames))
    parts.extend(traceback.format_exception_only(type(exc), exc))
    return "".join(parts).rstrip("\n")


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
        *lines, self._pending = data.split("\n", MAX_LOG_LINES - len(current.logs) + 1)
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
