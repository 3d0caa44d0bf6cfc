"""The runner the engine calls: one request (and one or many rows) in, plain JSON results out."""
import builtins
import importlib
import sys
import time

from _event_studio import state
from _event_studio.app import app
from _event_studio.element import (
    EventElement,
    arguments_for,
    build_event_out_data,
    extras_taken,
    operate_extras,
    validity,
)
from _event_studio.importer import finder
from _event_studio.model_changes import model_changes
from _event_studio.plain import to_plain
from _event_studio.private_json import dumps as _dumps
from _event_studio.private_json import loads as _loads
from _event_studio.rows import Row
from _event_studio.services import call_service, service_function
from jit.commons.enums import HandleTypeEnum

# The name the newer revision gives an Inner handler (element/spelling.ts: NEWER_INNER_HANDLER).
NEWER_INNER_HANDLER = "customFunc"


class HandlerNotFound(LookupError):
    """The element names a handler the run's files do not define."""


# Standard-library modules handlers commonly import, imported before the engine copies the heap:
# every run starts from that copy, so a module imported here costs nothing per run, where one a
# handler imports first is loaded and compiled again on every run.
PRELOADED = ("collections", "copy", "dataclasses", "datetime", "decimal", "functools", "itertools", "json", "math",
             "random", "re", "statistics", "string", "time", "traceback", "typing", "uuid")


def install():
    """Put the platform's globals in place and make app files importable; run once per interpreter."""
    import jit
    import jit.commons.utils.logger  # noqa: F401  (every handler imports it)
    from _event_studio.q import Q
    for name in PRELOADED:
        importlib.import_module(name)
    builtins.app = app
    builtins.HandleTypeEnum = HandleTypeEnum
    # Q expressions: the JitAI docs' handler examples use `Q` without an import, so a builtin; also
    # `from jit import Q` (our choice of path: the docs name none).
    builtins.Q = Q
    jit.Q = Q
    if finder not in sys.meta_path:
        sys.meta_path.insert(0, finder)


def _schema(model):
    """Field name → type name; a field declared with literal parameters (`decimal=2`, `options=[…]`)
    carries them on its type (a FieldType, still a str), for its field object's properties."""
    from _event_studio.field_types import FieldType

    schema = {}
    for f in (model or {}).get("fields", []):
        ftype, params = f.get("type"), f.get("params")
        schema[f["name"]] = FieldType(ftype, params) if params and isinstance(params, dict) and isinstance(ftype, str) else ftype
    return schema


class Prepared:
    """A request made ready to run over rows: the handler is imported once and reused for every row."""

    def __init__(self, req):
        self.req = req
        self.element = req["element"]
        self.input = req.get("input") or {}
        self.model = req.get("model") or {"fullName": self.element.get("model"), "fields": []}
        self.schema = _schema(self.model)
        self.fires, self.reason = validity(self.element, self.input)
        self._handler = None
        self._handler_error = None
        files = req.get("files") or {}
        finder.purge()
        finder.set_files(files)
        state.files = files
        state.user_files = frozenset(finder.files)
        state.service_returns = req.get("serviceReturns") or {}
        schemas = {m["fullName"]: _schema(m) for m in req.get("models") or []}
        schemas[self.model["fullName"]] = self.schema
        app.schemas = schemas
        app.model_rows = req.get("modelRows") or {}
        app.event = EventElement(self.element, self.schema)

    def handler(self):
        """The function to call; imported on first use, so an event that does not fire imports nothing."""
        if self._handler_error is not None:
            raise self._handler_error
        if self._handler is None:
            try:
                self._handler = self._resolve()
            except BaseException as e:
                self._handler_error = e
                raise
        return self._handler

    def _resolve(self):
        """A callable taking (eventOutData, extras): the handler with the arguments its signature asks for."""
        func = self.element.get("func") or ""
        if self.element.get("funcType") == "global":
            parts = func.split(".")
            if len(parts) != 3 or parts[0] != "services":
                raise HandlerNotFound(f"a global handler is services.<Service>.<function>; got '{func}'")
            newer = self.element.get("spelling") == "newer"

            def call_global(eod, extras):
                target = service_function(func)
                # Without service.py there is no signature to read: each revision's documented call.
                args = arguments_for(target, eod, extras) if target else (eod,) if newer else (eod, *extras)
                return call_service(func, args, {})

            return call_global
        fn = self._inner_function()
        taken = extras_taken(fn)
        if taken is None:
            return lambda eod, extras: fn(eod, *extras)
        return lambda eod, extras: fn(eod, *extras[:taken])

    def _inner_function(self):
        """The configured inner function, or customFunc: the newer revision's Inner handler is customFunc
        "or matches the configured handler" (approval-events.md, newer revision), so both are looked for."""
        folder = self.element["folder"]
        func = self.element.get("func") or ""
        path = f"{folder}/inner.py"
        if path not in finder.files:
            raise HandlerNotFound(f"{path} is not among the run's files; an inner handler lives there")
        module = importlib.import_module(folder.replace("/", ".") + ".inner")
        configured = func[len("inner.") :] if func.startswith("inner.") else func
        for name in dict.fromkeys(n for n in (configured, NEWER_INNER_HANDLER) if n):
            fn = getattr(module, name, None)
            if callable(fn):
                return fn
        have = sorted(n for n, v in vars(module).items() if callable(v) and getattr(v, "__module__", None) == module.__name__)
        raise HandlerNotFound(f"{path} defines no function '{configured or NEWER_INNER_HANDLER}'; it defines: {', '.join(have) or '(none)'}")

    def run_row(self, plain_row, capture=None):
        """One handler run over one row: a RunResult dict. A batch passes its own capture, already installed."""
        plain_row = dict(plain_row or {})
        run = state.current = state.RunState()
        row = Row(self.model["fullName"], self.schema, plain_row, on_save=run.count_save)
        result = {"ok": True, "fired": self.fires, "logs": run.logs, "error": None, "saves": 0,
                  "serviceCalls": run.service_calls, "modelWrites": run.model_writes}
        if not self.fires:
            result.update(notFiredReason=self.reason, durationMs=0, row={"before": plain_row, "after": plain_row, "changed": []})
            return result
        eod = build_event_out_data(self.element, row, self.input)
        extras = operate_extras(self.element, self.input)
        own_capture = capture is None
        if own_capture:
            capture = state.PrintCapture()
            saved = sys.stdout, sys.stderr
            sys.stdout = sys.stderr = capture
        start = time.perf_counter()
        try:
            result["returnValue"] = to_plain(self.handler()(eod, extras))
        except KeyboardInterrupt:
            result.update(ok=False, timedOut=True, error={
                "type": "Timeout", "message": "stopped by the time limit", "line": None, "file": None, "traceback": ""})
        except BaseException as e:  # the handler's failure is the result, whatever it raised
            result.update(ok=False, error=describe_error(e))
        finally:
            duration = (time.perf_counter() - start) * 1000
            if own_capture:
                sys.stdout, sys.stderr = saved
            capture.flush()
        changed = row.changed_fields()
        result["saves"] = run.saves
        result["modelChanges"] = model_changes(run.models, app.model_rows)
        result["durationMs"] = round(duration, 3)
        result["row"] = {"before": plain_row, "after": row.plain_after(changed) if changed else plain_row, "changed": changed}
        return result


def describe_error(e):
    """A RunError dict: type, message, the deepest line in a user file, the traceback trimmed to user frames."""
    frames = state.user_frames(e.__traceback__)
    line = file = None
    if frames:
        line, file = frames[-1].lineno, frames[-1].filename
    elif isinstance(e, SyntaxError) and e.filename in state.user_files:
        line, file = e.lineno, e.filename
    elif isinstance(e, HandlerNotFound):
        file = next((f for f in state.user_files if f.endswith("/inner.py")), None)
    message = str(e.msg) if isinstance(e, SyntaxError) else str(e)
    return {"type": type(e).__name__, "message": message, "line": line, "file": file,
            "traceback": state.format_user_traceback(e)}




# A run's result (return value, row after, calls) beyond this many characters of JSON is refused:
# it would be copied to the host and rendered, and no approval handler needs to return that much.
MAX_RESULT_CHARS = 5_000_000


def _estimate(value, budget):
    """Roughly how many characters of JSON value takes, counting no further than budget (cheap on huge values)."""
    total = 0
    stack = [value]
    while stack and total <= budget:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item) + 2
        elif isinstance(item, dict):
            total += 2 + 4 * len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            total += 2 + len(item)
            stack.extend(item)
        else:
            total += 8
    return total


def _bounded(result):
    """The result as JSON text; a result too large to send keeps only its logs and says why."""
    parts = [result.get("returnValue"), result["row"]["after"], result["serviceCalls"], result["modelWrites"],
             result.get("modelChanges")]
    if _estimate(parts, MAX_RESULT_CHARS) <= MAX_RESULT_CHARS:
        try:
            return _dumps(result)
        except MemoryError:
            pass
    size = f"more than {MAX_RESULT_CHARS // 1_000_000} MB"
    before = result["row"]["before"]
    result.update(ok=False, returnValue=None, serviceCalls=[], modelWrites=[], modelChanges=[], error={
        "type": "ResultTooLarge", "line": None, "file": None, "traceback": "",
        "message": f"the run's result is {size}: a run may return at most {MAX_RESULT_CHARS // 1_000_000} MB "
                   "(return value, row and calls together), so it was not sent"})
    result["row"] = {"before": before, "after": before, "changed": []}
    return _dumps(result)


def run_json(request_json):
    """Run one request; JSON in, JSON RunResult out. The engine restores Python's heap after the
    reply is sent (heap-image.ts), and again before a request if that did not complete."""
    req = _loads(request_json)
    return _bounded(Prepared(req).run_row(req.get("row")))


def _not_run(plain_row):
    return {"ok": False, "fired": True, "logs": [], "saves": 0, "serviceCalls": [], "modelWrites": [],
            "durationMs": 0, "timedOut": True, "row": {"before": plain_row, "after": plain_row, "changed": []},
            "error": {"type": "Timeout", "message": "not run: the batch was stopped", "line": None, "file": None,
                      "traceback": ""}}


def run_batch_json(request_json, rows_json):
    """Run one request over many rows, importing the handler once; JSON list of RunResults out."""
    req = _loads(request_json)
    rows = _loads(rows_json)
    prepared = Prepared(req)
    results = []
    capture = state.PrintCapture()
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = capture
    try:
        for plain_row in rows:
            result = prepared.run_row(plain_row, capture)
            results.append(result)
            if result.get("timedOut"):
                break
    except KeyboardInterrupt:
        pass
    finally:
        sys.stdout, sys.stderr = saved
    results.extend(_not_run(r) for r in rows[len(results):])
    return "[" + ",".join(_bounded(r) for r in results) + "]"
