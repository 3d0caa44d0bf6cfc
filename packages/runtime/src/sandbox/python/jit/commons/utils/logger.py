"""`from jit.commons.utils.logger import log`: the platform logger, recorded into the run's result."""
from _event_studio import state as _state


class _Logger:
    """debug/info/warning/error/exception like the platform's; messages accept %-style args like logging."""

    def _emit(self, level, msg, args):
        text = str(msg)
        if args:
            try:
                text = text % args
            except (TypeError, ValueError):
                text = " ".join([text, *map(str, args)])
        _state.emit_log(level, text)

    def debug(self, msg, *args, **kwargs):
        self._emit("debug", msg, args)

    def info(self, msg, *args, **kwargs):
        self._emit("info", msg, args)

    def warning(self, msg, *args, **kwargs):
        self._emit("warning", msg, args)

    warn = warning

    def error(self, msg, *args, **kwargs):
        self._emit("error", msg, args)

    critical = error

    def exception(self, msg, *args, **kwargs):
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
