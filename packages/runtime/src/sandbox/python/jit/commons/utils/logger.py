"""`from jit.commons.utils.logger import log`: the platform logger, recorded into the run's result."""
from _event_studio import state as _state


class _Logger:
    """debug/info/warning/error/exception like the platform's; messages accept %-style args like logging."""

    # No instance attributes: a handler cannot leave a replaced method on the shared `log` for later runs.
    __slots__ = ()

    # Past the cap a call costs only the `truncated` check: ten million log lines stay cheap.
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
        _state.emit_log("exception", f"{text}\n{tb}" if tb else text)


log = _Logger()
logger = log

__all__ = ["log", "logger"]
