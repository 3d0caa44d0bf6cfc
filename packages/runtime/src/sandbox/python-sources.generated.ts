// Generated from src/sandbox/python/**/*.py by packages/runtime/scripts/embed-python.ts: do not edit.
// After changing a .py file, run `pnpm embed-python`.

/** The Python shim installed in every sandbox, by path relative to the python/ folder. */
export const PYTHON_SOURCES: Record<string, string> = {
  '_event_studio/__init__.py': `"""Event Studio's sandbox internals: the platform objects handlers see and the runner that calls them."""
`,
  '_event_studio/app.py': `"""The \`app\` builtin: \`app.getElement(fullName)\` for the event itself, models and services."""
from _event_studio import state
from _event_studio.models import ModelElement
from _event_studio.services import ServiceElement


class App:
    """What handlers reach through the global \`app\`."""

    def __init__(self):
        self.event = None
        self.schemas = {}
        self.model_rows = {}

    def getElement(self, fullName):
        """The element with that full name (\`events.x\`, \`models.X\`, \`services.S\`)."""
        if self.event is not None and fullName == self.event.fullName:
            return self.event
        kind = fullName.split(".", 1)[0]
        if kind == "models":
            cache = state.current.models
            model = cache.get(fullName)
            if model is None:
                model = ModelElement(fullName, self.schemas.get(fullName, {}), self.model_rows.get(fullName, []))
                cache[fullName] = model
            return model
        if kind == "services" and fullName.count(".") == 1:
            return ServiceElement(fullName)
        known = [self.event.fullName] if self.event is not None else []
        known += sorted(set(self.model_rows) | set(self.schemas))
        raise LookupError(
            f"app.getElement('{fullName}'): the sandbox knows this event, models "
            f"and services (services.<Service>); known here: {', '.join(known) or '(none)'}"
        )


app = App()
`,
  '_event_studio/between_runs.py': `"""Puts back, after the engine restored Python's heap (heap-image.ts), what lives outside the heap.

The heap restore makes every module, class, object and C-level registry exactly as lock-down left
it. Three things are not in the heap: the in-memory file system (JS-side: /tmp's files, the working
directory, open file descriptors), and the entropy behind \`random\`, which a restored heap would
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
`,
  '_event_studio/cases.py': `"""Runs one case of element-method-cases.json through the Python element, for the shared-table test."""

from _event_studio.element import EXTRAS, EventElement, build_event_out_data, handler_args
from _event_studio.plain import to_plain
from _event_studio.private_json import dumps, loads
from _event_studio.rows import EventOutData, Row, Value


def _event_out_data(element, plain_row, status, event_input):
    row = Row(element.get("model"), {}, dict(plain_row or {}))
    if element.get("spelling") == "newer":
        extras = {n: Value(event_input.get(n)) for n in EXTRAS.get(element.get("operate"), ())}
        return EventOutData(row, status, extras)
    return EventOutData(row, status)


def run_case_json(case_json):
    """\`{"element": normalised ApprovalEvent, "method", "input"}\` → the method's result as JSON."""
    case = loads(case_json)
    element, method, given = case["element"], case["method"], case.get("input") or {}
    event = EventElement(element)
    if method == "getSender":
        out = event.getSender()
    elif method == "isValid":
        event_input = given.get("input") or {}
        eod = _event_out_data(element, {}, event_input.get("status"), event_input)
        # isValid receives the event's own parameters, trigger node prefix and all
        extras = () if element.get("spelling") == "newer" else tuple(
            event_input.get(n) for n in EXTRAS.get(element.get("operate"), ())
        )
        out = {"valid": event.isValid(eod, *extras)}
    elif method == "handleNode":
        out = event.handleNode(given["node"], *given.get("args", []), **given.get("kwargs", {}))
    elif method == "buildTaskParams":
        plain = given.get("eventOutData") or {}
        event_input = dict(given.get("input") or {}, status=plain.get("status"))
        row = Row(element.get("model"), {}, dict(plain.get("row") or {}))
        eod = build_event_out_data(element, row, event_input)
        out = event.buildTaskParams(*handler_args(element, eod, event_input))
    elif method == "recoverTaskParams":
        out = event.recoverTaskParams(given.get("params"))
    else:
        raise ValueError(f"unknown method {method}")
    return dumps(to_plain(out))
`,
  '_event_studio/element.py': `"""The approval event element as \`app.getElement("events.x")\` returns it.

Semantics mirror packages/runtime/src/element/element-methods.ts; element-method-cases.json pins both.
"""
import inspect
import re

from _event_studio.plain import to_plain
from _event_studio.rows import EventOutData, Row, Value
from jit.commons.enums import HandleTypeEnum

# The extras each operate passes after eventOutData, in the seed's argument order.
EXTRAS = {"Process": (), "NodeChange": ("triggerNode",), "NodeHandled": ("handleType", "nodeId", "nodeTitle")}
_PREFIX = re.compile(r"^(after|before)\\.")
_SYNONYMS = {"transfer": "transmit"}


def strip_node_prefix(node):
    """A trigger node id without the newer spelling's after./before. prefix."""
    return _PREFIX.sub("", node) if isinstance(node, str) else node


def normalise_trigger_node(node):
    """A bare id fires on reaching the node: before.<id> in the newer revision's words (spelling.ts)."""
    return node if _PREFIX.match(node) else f"before.{node}"


def same_handle_type(a, b):
    """transfer (seed) and transmit (newer) name the same action."""
    return _SYNONYMS.get(a, a) == _SYNONYMS.get(b, b)


def as_handle_type(value):
    """The HandleTypeEnum member for a known action (still equal to its string), else the value as is."""
    try:
        return HandleTypeEnum(value)
    except ValueError:
        return value


def validity(element, event_input):
    """(fires, reason): the event's trigger filter for one input, with a sentence saying why not."""
    if element.get("enable", 1) == 0:
        return False, "The event is switched off (enable is 0)."
    operate = element.get("operate")
    if operate == "Process":
        return True, None
    if operate == "NodeChange":
        reached = event_input.get("triggerNode")
        if not reached:
            return False, "No node was reached: a NodeChange event needs the node the workflow moved to."
        listed = element.get("triggerNode") or []
        if any(normalise_trigger_node(n) == normalise_trigger_node(reached) for n in listed):
            return True, None
        return False, f"Node '{reached}' is not one of the trigger nodes ({', '.join(listed) or 'none'})."
    if operate == "NodeHandled":
        node = element.get("handleNode")
        if node is None:
            return False, "The event names no handleNode, so no handled node matches."
        got = event_input.get("nodeId")
        if got != node:
            said = "no node" if got is None else f"node '{got}'"
            return False, f"The event listens to node '{node}', but {said} was handled."
        types = element.get("handleType") or []
        action = event_input.get("handleType")
        if not types or (action is not None and any(same_handle_type(t, action) for t in types)):
            return True, None
        return False, f"The action '{action or '(none)'}' is not one of the handle types ({', '.join(types)})."
    return False, f"The operate '{operate}' is not Process, NodeChange or NodeHandled, so it never fires."


def _raw(value):
    return value._raw if isinstance(value, Value) else value


def input_from_call(element, args, kwargs):
    """The EventInput an element method was called with: positional extras (seed), kwargs or eventOutData."""
    eod = args[0] if args else kwargs.get("eventOutData")
    found = {}
    status = getattr(eod, "status", None) if not isinstance(eod, dict) else eod.get("status")
    found["status"] = _raw(status)
    for i, name in enumerate(EXTRAS.get(element.get("operate"), ())):
        if len(args) > i + 1:
            value = args[i + 1]
        elif name in kwargs:
            value = kwargs[name]
        elif isinstance(eod, dict):
            value = eod.get(name)
        else:
            value = eod.__dict__.get(name) if eod is not None and hasattr(eod, "__dict__") else None
        found[name] = None if value is None else to_plain(_raw(value))
    return found


def build_event_out_data(element, row, event_input):
    """eventOutData for a run: row and status, plus the operate's node facts with \`.value\`.

    The newer revision documents the facts on eventOutData; the seed passes them as arguments. One
    platform serves both, so both are offered whatever the file's spelling (domain.md: the spelling
    is how a file is written, not a second runtime)."""
    extras = {}
    for name in EXTRAS.get(element.get("operate"), ()):
        raw = event_input.get(name)
        extras[name] = Value(strip_node_prefix(raw) if name == "triggerNode" else raw, raw)
    return EventOutData(row, event_input.get("status"), extras)


def operate_extras(element, event_input):
    """The operate's facts as the seed revision passes them after eventOutData (table in domain.md)."""
    operate = element.get("operate")
    if operate == "NodeChange":
        return (strip_node_prefix(event_input.get("triggerNode")),)
    if operate == "NodeHandled":
        handle = event_input.get("handleType")
        return (as_handle_type(handle), event_input.get("nodeId"), event_input.get("nodeTitle"))
    return ()


def handler_args(element, eod, event_input):
    """eventOutData and every extra of the operate: what a seed handler's full signature takes."""
    return (eod, *operate_extras(element, event_input))


def extras_taken(fn):
    """How many of the operate's extras a handler's signature takes after eventOutData (None: all).

    The calling convention is read from the function, never from the e.json's spelling (domain.md):
    \`def f(eventOutData)\` gets eventOutData alone in both revisions, \`def f(eventOutData, triggerNode)\`
    the node too, \`*args\` everything. A signature that cannot be read gets everything. Read once per
    handler (a batch calls it for every row)."""
    try:
        parameters = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return None
    positional = 0
    for parameter in parameters:
        if parameter.kind is parameter.VAR_POSITIONAL:
            return None
        if parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            positional += 1
    return max(positional - 1, 0)


def arguments_for(fn, eod, extras):
    """eventOutData, then as many of the operate's extras as the handler's signature takes."""
    taken = extras_taken(fn)
    return (eod, *(extras if taken is None else extras[:taken]))


class EventElement:
    """\`getSender\`, \`isValid\`, \`handleNode\`, \`buildTaskParams\`, \`recoverTaskParams\`, \`operate\`, \`config\`."""

    def __init__(self, element, schema=None):
        self._element = element
        self._schema = schema or {}
        self.fullName = element.get("fullName")
        self.title = element.get("title")
        self.operate = element.get("operate")
        self.model = element.get("model")
        self.config = dict(element.get("config") or {})

    def __repr__(self):
        return f"<event {self.fullName} {self.operate}>"

    def getSender(self):
        """\`"<model>_<operate>"\`, as model events name their sender."""
        return f"{self.model}_{self.operate}"

    def isValid(self, *args, **kwargs):
        """True when the event fires for these event parameters (the handler's own arguments)."""
        return validity(self._element, input_from_call(self._element, args, kwargs))[0]

    def handleNode(self, node, *args, **kwargs):
        """(node, args, kwargs) with the node's facts put into kwargs for this operate."""
        nxt = dict(kwargs)
        node_id = node.get("id") if isinstance(node, dict) else getattr(node, "id", None)
        title = node.get("title") if isinstance(node, dict) else getattr(node, "title", None)
        if self.operate == "NodeChange":
            nxt["triggerNode"] = node_id
        elif self.operate == "NodeHandled":
            nxt["nodeId"] = node_id
            if title is not None:
                nxt["nodeTitle"] = title
        return node, list(args), nxt

    def buildTaskParams(self, *args, **kwargs):
        """\`{row, status, modelFullName}\` plus the operate's extras (trigger node without its prefix)."""
        eod = args[0] if args else kwargs.get("eventOutData")
        row = eod.get("row") if isinstance(eod, dict) else getattr(eod, "row", None)
        found = input_from_call(self._element, args, kwargs)
        params = {"row": to_plain(row), "status": to_plain(found.get("status")), "modelFullName": self.model}
        for name in EXTRAS.get(self.operate, ()):
            value = found.get(name)
            params[name] = strip_node_prefix(value) if name == "triggerNode" else value
        return params

    def recoverTaskParams(self, taskParams):
        """(args, kwargs) to call the handler with, rebuilt from buildTaskParams' output; kwargs is {}."""
        params = taskParams or {}
        plain_row = params.get("row")
        row = Row(self.model, self._schema, dict(plain_row)) if isinstance(plain_row, dict) else plain_row
        extras = [(name, params.get(name)) for name in EXTRAS.get(self.operate, ())]
        if self._element.get("spelling") == "newer":
            return (EventOutData(row, params.get("status"), dict(extras)),), {}
        return (EventOutData(row, params.get("status")), *(v for _, v in extras)), {}
`,
  '_event_studio/field_types/__init__.py': `"""Field objects of the JitAI datatypes (data-types.md, "Properties and Functions of Each Type Object").

A field's class is found by its type name in CLASSES (one dict lookup a field, on first access);
a type the docs do not list gets the plain FieldValue (\`.value\` only).
"""
from _event_studio.field_types import choice, date, dicts, lists, number, org, relations, text
from _event_studio.field_types.base import FieldType, FieldValue
from _event_studio.field_types.declare import declare  # imported with the shim, not in a handler's run

CLASSES = {
    **text.TYPES,
    **number.TYPES,
    **date.TYPES,
    **choice.TYPES,
    **org.TYPES,
    **lists.TYPES,
    **dicts.TYPES,
    **relations.TYPES,
}

__all__ = ["CLASSES", "FieldType", "FieldValue", "declare"]
`,
  '_event_studio/field_types/base.py': `"""What every field object shares: \`.value\` (read-write), the declaration's parameters, and the helpers
the type modules build their documented read-only properties and functions from.

The field's declaration parameters (\`decimal=2\`, \`options=[…]\` from model.py) ride on its type name,
a \`FieldType\` (a str, so every \`ftype == "Date"\` / \`ftype in TYPES\` check keeps working), and are
looked up only when a property asks: a row's untouched fields cost nothing.
"""
import copy

from _event_studio.not_in_sandbox import NotInSandbox
from _event_studio.plain import to_plain

_EMPTY = {}


class FieldType(str):
    """A field's datatypes class name carrying the literal keyword arguments of its declaration."""

    def __new__(cls, name, params=None):
        made = super().__new__(cls, name)
        made.params = params or _EMPTY
        return made


def param(key):
    """A read-only property returning the declaration's \`key=\` (or the type's documented default)."""
    return property(lambda self: self._param(key), doc=f"The declaration's {key} (read-only).")


def needs_platform(fn, why):
    """A documented function that needs the live platform: raises NotInSandbox naming it and why."""

    def refuse(self, *args, **kwargs):
        raise NotInSandbox(f"{self.type}.{fn}() {why}; the sandbox has no live JitAI platform to ask")

    refuse.__name__ = fn
    return refuse


class FieldValue:
    """One field of a row: read and write \`.value\`; its type's documented properties and functions."""

    __slots__ = ("name", "type", "value", "_original")

    # The declaration parameters a type documents, with their defaults (data-types.md "Type-Specific Parameters").
    DEFAULTS = _EMPTY
    # The keys getPrivateJson() returns.
    PRIVATE = ()

    def __init__(self, name, ftype, value):
        self.name = name
        self.type = ftype
        self.value = value
        # what the value was when the row was read; containers copied so in-place edits show as changes
        self._original = copy.deepcopy(value) if isinstance(value, (list, dict)) else value

    def __repr__(self):
        return f"<{self.type or 'field'} {self.name}={self.value!r}>"

    def __str__(self):
        return str(self.value)

    def __plain__(self, depth):
        return to_plain(self.value, depth)

    def __getattr__(self, name):
        # only reached for a name the type does not have: say what it has instead of a bare AttributeError
        if name.startswith("_"):
            raise AttributeError(name)
        hidden = ("DEFAULTS", "PRIVATE", *FieldValue.__slots__)
        have = sorted(n for n in dir(type(self)) if not n.startswith("_") and n not in hidden)
        raise AttributeError(
            f"{self.type or 'field'} field '{self.name}' has no attribute '{name}'; it has: value, {', '.join(have)}"
        )

    def _param(self, key):
        params = getattr(self.type, "params", _EMPTY)
        return params[key] if key in params else self.DEFAULTS.get(key)

    def getPrivateJson(self):
        """The type's own declaration parameters (data-types.md: getPrivateJson)."""
        return {key: self._param(key) for key in self.PRIVATE}

    def getDisplayValue(self):
        """The value as text ('' for none)."""
        return "" if self.value is None else str(self.value)
`,
  '_event_studio/field_types/choice.py': `"""Choice fields: Radio, Dropdown, MultiRadio, MultiDropdown, Checkbox (data-types.md)."""
from _event_studio.field_types.base import FieldValue, needs_platform, param
from _event_studio.field_types.text import Stext

_STORAGE = "produces the platform database's storage format"
_SUB_CONFIG = "builds the platform's loop-variable configuration"
# How getDisplayValue joins the labels of several choices (the docs do not say)
_JOIN = ", "


def _label(options, value):
    """The label of the option whose value is value (options are dicts or plain values), else the value."""
    for option in options or ():
        if isinstance(option, dict):
            if option.get("value") == value:
                return str(option.get("label", value))
        elif option == value:
            return str(option)
    return "" if value is None else str(value)


class Radio(Stext):
    """Single choice: color/options/selectionWay/allowManualInput/mulLevelSelectionConfig; getDisplayValue (the label)."""

    __slots__ = ()
    DEFAULTS = {
        **Stext.DEFAULTS,
        "color": True,
        "options": [],
        "selectionWay": "custom",
        "allowManualInput": False,
        "mulLevelSelectionConfig": {},
    }
    PRIVATE = ("color", "options", "selectionWay", "allowManualInput", "mulLevelSelectionConfig")
    color = param("color")
    options = param("options")
    selectionWay = param("selectionWay")
    allowManualInput = param("allowManualInput")
    mulLevelSelectionConfig = param("mulLevelSelectionConfig")

    def getDisplayValue(self):
        """The chosen option's label."""
        return _label(self.options, self.value)

    formatDbData = needs_platform("formatDbData", _STORAGE)


class Dropdown(Radio):
    """Single select: as Radio."""

    __slots__ = ()


class MultiRadio(Radio):
    """Multiple choice (the value is a list): maxCount; append; getDisplayValue (labels joined)."""

    __slots__ = ()
    DEFAULTS = {**Radio.DEFAULTS, "maxCount": None}
    PRIVATE = ("maxCount", *Radio.PRIVATE)
    maxCount = param("maxCount")

    def _list(self):
        value = self.value
        return [] if value is None or value == "" else list(value) if isinstance(value, (list, tuple)) else [value]

    @property
    def length(self):
        """How many options are chosen (read-only)."""
        return len(self._list())

    def append(self, value):
        """Choose one more option (or several, given a list)."""
        self.value = self._list() + (list(value) if isinstance(value, (list, tuple)) else [value])

    def getDisplayValue(self):
        """The chosen options' labels, joined by ", "."""
        return _JOIN.join(_label(self.options, v) for v in self._list())

    generateSubConfig = needs_platform("generateSubConfig", _SUB_CONFIG)


class MultiDropdown(MultiRadio):
    """Multiple select: as MultiRadio, plus limit."""

    __slots__ = ()
    DEFAULTS = {**MultiRadio.DEFAULTS, "limit": False}
    PRIVATE = ("limit", *MultiRadio.PRIVATE)
    limit = param("limit")


def _one_or_none(data):
    return 1 if data else None


class Checkbox(FieldValue):
    """Checkbox: isEnableDescription/checkboxDescription; formatData/formatDbData give 1 or None."""

    __slots__ = ()
    DEFAULTS = {"isEnableDescription": False, "checkboxDescription": None, "default": 0}
    PRIVATE = ("checkboxDescription", "isEnableDescription")
    isEnableDescription = param("isEnableDescription")
    checkboxDescription = param("checkboxDescription")

    def formatData(self, data):
        """1 when data is set (truthy), else None."""
        return _one_or_none(data)

    def formatDbData(self, data):
        """1 when data is set (truthy), else None."""
        return _one_or_none(data)


TYPES = {
    "Radio": Radio,
    "Dropdown": Dropdown,
    "MultiRadio": MultiRadio,
    "MultiDropdown": MultiDropdown,
    "Checkbox": Checkbox,
}
`,
  '_event_studio/field_types/date.py': `"""Date fields: Date, Datetime, Time (data-types.md)."""
import datetime

from _event_studio.field_types.base import FieldValue, needs_platform, param

# dateTimeFormat tokens (dayjs style, as the docs write them: YYYY-MM-DD, HH:mm:ss) → strftime
_TOKENS = (("YYYY", "%Y"), ("MM", "%m"), ("DD", "%d"), ("HH", "%H"), ("mm", "%M"), ("ss", "%S"))
_STORAGE = "produces the platform database's storage format"


def _strftime(fmt):
    for token, directive in _TOKENS:
        fmt = fmt.replace(token, directive)
    return fmt


def _add_months(value, n):
    """value moved n months, the day clamped to the target month's length (Jan 31 + 1 month → Feb 28/29)."""
    months = value.year * 12 + value.month - 1 + n
    year, month = divmod(months, 12)
    month += 1
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    last = (following - datetime.timedelta(days=1)).day
    return value.replace(year=year, month=month, day=min(value.day, last))


def _as_date(value):
    return value if isinstance(value, datetime.date) else None


class Date(FieldValue):
    """Date: dt/year/quarter/month/weekOfYear/day/weekDay; add*/reduce*; gt/lt/gte/lte/range; getDisplayValue."""

    __slots__ = ()
    DEFAULTS = {
        "dateTimeType": None,
        "dateTimeFormat": None,
        "createDefault": False,
        "updateDefault": False,
        "autoAssign": None,
    }
    PRIVATE = ("dateTimeType", "dateTimeFormat", "createDefault", "updateDefault", "autoAssign")
    dateTimeType = param("dateTimeType")
    dateTimeFormat = param("dateTimeFormat")
    createDefault = param("createDefault")
    updateDefault = param("updateDefault")
    autoAssign = param("autoAssign")
    _DEFAULT_FORMAT = "%Y-%m-%d"

    def _part(self, pick):
        value = _as_date(self.value)
        return None if value is None else pick(value)

    @property
    def dt(self):
        """The date as a "%Y-%m-%d" string (read-write)."""
        return self._part(lambda v: v.strftime("%Y-%m-%d"))

    @dt.setter
    def dt(self, text):
        day = datetime.date.fromisoformat(str(text)[:10])
        value = self.value
        self.value = value.replace(year=day.year, month=day.month, day=day.day) if isinstance(value, datetime.date) else day

    year = property(lambda self: self._part(lambda v: v.year), doc="Year (read-only).")
    quarter = property(lambda self: self._part(lambda v: (v.month - 1) // 3 + 1), doc="Quarter, 1–4 (read-only).")
    month = property(lambda self: self._part(lambda v: v.month), doc="Month, 1–12 (read-only).")
    weekOfYear = property(lambda self: self._part(lambda v: v.isocalendar()[1]), doc="ISO week of the year (read-only).")
    day = property(lambda self: self._part(lambda v: v.day), doc="Day of the month (read-only).")
    weekDay = property(lambda self: self._part(lambda v: v.isoweekday()), doc="Day of the week, Monday 1 … Sunday 7 (read-only).")

    def _shift(self, days=0, months=0):
        value = _as_date(self.value)
        if value is None:
            return
        if months:
            value = _add_months(value, months)
        self.value = value + datetime.timedelta(days=days)

    def addYear(self, n):
        """Move the value n years on."""
        self._shift(months=12 * n)

    def addQuarter(self, n):
        """Move the value n quarters on."""
        self._shift(months=3 * n)

    def addMonth(self, n):
        """Move the value n months on (the day clamped to the month's length)."""
        self._shift(months=n)

    def addWeek(self, n):
        """Move the value n weeks on."""
        self._shift(days=7 * n)

    def addWeekOfYear(self, n):
        """Move the value n weeks on."""
        self._shift(days=7 * n)

    def addDay(self, n):
        """Move the value n days on."""
        self._shift(days=n)

    def reduceYear(self, n):
        """Move the value n years back."""
        self.addYear(-n)

    def reduceQuarter(self, n):
        """Move the value n quarters back."""
        self.addQuarter(-n)

    def reduceMonth(self, n):
        """Move the value n months back."""
        self.addMonth(-n)

    def reduceWeek(self, n):
        """Move the value n weeks back."""
        self.addWeek(-n)

    def reduceWeekOfYear(self, n):
        """Move the value n weeks back."""
        self.addWeekOfYear(-n)

    def reduceDay(self, n):
        """Move the value n days back."""
        self.addDay(-n)

    def _format(self):
        fmt = self._param("dateTimeFormat")
        return _strftime(fmt) if isinstance(fmt, str) and fmt else self._DEFAULT_FORMAT

    def getValue(self):
        """The value as a string in the field's format ('' for none)."""
        return self.getDisplayValue()

    def getDisplayValue(self):
        """The value in the field's dateTimeFormat (default %Y-%m-%d, %Y-%m-%d %H:%M:%S for Datetime)."""
        value = _as_date(self.value)
        if value is None:
            return "" if self.value is None else str(self.value)
        return value.strftime(self._format())

    def getDefaultTime(self):
        """Now, as the field's string."""
        return datetime.datetime.now().strftime(self._format())

    def _other(self, other):
        """other as this field's kind of value (a date, or a datetime for Datetime), or None."""
        if isinstance(other, FieldValue):
            other = other.value
        if isinstance(other, str):
            try:
                other = datetime.datetime.fromisoformat(other)
            except ValueError:
                return None
        if isinstance(other, datetime.datetime) and not isinstance(self.value, datetime.datetime):
            return other.date()
        if isinstance(other, datetime.date) and not isinstance(other, datetime.datetime) and isinstance(self.value, datetime.datetime):
            return datetime.datetime(other.year, other.month, other.day)
        return other if isinstance(other, datetime.date) else None

    def _compare(self, other, test):
        value, other = _as_date(self.value), self._other(other)
        return value is not None and other is not None and test(value, other)

    def gt(self, value):
        """Whether the value is later than value (a date, datetime or ISO string)."""
        return self._compare(value, lambda a, b: a > b)

    def lt(self, value):
        """Whether the value is earlier than value."""
        return self._compare(value, lambda a, b: a < b)

    def gte(self, value):
        """Whether the value is value or later."""
        return self._compare(value, lambda a, b: a >= b)

    def lte(self, value):
        """Whether the value is value or earlier."""
        return self._compare(value, lambda a, b: a <= b)

    def range(self, rangeList):
        """Whether min <= value <= max for rangeList [min, max]; a None bound is open."""
        low, high = (list(rangeList or ()) + [None, None])[:2]
        if _as_date(self.value) is None:
            return False
        return (low is None or self.gte(low)) and (high is None or self.lte(high))

    formatDbData = needs_platform("formatDbData", _STORAGE)
    doFormat = needs_platform("doFormat", _STORAGE)
    fillBizValue = needs_platform("fillBizValue", "fills default values while the platform saves a row")
    getCompareValue = needs_platform("getCompareValue", "builds a TQL comparison for the platform's database")


class Datetime(Date):
    """Date and time: as Date, plus hour/minute/second/date."""

    __slots__ = ()
    _DEFAULT_FORMAT = "%Y-%m-%d %H:%M:%S"

    def _clock(self, pick):
        value = self.value
        return pick(value) if isinstance(value, (datetime.datetime, datetime.time)) else None

    hour = property(lambda self: self._clock(lambda v: v.hour), doc="Hour (read-only).")
    minute = property(lambda self: self._clock(lambda v: v.minute), doc="Minute (read-only).")
    second = property(lambda self: self._clock(lambda v: v.second), doc="Second (read-only).")

    @property
    def date(self):
        """The date part (read-only)."""
        value = self.value
        return value.date() if isinstance(value, datetime.datetime) else _as_date(value)


class Time(Datetime):
    """Time of day: the value is a "HH:mm:ss" string; hour/minute/second read from it."""

    __slots__ = ()
    _DEFAULT_FORMAT = "%H:%M:%S"

    def _clock(self, pick):
        value = self.value
        if isinstance(value, str):
            try:
                value = datetime.time.fromisoformat(value)
            except ValueError:
                return None
        return super()._clock(pick) if not isinstance(value, datetime.time) else pick(value)

    doRead = needs_platform("doRead", "reads a row of the platform's database")


TYPES = {"Date": Date, "Datetime": Datetime, "Time": Time}
`,
  '_event_studio/field_types/declare.py': `"""\`datatypes.<Type>(…)\` in a handler or a model.py: a field object of that type, as on the platform.

The keyword arguments are the type's init parameters (data-types.md "Common init Parameters" and
"Type-Specific Parameters"): \`value=\` is the initial value, \`name=\` the field's name, and all of them
(value aside) are the declaration parameters its properties read (\`datatypes.Numeric(decimal=2).decimal\`).
Positional arguments are not documented and are ignored.
"""
from _event_studio.field_types.base import FieldType


def declare(type_name):
    """The constructor \`datatypes.<type_name>\`."""

    def construct(*args, **kwargs):
        from _event_studio.rows import make_field  # rows imports field_types: imported when called

        params = {k: v for k, v in kwargs.items() if k != "value"}
        return make_field(kwargs.get("name"), FieldType(type_name, params), kwargs.get("value"))

    construct.__name__ = type_name
    return construct
`,
  '_event_studio/field_types/dicts.py': `"""Dict fields: JitDict, Address, Position, Link, JitMap (data-types.md).

The docs name the properties (province, city, district, lng, lat, linkTitle, url) but not the keys
of the value; the sandbox reads keys of those same names, and takes a plain string as the whole
address (Address/Position) or the url (Link), the shapes the studio's sample rows use.
"""
from _event_studio.field_types.base import FieldValue, needs_platform, param

_STORAGE = "converts between the platform's storage and variable formats"


class JitDict(FieldValue):
    """Dictionary: KVCount; reset, toDict."""

    __slots__ = ()
    DEFAULTS = {"variableList": []}
    PRIVATE = ("variableList",)

    def _dict(self):
        return self.value if isinstance(self.value, dict) else {}

    KVCount = property(lambda self: len(self._dict()), doc="How many keys (read-only).")

    def _get(self, key):
        return self._dict().get(key)

    def reset(self):
        """Empty the dictionary."""
        self.value = {}

    def toDict(self):
        """The value as a dict."""
        return dict(self._dict())

    formatDbData = needs_platform("formatDbData", _STORAGE)
    formatData = needs_platform("formatData", _STORAGE)
    parseSubTableData = needs_platform("parseSubTableData", _STORAGE)
    parseRelateData = needs_platform("parseRelateData", _STORAGE)


_LEVELS = ("province", "city", "district")


class Address(JitDict):
    """Address: addressFormat/detail (declared); province/city/district; belong/notBelong; getDisplayValue."""

    __slots__ = ()
    DEFAULTS = {"addressFormat": "pca", "detail": True}
    PRIVATE = ("addressFormat", "detail")
    addressFormat = param("addressFormat")
    detail = param("detail")
    province = property(lambda self: self._get("province"), doc="Province (read-only).")
    city = property(lambda self: self._get("city"), doc="City (read-only).")
    district = property(lambda self: self._get("district"), doc="District (read-only).")

    def belong(self, address):
        """Whether this address lies in address: each level address names (a dict, or a string prefix) matches."""
        if isinstance(address, FieldValue):
            address = address.value
        if isinstance(address, str):
            return self.getDisplayValue().startswith(address)
        if not isinstance(address, dict):
            return False
        return all(self._get(level) == address[level] for level in _LEVELS if address.get(level))

    def notBelong(self, address):
        """Whether this address does not lie in address."""
        return not self.belong(address)

    def getDisplayValue(self):
        """Province, city, district and (when detail is shown) the detail, as one string."""
        if isinstance(self.value, str):
            return self.value
        parts = [self._get(level) for level in _LEVELS]
        if self._param("detail"):
            parts.append(self._get("detail") or self._get("address"))
        return "".join(str(p) for p in parts if p)

    getCompareValue = needs_platform("getCompareValue", "builds a TQL comparison for the platform's database")


class Position(Address):
    """Location: address/lng/lat; adjustRange/adjustment/limitPositionRange/showPc/saveLimitPosition (declared)."""

    __slots__ = ()
    DEFAULTS = {
        **Address.DEFAULTS,
        "adjustRange": 0,
        "adjustment": False,
        "limitPositionRange": False,
        "showPc": False,
        "saveLimitPosition": [],
    }
    PRIVATE = ("adjustRange", "adjustment", "limitPositionRange", "showPc", "saveLimitPosition")
    adjustRange = param("adjustRange")
    adjustment = param("adjustment")
    limitPositionRange = param("limitPositionRange")
    showPc = param("showPc")
    saveLimitPosition = param("saveLimitPosition")
    lng = property(lambda self: self._get("lng"), doc="Longitude (read-only).")
    lat = property(lambda self: self._get("lat"), doc="Latitude (read-only).")

    @property
    def address(self):
        """The address text (read-only)."""
        return self.value if isinstance(self.value, str) else self._get("address")

    def getDisplayValue(self):
        """The address text, else the address built from its levels."""
        return self.address or super().getDisplayValue()


def _link_part(key):
    def read(self):
        return self.value if key == "url" and isinstance(self.value, str) else self._get(key)

    def write(self, text):
        current = self.value if isinstance(self.value, dict) else {"url": self.value} if isinstance(self.value, str) else {}
        self.value = {**current, key: text}

    return property(read, write, doc=f"The link's {key} (read-write).")


class Link(JitDict):
    """Link: linkTitle and url (read-write); getDisplayValue is the title, else the url."""

    __slots__ = ()
    DEFAULTS = {}
    PRIVATE = ()
    linkTitle = _link_part("linkTitle")
    url = _link_part("url")

    def getDisplayValue(self):
        """The link's title, else its url."""
        return self.linkTitle or self.url or ""


class JitMap(FieldValue):
    """Mapping: keys/values; get/set/clear."""

    __slots__ = ()
    DEFAULTS = {"valueConfig": {}}
    PRIVATE = ("valueConfig",)

    def _dict(self):
        return self.value if isinstance(self.value, dict) else {}

    keys = property(lambda self: list(self._dict()), doc="The keys (read-only).")
    values = property(lambda self: list(self._dict().values()), doc="The values (read-only).")

    def get(self, key):
        """The value at key (None when absent)."""
        return self._dict().get(key)

    def set(self, key, value):
        """Set the value at key."""
        self.value = {**self._dict(), key: value}

    def clear(self):
        """Empty the mapping."""
        self.value = {}


TYPES = {"JitDict": JitDict, "Address": Address, "Position": Position, "Link": Link, "JitMap": JitMap}
`,
  '_event_studio/field_types/lists.py': `"""List fields: JitList, File, Image (data-types.md). File and image items are dicts such as
\`{"name": "a.pdf", "url": "…", "size": 20480}\` (the shape the studio's sample rows use)."""
from _event_studio.field_types.base import FieldValue, needs_platform, param

_STORAGE = "converts between the platform's storage and variable formats"
_SUB_CONFIG = "builds the platform's loop-variable configuration"
_JOIN = ", "


def _is_number(item):
    return isinstance(item, (int, float)) and not isinstance(item, bool)


def _key(item):
    """A hashable stand-in for an item, so dict items can be counted distinct."""
    return repr(item) if isinstance(item, (dict, list)) else item


class JitList(FieldValue):
    """List: listCount/distinctListCount/sum/average/max/min; append/remove/getValueByIndex/getList…"""

    __slots__ = ()
    DEFAULTS = {"variableConfig": {}, "generic": None}
    PRIVATE = ("variableConfig", "generic")

    def _list(self):
        value = self.value
        return [] if value is None or value == "" else value if isinstance(value, list) else [value]

    def _numbers(self):
        return [item for item in self._list() if _is_number(item)]

    @property
    def calculable(self):
        """Whether every item is a number, so sum and average mean something (read-only)."""
        items = self._list()
        return bool(items) and len(self._numbers()) == len(items)

    @property
    def comparable(self):
        """Whether the items can be ordered: all numbers, or all strings (read-only)."""
        items = self._list()
        return bool(items) and (self.calculable or all(isinstance(i, str) for i in items))

    listCount = property(lambda self: len(self._list()), doc="How many items (read-only).")
    distinctListCount = property(lambda self: len({_key(i) for i in self._list()}), doc="How many distinct items (read-only).")
    sum = property(lambda self: sum(self._numbers()), doc="Sum of the number items (read-only).")

    @property
    def average(self):
        """Average of the number items; None without any (read-only)."""
        numbers = self._numbers()
        return sum(numbers) / len(numbers) if numbers else None

    @property
    def max(self):
        """Largest item; None for an empty or unorderable list (read-only)."""
        return max(self._list()) if self.comparable else None

    @property
    def min(self):
        """Smallest item; None for an empty or unorderable list (read-only)."""
        return min(self._list()) if self.comparable else None

    def append(self, value):
        """Add an item, or each item of a list."""
        self.value = self._list() + (list(value) if isinstance(value, list) else [value])

    def distinctAppend(self, value):
        """Add the items (one, or each of a list) the list does not hold yet."""
        items = self._list()
        for item in list(value) if isinstance(value, list) else [value]:
            if item not in items:
                items = items + [item]
        self.value = items

    def getValueByIndex(self, index):
        """The item at index."""
        return self._list()[index]

    def updateValueByIndex(self, index, value):
        """Replace the item at index."""
        items = list(self._list())
        items[index] = value
        self.value = items

    def remove(self, value):
        """Remove the first item equal to value (nothing when absent)."""
        items = list(self._list())
        if value in items:
            items.remove(value)
        self.value = items

    def reset(self):
        """Empty the list."""
        self.value = []

    def getList(self):
        """The items, as a list."""
        return list(self._list())

    def getFirstValue(self):
        """The first item; None for an empty list."""
        items = self._list()
        return items[0] if items else None

    def getLastValue(self):
        """The last item; None for an empty list."""
        items = self._list()
        return items[-1] if items else None

    generateSubConfig = needs_platform("generateSubConfig", _SUB_CONFIG)
    formatDbData = needs_platform("formatDbData", _STORAGE)
    formatData = needs_platform("formatData", _STORAGE)


def _item_field(item, key):
    return item.get(key) if isinstance(item, dict) else None


class _Files(JitList):
    """What File and Image share: count, and items shown by name."""

    __slots__ = ()
    count = property(lambda self: len(self._list()), doc="How many files (read-only).")

    def _sizes(self):
        return sum(size for size in (_item_field(i, "size") for i in self._list()) if _is_number(size))

    def getDisplayValue(self):
        """The files' names (or the items themselves), joined by ", "."""
        return _JOIN.join(str(_item_field(i, "name") or i) for i in self._list())


class File(_Files):
    """Attachments: maxCount/maxSize/minSize/acceptTypes/selectedDown/selectedDelete…, size (total), count."""

    __slots__ = ()
    DEFAULTS = {
        **JitList.DEFAULTS,
        "maxCount": 5,
        "maxSize": 20,
        "minSize": 0,
        "acceptTypes": None,
        "selectedDown": False,
        "selectedDelete": False,
        "selectedDownUser": None,
        "selectedDeleteUser": None,
    }
    PRIVATE = ("maxCount", "maxSize", "minSize", "acceptTypes", "selectedDown", "selectedDelete")
    maxCount = param("maxCount")
    maxSize = param("maxSize")
    minSize = param("minSize")
    acceptTypes = param("acceptTypes")
    selectedDown = param("selectedDown")
    selectedDelete = param("selectedDelete")
    selectedDownUser = param("selectedDownUser")
    selectedDeleteUser = param("selectedDeleteUser")
    size = property(lambda self: self._sizes(), doc="Total size of the files, from each item's size (read-only).")


def _extension(item):
    name = _item_field(item, "name") or ""
    return _item_field(item, "type") or (name.rsplit(".", 1)[-1] if "." in name else None)


class Image(_Files):
    """Images: imgType/size (declared)/maxCount/maxSize/isAddWatermark/isCameraOnly; imageSize/imageName/imageType, count."""

    __slots__ = ()
    DEFAULTS = {
        **JitList.DEFAULTS,
        "imgType": "png",
        "size": "medium",
        "maxCount": 5,
        "maxSize": 20,
        "isAddWatermark": False,
        "isCameraOnly": False,
    }
    PRIVATE = ("imgType", "size", "maxCount", "maxSize", "isAddWatermark", "isCameraOnly")
    imgType = param("imgType")
    size = param("size")
    maxCount = param("maxCount")
    maxSize = param("maxSize")
    isAddWatermark = param("isAddWatermark")
    isCameraOnly = param("isCameraOnly")
    imageSize = property(lambda self: self._sizes(), doc="Total size of the images (read-only).")
    imageName = property(lambda self: [_item_field(i, "name") for i in self._list()], doc="The images' names (read-only).")
    imageType = property(lambda self: [_extension(i) for i in self._list()], doc="The images' types (read-only).")


TYPES = {"JitList": JitList, "File": File, "Image": Image}
`,
  '_event_studio/field_types/number.py': `"""Number fields: Numeric, Money, Percent, AutoInt (data-types.md)."""
from _event_studio.field_types.base import FieldValue, needs_platform, param


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _compare(value, other, test):
    """test(value, other) when both are numbers; False otherwise (a field without a value compares false)."""
    return _is_number(value) and _is_number(other) and test(value, other)


class Numeric(FieldValue):
    """Number: unit/decimal/realDecimal; add/reduce; gt/lt/gte/lte/range; formatData; getDisplayValue."""

    __slots__ = ()
    DEFAULTS = {"unit": None, "decimal": 0, "maxDigits": 18}
    PRIVATE = ("maxDigits", "decimal", "unit")
    unit = param("unit")

    @property
    def realDecimal(self):
        """The decimal places as declared (read-only)."""
        return self._param("decimal")

    @property
    def decimal(self):
        """The decimal places (read-only); 0 when none is set."""
        return self._param("decimal") or 0

    def formatData(self, data):
        """data rounded to the field's decimal places: an int when it has none."""
        if not _is_number(data):
            return data
        places = self.decimal
        return int(round(data)) if places == 0 else round(float(data), places)

    def add(self, num):
        """Add num to the value (a value of None counts as 0)."""
        self.value = (self.value if _is_number(self.value) else 0) + num

    def reduce(self, num):
        """Subtract num from the value (a value of None counts as 0)."""
        self.value = (self.value if _is_number(self.value) else 0) - num

    def range(self, rangeList):
        """Whether min <= value <= max for rangeList [min, max]; a None bound is open."""
        low, high = (list(rangeList or ()) + [None, None])[:2]
        if not _is_number(self.value):
            return False
        return (low is None or self.value >= low) and (high is None or self.value <= high)

    def gt(self, value):
        """Whether the value is greater than value."""
        return _compare(self.value, value, lambda a, b: a > b)

    def lt(self, value):
        """Whether the value is less than value."""
        return _compare(self.value, value, lambda a, b: a < b)

    def gte(self, value):
        """Whether the value is greater than or equal to value."""
        return _compare(self.value, value, lambda a, b: a >= b)

    def lte(self, value):
        """Whether the value is less than or equal to value."""
        return _compare(self.value, value, lambda a, b: a <= b)

    def _shown(self):
        return f"{self.value:.{self.decimal}f}"

    def getDisplayValue(self):
        """The value with the field's decimal places and its unit ('' for none)."""
        if not _is_number(self.value):
            return "" if self.value is None else str(self.value)
        return f"{self._shown()}{self.unit or ''}"

    formatDbData = needs_platform("formatDbData", "produces the platform database's storage format")


class Money(Numeric):
    """Amount: as Numeric."""

    __slots__ = ()


class Percent(Numeric):
    """Percentage: the value is a fraction (0.25 is 25%), so realDecimal is decimal + 2; textValue, toJson."""

    __slots__ = ()
    DEFAULTS = {**Numeric.DEFAULTS, "unit": "%"}

    @property
    def realDecimal(self):
        """The decimal places of the stored fraction: decimal + 2 (read-only)."""
        return self.decimal + 2

    def _shown(self):
        return f"{self.value * 100:.{self.decimal}f}"

    @property
    def textValue(self):
        """The display value with its percent sign (read-only)."""
        return self.getDisplayValue()

    def toJson(self):
        """The field's configuration: name, dataType and its parameters."""
        return {"name": self.name, "dataType": str(self.type), **self.getPrivateJson()}


_ID_WHY = "takes ids from the platform's database and id cache"


class AutoInt(Numeric):
    """Auto-increment id: as Numeric; its id functions need the platform's database."""

    __slots__ = ()
    getCache = needs_platform("getCache", _ID_WHY)
    getPkValue = needs_platform("getPkValue", _ID_WHY)
    getMaxId = needs_platform("getMaxId", _ID_WHY)
    getAutoIntId = needs_platform("getAutoIntId", _ID_WHY)
    doFormat = needs_platform("doFormat", _ID_WHY)
    clearCache = needs_platform("clearCache", _ID_WHY)


TYPES = {
    "Numeric": Numeric,
    "Money": Money,
    "Percent": Percent,
    "AutoInt": AutoInt,
    # spellings the studio already types as numbers (rows.NUMBER_TYPES)
    "Integer": Numeric,
    "Float": Numeric,
    "Decimal": Numeric,
}
`,
  '_event_studio/field_types/org.py': `"""Organisation fields: Dept, MultiDept, Member, MultiMember (data-types.md).

Their lookups (leaders, parent departments, member status) read the platform's organisation, which
the sandbox does not have: they raise NotInSandbox. A name is answered when the value itself carries
one (\`{"name": …}\`, as the studio's sample rows do).
"""
from _event_studio.field_types.base import needs_platform, param
from _event_studio.field_types.text import Stext
from _event_studio.not_in_sandbox import NotInSandbox

_ORG = "looks it up in the platform's organisation"
_SUB_CONFIG = "builds the platform's loop-variable configuration"
_JOIN = ", "


def _items(value):
    return [] if value is None or value == "" else list(value) if isinstance(value, (list, tuple)) else [value]


def _append(self, value):
    """Add one more (or several, given a list) to the list value."""
    self.value = _items(self.value) + _items(value)


class _OrgField(Stext):
    """What Dept and Member share: names read from the value, every lookup refused."""

    __slots__ = ()

    def getName(self):
        """The name(s) the value carries (\`{"name": …}\`), joined by ", "; a bare id needs the platform."""
        names = []
        for item in _items(self.value):
            if not (isinstance(item, dict) and "name" in item):
                raise NotInSandbox(f"{self.type}.getName() {_ORG} for the id {item!r}; the sandbox has no live JitAI platform to ask")
            names.append(str(item["name"]))
        return _JOIN.join(names)

    def getDisplayValue(self):
        """As getName()."""
        return self.getName()

    getDirectDept = needs_platform("getDirectDept", _ORG)
    getFirstDept = needs_platform("getFirstDept", _ORG)
    getSecondDept = needs_platform("getSecondDept", _ORG)
    getThirdDept = needs_platform("getThirdDept", _ORG)
    getFourthDept = needs_platform("getFourthDept", _ORG)
    getFifthDept = needs_platform("getFifthDept", _ORG)
    belong = needs_platform("belong", _ORG)
    notBelong = needs_platform("notBelong", _ORG)


class Dept(_OrgField):
    """Department: selectionWay/availableDeptId/mulLevelSelectionConfig/availableParentDeptId."""

    __slots__ = ()
    DEFAULTS = {
        **Stext.DEFAULTS,
        "selectionWay": "custom",
        "availableDeptId": None,
        "mulLevelSelectionConfig": {},
        "availableParentDeptId": None,
        "level": None,
    }
    PRIVATE = ("selectionWay", "availableDeptId", "mulLevelSelectionConfig", "availableParentDeptId", "level")
    selectionWay = param("selectionWay")
    availableDeptId = param("availableDeptId")
    mulLevelSelectionConfig = param("mulLevelSelectionConfig")
    availableParentDeptId = param("availableParentDeptId")
    getLeader = needs_platform("getLeader", _ORG)
    getDeptPath = needs_platform("getDeptPath", _ORG)
    getRankDpt = needs_platform("getRankDpt", _ORG)
    getCompareValue = needs_platform("getCompareValue", "builds a TQL comparison for the platform's database")


class MultiDept(Dept):
    """Departments (a list): as Dept, plus append."""

    __slots__ = ()
    append = _append
    generateSubConfig = needs_platform("generateSubConfig", _SUB_CONFIG)


class Member(_OrgField):
    """Member: selectionWay/availableUser/allowLeave/mulLevelSelectionConfig/createDefault/updateDefault."""

    __slots__ = ()
    DEFAULTS = {
        **Stext.DEFAULTS,
        "selectionWay": "custom",
        "availableUser": {},
        "allowLeave": 0,
        "mulLevelSelectionConfig": {},
        "createDefault": False,
        "updateDefault": False,
    }
    PRIVATE = ("selectionWay", "availableUser", "allowLeave", "mulLevelSelectionConfig", "createDefault", "updateDefault")
    selectionWay = param("selectionWay")
    availableUser = param("availableUser")
    allowLeave = param("allowLeave")
    mulLevelSelectionConfig = param("mulLevelSelectionConfig")
    createDefault = param("createDefault")
    updateDefault = param("updateDefault")
    fillBizValue = needs_platform("fillBizValue", "fills the current user while the platform saves a row")
    getRankDept = needs_platform("getRankDept", _ORG)
    getRankLeader = needs_platform("getRankLeader", _ORG)
    getMemberStatus = needs_platform("getMemberStatus", _ORG)
    getDirectLeader = needs_platform("getDirectLeader", _ORG)
    getFirstLeader = needs_platform("getFirstLeader", _ORG)
    getSecondLeader = needs_platform("getSecondLeader", _ORG)
    getThirdLeader = needs_platform("getThirdLeader", _ORG)
    getFourthLeader = needs_platform("getFourthLeader", _ORG)
    getFifthLeader = needs_platform("getFifthLeader", _ORG)
    getAllRankLeader = needs_platform("getAllRankLeader", _ORG)


class MultiMember(Member):
    """Members (a list): as Member, plus append."""

    __slots__ = ()
    append = _append
    generateSubConfig = needs_platform("generateSubConfig", _SUB_CONFIG)


TYPES = {"Dept": Dept, "MultiDept": MultiDept, "Member": Member, "MultiMember": MultiMember}
`,
  '_event_studio/field_types/relations.py': `"""Row fields: RowData, RowList, SubTable, RelateData, MultiRelateData, QFilter (data-types.md).

In a sandbox row these hold plain data: a RowData/RelateData a dict (or the related row's key), a
RowList/SubTable a list of dicts. What reads or writes the platform's database (save, delete,
refresh, filtering by Q, related-row loading) raises NotInSandbox.
"""
from _event_studio.field_types.base import FieldValue, needs_platform, param

_DB = "reads or writes the platform's database"
_STORAGE = "converts between the platform's storage and variable formats"
_SUB_CONFIG = "builds the platform's loop-variable configuration"


class RowData(FieldValue):
    """One row: pkData; toDict, update, reset."""

    __slots__ = ()
    DEFAULTS = {"generic": None}
    PRIVATE = ("generic",)

    def _dict(self):
        return self.value if isinstance(self.value, dict) else {}

    @property
    def pkData(self):
        """The row's primary key: its \`id\`, else the value itself when it is a bare key (read-only)."""
        return self._dict().get("id") if isinstance(self.value, dict) else self.value

    def toDict(self):
        """The row as a dict."""
        return dict(self._dict())

    def update(self, **kwargs):
        """Set fields of the row."""
        self.value = {**self._dict(), **kwargs}

    def reset(self):
        """Empty the row; returns the field."""
        self.value = None
        return self

    refresh = needs_platform("refresh", _DB)


def _cell(row, field):
    return row.get(field) if isinstance(row, dict) else getattr(row, field, None)


def _column(valueList, fieldId):
    return [_cell(row, fieldId) for row in valueList or ()]


def _numbers(values):
    return [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]


class RowList(FieldValue):
    """Several rows: length/firstRow; append/reset; getFirstValue/getLastValue/getList; column getMax/getSum…"""

    __slots__ = ()
    DEFAULTS = {"generic": None}
    PRIVATE = ("generic",)

    def _list(self):
        value = self.value
        return [] if value is None or value == "" else value if isinstance(value, list) else [value]

    length = property(lambda self: len(self._list()), doc="How many rows (read-only).")
    firstRow = property(lambda self: self.getFirstValue(), doc="The first row; None when empty (read-only).")

    def append(self, data):
        """Add a row, or each row of a list."""
        self.value = self._list() + (list(data) if isinstance(data, list) else [data])

    def reset(self):
        """Empty the rows; returns the field."""
        self.value = []
        return self

    def getList(self):
        """The rows, as a list."""
        return list(self._list())

    def getFirstValue(self):
        """The first row; None when empty."""
        rows = self._list()
        return rows[0] if rows else None

    def getLastValue(self):
        """The last row; None when empty."""
        rows = self._list()
        return rows[-1] if rows else None

    def getMax(self, valueList, fieldId):
        """The largest value of column fieldId in valueList (None when it has none)."""
        values = [v for v in _column(valueList, fieldId) if v is not None]
        return max(values) if values else None

    def getMin(self, valueList, fieldId):
        """The smallest value of column fieldId in valueList (None when it has none)."""
        values = [v for v in _column(valueList, fieldId) if v is not None]
        return min(values) if values else None

    def getSum(self, valueList, fieldId):
        """The sum of the numbers in column fieldId."""
        return sum(_numbers(_column(valueList, fieldId)))

    def getAvg(self, valueList, fieldId):
        """The average of the numbers in column fieldId (None when it has none)."""
        numbers = _numbers(_column(valueList, fieldId))
        return sum(numbers) / len(numbers) if numbers else None

    def getNullCount(self, valueList, fieldId):
        """How many rows have no value in column fieldId."""
        return sum(1 for v in _column(valueList, fieldId) if v is None or v == "")

    def getNotNullCount(self, valueList, fieldId):
        """How many rows have a value in column fieldId."""
        return len(list(valueList or ())) - self.getNullCount(valueList, fieldId)

    def getDistinctCount(self, valueList, fieldId):
        """How many distinct values column fieldId holds."""
        return len({repr(v) for v in _column(valueList, fieldId)})

    Model = property(needs_platform("Model", "is the platform's model class"), doc="The model class (needs the platform).")
    save = needs_platform("save", _DB)
    delete = needs_platform("delete", _DB)
    update = needs_platform("update", _DB)
    filter = needs_platform("filter", "filters the rows with a Q expression in the platform's database")
    aggregate = needs_platform("aggregate", _DB)
    generateSubConfig = needs_platform("generateSubConfig", _SUB_CONFIG)
    transToJitMap = needs_platform("transToJitMap", "builds a platform JitMap variable")


class SubTable(RowList):
    """Sub-table: relateField/relateType/relateFieldType/relateFieldTitle (declared); firstRow/lastRow; orderBy/slice/toDict."""

    __slots__ = ()
    DEFAULTS = {**RowList.DEFAULTS, "relateType": "sub", "relateField": None, "relateFieldTitle": None, "relateFieldType": None}
    PRIVATE = ("relateType", "relateField", "relateFieldTitle", "relateFieldType")
    relateField = param("relateField")
    relateType = param("relateType")
    relateFieldType = param("relateFieldType")
    relateFieldTitle = param("relateFieldTitle")
    lastRow = property(lambda self: self.getLastValue(), doc="The last row; None when empty (read-only).")

    def orderBy(self, *key):
        """Sort the rows by the named columns ("-name" descending); returns the field."""
        rows = list(self._list())
        for name in reversed(key):
            field = name.lstrip("-")
            present = [r for r in rows if _cell(r, field) is not None]
            missing = [r for r in rows if _cell(r, field) is None]
            present.sort(key=lambda r: _cell(r, field), reverse=name.startswith("-"))
            rows = present + missing
        self.value = rows
        return self

    def slice(self, start, end):
        """Keep rows start to end, both included; returns the field."""
        self.value = self._list()[start : end + 1]
        return self

    def toDict(self):
        """The rows as a list of dicts."""
        return [dict(r) if isinstance(r, dict) else r for r in self._list()]

    resetFilter = needs_platform("resetFilter", _DB)
    get = needs_platform("get", "filters the rows with a Q expression in the platform's database")
    formatData = needs_platform("formatData", _STORAGE)
    doFormat = needs_platform("doFormat", _STORAGE)
    doWrite = needs_platform("doWrite", _DB)
    getRelateData = needs_platform("getRelateData", _DB)


class RelateData(RowData):
    """Related record: cascade (declared, "value"); save/delete/relateRowData need the platform's database."""

    __slots__ = ()
    DEFAULTS = {
        **RowData.DEFAULTS,
        "relateType": None,
        "relateField": None,
        "relateFieldTitle": None,
        "relateFieldType": None,
        "cascade": "value",
    }
    PRIVATE = ("relateType", "relateField", "relateFieldTitle", "generic", "relateFieldType")
    cascade = param("cascade")
    relateRowData = property(needs_platform("relateRowData", "loads the related row from the platform's database"))
    dbFieldType = property(needs_platform("dbFieldType", _STORAGE))
    dbConfig = property(needs_platform("dbConfig", _STORAGE))
    save = needs_platform("save", _DB)
    delete = needs_platform("delete", _DB)
    formatDbData = needs_platform("formatDbData", _STORAGE)
    doFormat = needs_platform("doFormat", _STORAGE)
    getDisplayValue = needs_platform("getDisplayValue", "reads the related row's title from the platform's database")
    getRelateData = needs_platform("getRelateData", _DB)


class MultiRelateData(RowList, RelateData):
    """Related records: as RowList, with RelateData's declaration."""

    __slots__ = ()
    DEFAULTS = RelateData.DEFAULTS
    PRIVATE = RelateData.PRIVATE


class QFilter(FieldValue):
    """Filter condition: append(q) combines a Q expression into the value with &."""

    __slots__ = ()

    def append(self, q):
        """Add q to the condition (value & q)."""
        self.value = q if self.value is None else self.value & q


TYPES = {
    "RowData": RowData,
    "RowList": RowList,
    "SubTable": SubTable,
    "RelateData": RelateData,
    "MultiRelateData": MultiRelateData,
    "QFilter": QFilter,
}
`,
  '_event_studio/field_types/text.py': `"""Text fields: Stext, Ltext, RichText, Serial, Identify, LicensePlate, Phone, Signature (data-types.md)."""
import datetime
import html
import re

from _event_studio.field_types.base import FieldValue, needs_platform, param

_TAGS = re.compile(r"<[^>]*>")
# Ltext's getList/getFirstValue/getLastValue split "by /t" (data-types.md, en and zh): read as a tab.
_LTEXT_SEPARATOR = "\\t"
_LTEXT_DISPLAY_CHARS = 200


def _text(value):
    return "" if value is None else str(value)


class Stext(FieldValue):
    """Single-line text: \`length\`; append/remove; cnin/ncnin/cninList/ncninList/sw/ew."""

    __slots__ = ()
    DEFAULTS = {"limit": False, "maxLen": 255, "minLen": 0}

    @property
    def length(self):
        """Text length (read-only)."""
        return len(_text(self.value))

    def append(self, value):
        """Append text to the value."""
        self.value = _text(self.value) + _text(value)

    def remove(self, value):
        """Remove every occurrence of a substring from the value."""
        self.value = _text(self.value).replace(_text(value), "")

    def cnin(self, value):
        """Whether the text contains value."""
        return _text(value) in _text(self.value)

    def ncnin(self, value):
        """Whether the text does not contain value."""
        return not self.cnin(value)

    def cninList(self, valueList):
        """Whether the text contains any of the values."""
        return any(self.cnin(v) for v in valueList or ())

    def ncninList(self, valueList):
        """Whether the text contains none of the values."""
        return not self.cninList(valueList)

    def sw(self, value):
        """Whether the text starts with value."""
        return _text(self.value).startswith(_text(value))

    def ew(self, value):
        """Whether the text ends with value."""
        return _text(self.value).endswith(_text(value))

    genQrCode = needs_platform("genQrCode", "renders a QR code with the platform's service")
    genBarcode = needs_platform("genBarcode", "renders a barcode with the platform's service")


class Ltext(Stext):
    """Multi-line text: getDisplayValue (first 200 characters), getFirstValue/getLastValue/getList."""

    __slots__ = ()
    DEFAULTS = {**Stext.DEFAULTS, "maxLen": 1024}

    def getDisplayValue(self):
        """The text, cut after 200 characters."""
        return _text(self.value)[:_LTEXT_DISPLAY_CHARS]

    def getList(self):
        """The text split at tabs."""
        return _text(self.value).split(_LTEXT_SEPARATOR) if self.value not in (None, "") else []

    def getFirstValue(self):
        """The first tab-separated part ('' for none)."""
        parts = self.getList()
        return parts[0] if parts else ""

    def getLastValue(self):
        """The last tab-separated part ('' for none)."""
        parts = self.getList()
        return parts[-1] if parts else ""


class RichText(Stext):
    """Rich text: \`textValue\` (HTML tags removed); getDisplayValue is that text."""

    __slots__ = ()

    @property
    def textValue(self):
        """The text without HTML tags (read-only)."""
        return html.unescape(_TAGS.sub("", _text(self.value)))

    def getDisplayValue(self):
        """The plain text."""
        return self.textValue


_SERIAL_WHY = "draws the next number from the platform's serial-number cache"


class Serial(Stext):
    """Serial number: getPrivateJson; its number generation needs the platform's cache."""

    __slots__ = ()
    DEFAULTS = {
        **Stext.DEFAULTS,
        "prefix": None,
        "connector": None,
        "dateTimeFormat": "YYYYMMDD",
        "incNum": 2,
        "startNumber": 1,
        "fieldId": None,
    }
    PRIVATE = ("prefix", "connector", "dateTimeFormat", "incNum", "startNumber", "fieldId")

    doFormat = needs_platform("doFormat", _SERIAL_WHY)
    getSerialKey = needs_platform("getSerialKey", _SERIAL_WHY)
    getDbValueKey = needs_platform("getDbValueKey", _SERIAL_WHY)
    getInnerKey = needs_platform("getInnerKey", _SERIAL_WHY)
    getMaxSerial = needs_platform("getMaxSerial", "reads the largest serial number from the platform's database")
    getNumber = needs_platform("getNumber", _SERIAL_WHY)
    newSerialNumber = needs_platform("newSerialNumber", _SERIAL_WHY)
    getSerialNumber = needs_platform("getSerialNumber", _SERIAL_WHY)
    bulkGetSerialNumber = needs_platform("bulkGetSerialNumber", _SERIAL_WHY)
    getSerialNumberList = needs_platform("getSerialNumberList", _SERIAL_WHY)
    clearCache = needs_platform("clearCache", "clears the platform's serial-number cache")


# GB 11643 region codes: the first two digits of a resident ID number name the province.
_PROVINCES = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古", "21": "辽宁", "22": "吉林",
    "23": "黑龙江", "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西",
    "37": "山东", "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南",
    "50": "重庆", "51": "四川", "52": "贵州", "53": "云南", "54": "西藏", "61": "陕西", "62": "甘肃",
    "63": "青海", "64": "宁夏", "65": "新疆", "71": "台湾", "81": "香港", "82": "澳门",
}


class Identify(Stext):
    """ID number: address (province), birthday, age, gender, read from an 18-digit resident ID."""

    __slots__ = ()

    def _digits(self):
        text = _text(self.value).strip()
        return text if len(text) == 18 and text[:17].isdigit() else None

    @property
    def address(self):
        """The province the number was issued in (read-only; None when not an ID number)."""
        digits = self._digits()
        return _PROVINCES.get(digits[:2]) if digits else None

    @property
    def birthday(self):
        """The birth date (read-only; None when not an ID number)."""
        digits = self._digits()
        try:
            return datetime.date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14])) if digits else None
        except ValueError:
            return None

    @property
    def age(self):
        """Whole years since the birthday, today (read-only)."""
        born = self.birthday
        if born is None:
            return None
        today = datetime.date.today()
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    @property
    def gender(self):
        """"男" or "女" from the 17th digit (odd: 男) (read-only)."""
        digits = self._digits()
        return ("男" if int(digits[16]) % 2 else "女") if digits else None


class LicensePlate(Stext):
    """License plate: \`maxLen\` (12), provinceCode()."""

    __slots__ = ()
    DEFAULTS = {**Stext.DEFAULTS, "maxLen": 12}
    PRIVATE = ("maxLen",)
    maxLen = param("maxLen")

    def provinceCode(self):
        """The province abbreviation: the plate's first character."""
        return _text(self.value)[:1]


class Phone(Stext):
    """Phone number: \`rules\` ("eleven"), \`maxLen\` (11)."""

    __slots__ = ()
    DEFAULTS = {**Stext.DEFAULTS, "rules": "eleven", "maxLen": 11}
    PRIVATE = ("rules",)
    rules = param("rules")
    maxLen = param("maxLen")


class Signature(FieldValue):
    """Handwritten signature: \`mode\` ("new" or "prev")."""

    __slots__ = ()
    DEFAULTS = {"mode": "new"}
    PRIVATE = ("mode",)
    mode = param("mode")


TYPES = {
    "Stext": Stext,
    "Ltext": Ltext,
    "RichText": RichText,
    "Serial": Serial,
    "Identify": Identify,
    "LicensePlate": LicensePlate,
    "Phone": Phone,
    "Signature": Signature,
}
`,
  '_event_studio/guard.py': `"""The audit hook: refuses what no handler needs and what would reach the host or outlive a run.

An audit hook cannot be removed from Python. Everything it uses is bound as a default argument
(builtins and module functions could be replaced by a handler), and it refuses reading or replacing
\`__defaults__\`/\`__code__\` of the shim's and the standard library's functions, so neither it nor the
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
`,
  '_event_studio/importer.py': `"""Makes the run's app files importable by their app path (\`events/x/inner.py\` → \`events.x.inner\`).

Files are compiled with their app path as filename, so tracebacks name \`events/x/inner.py\`; the
platform's base-class modules (\`services.NormalType\`, \`models.NormalType\`, \`datatypes.Meta\`) are
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
`,
  '_event_studio/lockdown.py': `"""Cuts Python off from JavaScript and the host once the shim is installed, and keeps runs apart.

lock_down() removes \`js\`, \`pyodide*\`, \`_pyodide*\`, \`ctypes\`, the test and subprocess modules from
sys.modules, refuses them on import (an ImportBlocker first on sys.meta_path, and a guard on
\`_imp.create_builtin\`, which would otherwise re-create any built-in module), installs the audit
hook of guard.py. Between runs the engine restores Python's whole heap (heap-image.ts), so nothing
a run changes reaches the next one.

Python is not a security boundary: a determined handler can still reach Pyodide's FFI. The worker
is the boundary (worker-lockdown.ts); this layer gives clear errors and keeps runs apart.
"""
import sys

import _imp
from importlib.machinery import ModuleSpec

from _event_studio import between_runs, guard  # noqa: F401  (between_runs: imported before the heap is copied)

BLOCKED = frozenset({
    "js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "micropip",
    "ctypes", "_ctypes", "_posixsubprocess", "subprocess", "_remote_debugging", "_xxtestfuzz",
    "_testcapi", "_testinternalcapi", "_testlimitedcapi", "_testbuffer", "_testclinic", "_testclinic_limited",
})


# CPython's own default; deep enough for handlers, far from the wasm stack's end (a RecursionError,
# not a crash). A handler that raises it and overflows the stack crashes its worker, which is replaced.
RECURSION_LIMIT = 1000


def _refusal(fullname):
    return ModuleNotFoundError(f"No module named '{fullname}' (not available in the Event Studio sandbox)")


class ImportBlocker:
    """A meta-path finder that refuses the blocked modules and their submodules."""

    __slots__ = ()

    def find_spec(self, fullname, path=None, target=None):
        if fullname.partition(".")[0] in BLOCKED:
            raise _refusal(fullname)
        return None

    def invalidate_caches(self):
        pass


def _guarded_create_builtin(spec, _create=_imp.create_builtin, _spec=ModuleSpec, _blocked=BLOCKED,
                            _type=type, _str=str, _refusal=_refusal):
    """\`_imp.create_builtin\` for every built-in module but the blocked ones.

    The original lives in this function's defaults, which the audit hook keeps unreadable.
    """
    name = spec.name
    if _type(name) is not _str or name.partition(".")[0] in _blocked or name == "sys":
        raise _refusal(name)
    # A fresh spec: a handler's own spec object could answer \`name\` differently the second time.
    return _create(_spec(name, None, origin="built-in"))


def _guarded_setrecursionlimit(limit, _set=sys.setrecursionlimit, _max=RECURSION_LIMIT, _int=int,
                               _error=guard.NotAllowedInSandbox):
    """\`sys.setrecursionlimit\` up to the sandbox's limit: past it, deep recursion overflows the wasm
    stack and crashes the worker instead of raising RecursionError. Lowering it is allowed."""
    if _int(limit) > _max:
        raise _error(f"a recursion limit above {_max} is not available in the Event Studio sandbox "
                     "(the worker's stack would overflow before Python noticed)")
    _set(limit)


def _refuse_system(command):
    raise PermissionError("os.system is not available in the Event Studio sandbox")


def lock_down():
    """Drop the blocked modules, install the import guards, add the audit hook."""
    import os
    import posix

    for name in list(sys.modules):
        if name.partition(".")[0] in BLOCKED:
            del sys.modules[name]
    finders = [f for f in sys.meta_path if not isinstance(f, ImportBlocker) and type(f).__name__ != "JsFinder"]
    sys.meta_path[:] = [ImportBlocker(), *finders]
    if _imp.create_builtin is not _guarded_create_builtin:
        _imp.create_builtin = _guarded_create_builtin
    os.system = posix.system = _refuse_system
    sys.setrecursionlimit = _guarded_setrecursionlimit
    sys.setrecursionlimit(RECURSION_LIMIT)
    guard.install()
`,
  '_event_studio/model_aggregate.py': `"""Aggregates over plain rows: \`aggregate\`, \`statisticFieldData\` and \`groupBy\` (JitAI data-models.md).

The docs name the types SUM, AVG, COUNT, MAX and MIN (aggregate's aggrType) and show a groupBy
fieldList of \`["status", "COUNT(*) as count"]\`. They run with SQL's meaning, as the platform runs
them in its database: nulls are skipped, COUNT(field) counts non-null values, and SUM/AVG/MAX/MIN
of no values is None.
"""
import re

from _event_studio.model_order import sort_key

AGGREGATES = ("SUM", "AVG", "COUNT", "MAX", "MIN")
_CALL = re.compile(r"^\\s*([A-Za-z_]+)\\s*\\(\\s*(\\*|[\\w.]+)\\s*\\)\\s*(?:(?:as|AS|As)\\s+(\\w+))?\\s*$")


def _kind(name, where):
    kind = str(name).strip().upper() if isinstance(name, str) else name
    if kind not in AGGREGATES:
        raise ValueError(f"{where}: unknown aggregation {name!r}; known: {', '.join(AGGREGATES)}")
    return kind


def _number(value, field, kind):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        try:
            return float(text) if any(c in text for c in ".eE") else int(text)
        except ValueError:
            pass
    raise ValueError(f"{kind}({field}): {value!r} is not a number")


def _present(value):
    return value is not None and value != ""


def aggregate_values(values, kind, field="*"):
    """One aggregation over a column's values; kind is already one of AGGREGATES."""
    if kind == "COUNT":
        return sum(1 for v in values if field == "*" or _present(v))
    present = [v for v in values if _present(v)]
    if not present:
        return None
    if kind in ("SUM", "AVG"):
        total = sum(_number(v, field, kind) for v in present)
        return total / len(present) if kind == "AVG" else total
    pick = max if kind == "MAX" else min
    return pick(present, key=sort_key)


def column(rows, field):
    return [r.get(field) for r in rows]


def aggregate(rows, aggrField, aggrType):
    """\`aggregate(filter, aggrField, aggrType)\`'s value over rows already filtered."""
    kind = _kind(aggrType, f"aggregate(aggrField={aggrField!r})")
    return aggregate_values(column(rows, aggrField), kind, aggrField)


def statistic(rows, fieldAggrMap):
    """\`statisticFieldData\`: {field: value} for \`{"age": "AVG", "salary": "SUM"}\`."""
    if not isinstance(fieldAggrMap, dict):
        raise ValueError(f'fieldAggrMap must be a dict such as {{"age": "AVG", "salary": "SUM"}}, got {fieldAggrMap!r}')
    out = {}
    for field, name in fieldAggrMap.items():
        kind = _kind(name, f"statisticFieldData({field!r})")
        out[field] = aggregate_values(column(rows, field), kind, field)
    return out


def _parse_item(item):
    """("key", field, field) for a grouping field, ("aggr", kind, field, alias) for "COUNT(*) as count"."""
    if not isinstance(item, str) or not item.strip():
        raise ValueError(f'groupBy fieldList items are field names or "FUNC(field) as alias", got {item!r}')
    text = item.strip()
    if "(" not in text:
        return ("key", text)
    match = _CALL.match(text)
    if not match:
        raise ValueError(f'groupBy fieldList item {item!r}: write "COUNT(*) as count" or "SUM(amount) as total"')
    kind = _kind(match.group(1), f"groupBy fieldList item {item!r}")
    field = match.group(2)
    if field == "*" and kind != "COUNT":
        raise ValueError(f"groupBy fieldList item {item!r}: only COUNT takes *")
    return ("aggr", kind, field, match.group(3) or text)


def group_by(rows, fieldList):
    """One dict per group of the fieldList's plain fields (in first-seen order), with each aggregate."""
    if not isinstance(fieldList, (list, tuple)) or not fieldList:
        raise ValueError('groupBy needs a fieldList such as ["status", "COUNT(*) as count"]')
    items = [_parse_item(i) for i in fieldList]
    keys = [i[1] for i in items if i[0] == "key"]
    groups = {}
    for r in rows:
        marker = tuple(repr(r.get(k)) for k in keys)
        groups.setdefault(marker, []).append(r)
    if not keys and not groups:  # only aggregates, no rows: one group, as SQL gives (COUNT 0)
        groups[()] = []
    out = []
    for members in groups.values():
        entry = {}
        for item in items:
            if item[0] == "key":
                entry[item[1]] = members[0].get(item[1])
            else:
                _, kind, field, alias = item
                entry[alias] = aggregate_values(column(members, field) if field != "*" else members, kind, field)
        out.append(entry)
    return out
`,
  '_event_studio/model_changes.py': `"""What a run did to each model's rows: added, changed and deleted, against the rows it started from.

Computed once at the end of a run from the tables the handler touched (\`state.current.models\`), so the
run result says per model what JitAI's database would hold afterwards (issue #17), whichever model
functions got it there; untouched models cost nothing."""
from _event_studio.model_filter import PK
from _event_studio.model_table import same_pk
from _event_studio.plain import to_plain


def _changed_fields(before, after):
    names = list(before) + [n for n in after if n not in before]
    return [n for n in names if before.get(n) != after.get(n)]


def _model_changes(full_name, start_rows, rows):
    start = [dict(r) for r in start_rows]
    added, changed, kept = [], [], set()
    for row in rows:
        pk = row.get(PK)
        index = next((i for i, r in enumerate(start) if i not in kept and same_pk(r.get(PK), pk)), None)
        if index is None:
            added.append(row)
            continue
        kept.add(index)
        fields = _changed_fields(start[index], row)
        if fields:
            changed.append({"id": pk, "fields": fields, "before": start[index], "after": row})
    deleted = [r for i, r in enumerate(start) if i not in kept]
    if not (added or changed or deleted):
        return None
    return to_plain({"model": full_name, "added": added, "changed": changed, "deleted": deleted})


def model_changes(models, start_rows):
    """One entry per model whose rows differ from where the run started, in the order first touched."""
    found = []
    for full_name, model in models.items():
        entry = _model_changes(full_name, start_rows.get(full_name, []), model._table.rows)
        if entry is not None:
            found.append(entry)
    return found
`,
  '_event_studio/model_class.py': `"""The model classes of an app's model.py (\`class OrderModel(NormalModel)\`), as handlers import them.

\`from models.OrderModel import OrderModel\` then \`OrderModel.query(...)\`, \`OrderModel.get(...)\` or
\`OrderModel(**row).save()\`: data-models.md writes class functions on the model class. Here a model
class is a view of the run's model element, \`app.getElement("models.OrderModel")\`, so the class and
the element reach one in-memory table (issue #17). The field declarations stay class attributes.
"""


def model_full_name(cls):
    """\`models.<Folder>\` from the module a model class is defined in (\`models.OrderModel.model\`), else
    from its \`Meta.name\` or class name (a model class defined elsewhere, as in a test)."""
    parts = cls.__module__.split(".")
    if len(parts) >= 2 and parts[0] == "models":
        return f"models.{parts[1]}"
    meta = getattr(cls, "Meta", None)
    return f"models.{getattr(meta, 'name', None) or cls.__name__}"


class ModelClass(type):
    """Metaclass: what a model class does not define itself is its model element's."""

    def _element(cls):
        from _event_studio.app import app

        return app.getElement(model_full_name(cls))

    def __getattr__(cls, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(cls._element(), name)

    def __call__(cls, *args, **fields):
        """\`OrderModel(**row)\`: a row of the model to save() or delete(), as \`Model(**row)\` on the element."""
        if args:
            raise TypeError(f"{cls.__name__}(**fields) takes field values by name, e.g. {cls.__name__}(amount=100)")
        return cls._element()(**fields)


class NormalModel(metaclass=ModelClass):
    """Base class of a model class in model.py (\`from models.NormalType import NormalModel\`)."""
`,
  '_event_studio/model_filter.py': `"""The filters model functions take (JitAI data-models.md: "filter: Q expression filter condition"), as row tests."""
from _event_studio.plain import to_plain
from _event_studio.q import Q, as_predicate, parse_filter

PK = "id"


def predicate(filter):
    """A plain-row predicate for the filters handlers pass (all model functions that take a filter use it):
    a Q object, a Q(...) string (parsed, never evaluated), a dict of Django-like lookups, a primary key
    or a callable. None, "" and {} match every row (data-models.md passes "" for "no filter")."""
    if filter is None or (isinstance(filter, (str, dict)) and not filter):
        return lambda plain: True
    if isinstance(filter, Q):
        return as_predicate(filter)
    if isinstance(filter, dict):
        return Q.from_mapping(filter).matches
    if isinstance(filter, str):
        text = filter.strip()
        if not text:
            return lambda plain: True
        # A string with a call, a group or ~ in it is an expression; any other string is a primary key.
        if "(" in text or text.startswith("~"):
            return as_predicate(parse_filter(text))
        return Q.from_mapping({PK: filter}).matches
    if isinstance(filter, int) and not isinstance(filter, bool):
        return Q.from_mapping({PK: filter}).matches
    if callable(filter):
        return filter
    raise ValueError(f"unsupported filter {filter!r}: use a Q expression (Q(Q('amount', '>', 100)), as an object "
                     "or a string), a dict, a primary key or a callable")


def filter_text(filter):
    """The filter as a model write records it: the string as given, a Q as its Q(...) text."""
    if filter is None or isinstance(filter, (str, int, float, bool)):
        return filter
    if isinstance(filter, Q):
        return repr(filter)
    if isinstance(filter, dict):
        return to_plain(filter)
    return f"<{getattr(filter, '__name__', type(filter).__name__)}>"
`,
  '_event_studio/model_order.py': `"""orderList and page/size over plain rows (JitAI data-models.md: \`[["name", 1], ["age", -1]]\`, 1 ascending,
-1 descending; page starts at 1)."""
import datetime
import re

_DATE_TEXT = re.compile(r"^\\d{4}-\\d{2}-\\d{2}")
_ASCENDING = (1, "1", "asc", "ASC")
_DESCENDING = (-1, "-1", "desc", "DESC")


def _number(text):
    try:
        return float(text) if any(c in text for c in ".eE") else int(text)
    except ValueError:
        return None


def sort_key(value):
    """A key that orders any mix of values without a TypeError: numbers (numeric text too, as Q compares
    them), then dates and ISO date text, then other text, then anything else by its repr."""
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, (int, float)):
        return (0, value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return (1, value.isoformat().replace("T", " "))
    if isinstance(value, str):
        text = value.strip()
        number = _number(text.replace(",", "")) if text else None
        if number is not None:
            return (0, number)
        if _DATE_TEXT.match(text):
            return (1, text.replace("T", " "))
        return (2, value)
    return (3, repr(value))


def _spec(spec):
    """(field, descending) for one orderList item: ["f", 1], ("f", -1), or the shim's older "f" / "-f"."""
    if isinstance(spec, str):
        return spec.lstrip("-"), spec.startswith("-")
    if isinstance(spec, (list, tuple)) and len(spec) == 2 and isinstance(spec[0], str):
        if spec[1] in _ASCENDING:
            return spec[0], False
        if spec[1] in _DESCENDING:
            return spec[0], True
    raise ValueError(f"orderList item {spec!r}: write [field, 1] for ascending or [field, -1] for descending, "
                     'e.g. [["name", 1], ["age", -1]]')


def order_rows(rows, orderList):
    """rows sorted by orderList, first item first; nulls sort after every value (before them descending)."""
    rows = list(rows)
    if not orderList:
        return rows
    if not isinstance(orderList, (list, tuple)):
        raise ValueError(f'orderList must be a list such as [["name", 1], ["age", -1]], got {orderList!r}')
    for field, descending in reversed([_spec(s) for s in orderList]):
        rows.sort(key=lambda r: (r.get(field) is None, sort_key(r.get(field))), reverse=descending)
    return rows


def page_rows(rows, page, size):
    """One page of rows: page counts from 1; without a size every row is one page."""
    if not size:
        return rows
    start = (max(int(page or 1), 1) - 1) * int(size)
    return rows[start : start + int(size)]
`,
  '_event_studio/model_rows.py': `"""What ties a row to its model, so \`row.save()\` and \`row.delete()\` (data-models.md member functions) reach it;
and the list that groupBy and getExportData return."""


class RowBinding:
    """A model row's \`_on_save\`: Row.save/Row.delete call \`.save\`/\`.delete\` with the row and triggerEvent.

    pk is the primary key when the row itself may not hold it (a query with a fieldList without "id");
    instance is True for \`Model(**fields)\`, whose save adds the row or writes its fields over the stored one.
    """

    __slots__ = ("model", "pk", "instance")

    def __init__(self, model, pk=None, instance=False):
        self.model = model
        self.pk = pk
        self.instance = instance

    def save(self, row, triggerEvent=1):
        return self.model._save_row(row, self, triggerEvent)

    def delete(self, row, triggerEvent=1):
        return self.model._delete_row(row, self, triggerEvent)

    def __call__(self, row):
        """The older Row.save called on_save(row)."""
        return self.save(row)


def delete_unbound(row, triggerEvent=1):
    """\`delete()\` on a row no model query returned (the event's own row): deleted from its model's rows."""
    from _event_studio.app import app  # here, not at import: app imports the models

    model = row._model
    if not model or not str(model).startswith("models."):
        raise ValueError("delete(): this row belongs to no model, so there is nothing to delete it from")
    element = app.getElement(model)
    return element._delete_row(row, RowBinding(element), triggerEvent)


class ResultList(list):
    """A list of results that also answers \`result["rowDatas"]\` and \`result["totalCount"]\`.

    The docs show no return value for groupBy or getExportData; their arguments are query's (filter,
    fieldList, page, size), whose result is {"rowDatas", "totalCount"}. Code written either way works.
    """

    __slots__ = ("totalCount",)

    def __init__(self, items, totalCount):
        super().__init__(items)
        self.totalCount = totalCount

    def __getitem__(self, key):
        if key == "rowDatas":
            return list(self)
        if key == "totalCount":
            return self.totalCount
        return super().__getitem__(key)

    def get(self, key, default=None):
        return self[key] if key in ("rowDatas", "totalCount") else default
`,
  '_event_studio/model_table.py': `"""One model's rows for the whole run, in memory, and the record of every write that changes them."""
import copy

from _event_studio import state
from _event_studio.model_filter import PK
from _event_studio.plain import to_plain


def row_data(data, where):
    """A row's fields as plain data: from a dict (its values may be fields or rows) or a Row."""
    if data is None:
        return {}
    if not isinstance(data, dict) and not hasattr(type(data), "__plain__"):
        raise TypeError(f"{where} takes a dict of field values such as {{'name': 'Ann'}}, "
                        f"got {type(data).__name__}")
    plain = to_plain(data)
    if not isinstance(plain, dict):
        raise TypeError(f"{where} takes a dict of field values, got {type(data).__name__}")
    return plain


def pk_list(pks):
    """pkList as a list; a single primary key is taken as a list of one (the shim always accepted it)."""
    return list(pks) if isinstance(pks, (list, tuple, set)) else [pks]


def same_pk(a, b):
    """Primary keys match as given or as text (\`Q('id', '=', '1')\` in data-models.md finds id 1)."""
    return a == b or (a is not None and b is not None and str(a) == str(b))


class Table:
    """The sample rows of one model as plain dicts; writes go through here so each is recorded once."""

    def __init__(self, full_name, rows):
        self.model = full_name
        self.rows = [dict(r) for r in rows]

    def find(self, pk):
        if pk is None:
            return None
        return next((r for r in self.rows if same_pk(r.get(PK), pk)), None)

    def with_pks(self, pks):
        return [r for r in self.rows if any(same_pk(r.get(PK), k) for k in pks)]

    def next_id(self):
        ids = [r.get(PK) for r in self.rows if isinstance(r.get(PK), int) and not isinstance(r.get(PK), bool)]
        return max(ids, default=0) + 1

    def insert(self, data, where):
        """Add a row; it gets the next integer id when it has none. A taken id is refused, as the database would."""
        if data.get(PK) is None:
            data[PK] = self.next_id()
        elif self.find(data[PK]) is not None:
            name = self.model.rsplit(".", 1)[-1]
            raise ValueError(f"{where}: {name} already has a row with {PK} {data[PK]!r}; use updateByPK or "
                             "createOrUpdateMany to change it")
        self.rows.append(data)
        return data

    def update(self, stored, values):
        stored.update(copy.deepcopy(values))

    def remove(self, doomed):
        """Delete the given stored rows (by identity); returns how many went."""
        ids = {id(r) for r in doomed}
        before = len(self.rows)
        self.rows = [r for r in self.rows if id(r) not in ids]
        return before - len(self.rows)

    def record(self, op, args, triggerEvent=1):
        """One model write for the run result; triggerEvent is kept when it is not the default 1
        (model events do not run in the sandbox, so it changes nothing else)."""
        args = copy.deepcopy(args)
        if triggerEvent != 1:
            args["triggerEvent"] = to_plain(triggerEvent)
        state.current.model_writes.append({"model": self.model, "op": op, "args": args})
`,
  '_event_studio/models.py': `"""\`app.getElement("models.X")\`: the JitAI data model functions over the run's sample rows.

Signatures and defaults are the docs' (reference/framework/JitORM/model-types/data-models.md, English and
Chinese, and the earlier JitORM/data-models.md); every write is recorded as a model write. The sandbox
README lists each function and every choice made where the docs are silent.
"""
import copy

from _event_studio.model_aggregate import aggregate, group_by, statistic
from _event_studio.model_filter import PK, filter_text, predicate  # noqa: F401 (predicate: older imports)
from _event_studio.model_order import order_rows, page_rows
from _event_studio.model_rows import ResultList, RowBinding
from _event_studio.model_table import Table, pk_list, row_data
from _event_studio.not_in_sandbox import NotInSandbox
from _event_studio.plain import to_plain
from _event_studio.rows import Row

FUNCTIONS = ("get", "query", "create", "updateOrAdd", "createOrUpdateMany", "updateByPK", "deleteByPK",
             "updateByFilter", "deleteByFilter", "groupBy", "getFieldData", "statisticFieldData",
             "getExportData", "aggregate", "resetModelData", "getCompareResult", "queryTQL")


class ModelElement:
    """\`app.getElement("models.X")\`: the model's rows for this run, in memory."""

    def __init__(self, full_name, schema, rows):
        self.fullName = full_name
        self.name = full_name.rsplit(".", 1)[-1]
        self._schema = schema
        self._table = Table(full_name, rows)
        self._binding = RowBinding(self)

    def __repr__(self):
        return f"<model {self.fullName}: {len(self._table.rows)} rows>"

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        raise AttributeError(f"model {self.name} has no function '{name}'; JitAI data models have: "
                             f"{', '.join(FUNCTIONS)} (rows: save, delete)")

    # ---- rows ----------------------------------------------------------------------------------

    def _row(self, stored, fields=None):
        """A Row over a copy of a stored row: what a query returned does not change until it is saved."""
        if fields is None:
            return Row(self.fullName, self._schema, dict(stored), on_save=self._binding)
        schema = {f: self._schema.get(f) for f in fields}
        binding = self._binding if PK in fields else RowBinding(self, pk=stored.get(PK))
        return Row(self.fullName, schema, {f: stored.get(f) for f in fields}, on_save=binding)

    def _fields(self, fieldList, where):
        """fieldList checked against the model's fields (schema and sample rows); None means all fields."""
        if fieldList is None or fieldList == []:
            return None
        if isinstance(fieldList, str) or not isinstance(fieldList, (list, tuple)):
            raise TypeError(f'{where}: fieldList is a list of field names such as ["id", "name"], got {fieldList!r}')
        known = set(self._schema).union(*(r.keys() for r in self._table.rows))
        unknown = [f for f in fieldList if known and f not in known]
        if unknown:
            raise ValueError(f"{where}: {self.name} has no field {', '.join(map(repr, unknown))}; "
                             f"its fields are: {', '.join(sorted(known))}")
        return list(fieldList)

    def _select(self, filter, orderList=None):
        test = predicate(filter)
        return order_rows([r for r in self._table.rows if test(r)], orderList)

    def _save_row(self, row, binding, triggerEvent=1):
        """row.save(): an update of the fields changed since it was read; a row not stored yet is added."""
        pk = binding.pk if binding.pk is not None else row._plain.get(PK)
        stored = self._table.find(pk)
        if stored is None:
            data = self._table.insert(row_data(row, "save()"), "save()")
            self._table.record("create", {"row": data}, triggerEvent)
        else:
            if binding.instance:  # Model(**fields): the fields whose typed value differs from the stored row's
                now = self._row(stored)
                after = row.plain_after()
                data = {k: v for k, v in after.items() if k != PK and (k not in now or now.get(k) != row.get(k))}
            else:
                data = {n: to_plain(row._fields[n].value) for n in row.changed_fields()}
            self._table.record("updateByPK", {"pks": [pk], "data": data}, triggerEvent)
            self._table.update(stored, data)
            data = stored
        # the row now reads as stored (a row of a fieldList query keeps only its fields)
        fresh = copy.deepcopy(data)
        keep = list(row._plain) if binding.pk is not None else fresh
        row._plain.clear()
        row._plain.update({k: fresh.get(k) for k in keep})
        row._fields.clear()
        return row

    def _delete_row(self, row, binding, triggerEvent=1):
        """row.delete(): recorded as deleteByPK of its id; returns the deleted row's data."""
        pk = binding.pk if binding.pk is not None else row._plain.get(PK)
        if pk is None:
            raise ValueError(f"delete(): this {self.name} row has no {PK}, so no stored row is deleted")
        self._table.record("deleteByPK", {"pks": [pk]}, triggerEvent)
        self._table.remove(self._table.with_pks([pk]))
        return row.plain_after()

    def __call__(self, **fields):
        """\`Model(**row)\`: an instance to save() or delete(), as data-models.md's earlier save/delete examples and
        model-performance-optimization.md write (\`productTable(**product).save()\`)."""
        data = row_data(fields, f"{self.name}(**fields)")
        return Row(self.fullName, self._schema, data, on_save=RowBinding(self, instance=True))

    # ---- reading -------------------------------------------------------------------------------

    def get(self, filter, orderList=None, level=2):
        """The first row matching filter (after orderList), or None. level: related data depth, which
        sample rows already carry as given."""
        rows = self._select(filter, orderList)
        return self._row(rows[0]) if rows else None

    def query(self, filter=None, fieldList=None, orderList=None, page=None, size=None, level=2):
        """\`{"rowDatas": [rows], "totalCount": n}\`: the rows matching filter, paged when size is given."""
        fields = self._fields(fieldList, "query")
        rows = self._select(filter, orderList)
        return {"rowDatas": [self._row(r, fields) for r in page_rows(rows, page, size)], "totalCount": len(rows)}

    def groupBy(self, filter, fieldList, orderList=None, page=None, size=None):
        """One dict per group: \`["status", "COUNT(*) as count"]\` → [{"status": "active", "count": 2}, …]."""
        groups = order_rows(group_by(self._select(filter), fieldList), orderList)
        return ResultList(copy.deepcopy(page_rows(groups, page, size)), len(groups))

    def getFieldData(self, fieldId, filter, orderList=None):
        """The field's distinct values over the matching rows, in order (the docs: for drop-down options)."""
        self._fields([fieldId], "getFieldData")
        values, seen = [], set()
        for stored in self._select(filter, orderList):
            value = self._row(stored).get(fieldId)
            marker = repr(value)
            if marker not in seen:
                seen.add(marker)
                values.append(value)
        return values

    def statisticFieldData(self, filter, fieldAggrMap):
        """{field: value} for \`{"age": "AVG", "salary": "SUM"}\` over the matching rows."""
        return statistic(self._select(filter), fieldAggrMap)

    def aggregate(self, filter, aggrField, aggrType):
        """One value: SUM, AVG, COUNT, MAX or MIN of aggrField over the matching rows."""
        return aggregate(self._select(filter), aggrField, aggrType)

    def getExportData(self, filter, fieldList, page, size):
        """The matching rows as plain dicts of fieldList's fields, one page of them."""
        fields = self._fields(fieldList, "getExportData")
        rows = self._select(filter)
        page_of = page_rows(rows, page, size)
        out = [dict(r) if fields is None else {f: r.get(f) for f in fields} for r in page_of]
        return ResultList(copy.deepcopy(out), len(rows))

    def getCompareResult(self, q, bizRow):
        """Whether bizRow (a dict or a row) meets the Q expression q; nothing is read or written."""
        return bool(predicate(q)(row_data(bizRow, "getCompareResult(bizRow)")))

    def queryTQL(self, tqlStr):
        raise NotInSandbox(f"{self.fullName}.queryTQL() runs TQL (joins, other models' tables) in the platform's "
                           "database; the sandbox has only each model's sample rows: use query()/get() with a Q filter")

    # ---- writing -------------------------------------------------------------------------------

    def create(self, rowData, triggerEvent=1):
        """Add a row; it gets the next integer id when it has none."""
        data = self._table.insert(row_data(rowData, "create(rowData)"), "create()")
        self._table.record("create", {"row": data}, triggerEvent)
        return self._row(data)

    def updateOrAdd(self, filter, orderList, updateData, addData, triggerEvent=1):
        """The first row matching filter (after orderList) updated with updateData, or addData added."""
        update = row_data(updateData, "updateOrAdd(updateData)")
        add = row_data(addData, "updateOrAdd(addData)")
        rows = self._select(filter, orderList)
        if rows:
            stored, added = rows[0], False
            self._table.update(stored, update)
        else:
            stored, added = self._table.insert(dict(add), "updateOrAdd()"), True
        args = {"filter": filter_text(filter), "orderList": to_plain(orderList), "updateData": update,
                "addData": add, "pk": stored.get(PK), "added": added}
        self._table.record("updateOrAdd", args, triggerEvent)
        return self._row(stored)

    def createOrUpdateMany(self, rowDataList, triggerEvent=1):
        """Each row updated when its id is stored, added otherwise; returns the rows."""
        if not isinstance(rowDataList, (list, tuple)):
            raise TypeError(f"createOrUpdateMany takes a list of dicts, got {type(rowDataList).__name__}")
        done, created, updated = [], [], []
        for item in rowDataList:
            data = row_data(item, "createOrUpdateMany(rowDataList)")
            stored = self._table.find(data.get(PK))
            if stored is None:
                stored = self._table.insert(data, "createOrUpdateMany()")
                created.append(stored[PK])
            else:
                self._table.update(stored, data)
                updated.append(stored[PK])
            done.append(stored)
        args = {"rows": [dict(r) for r in done], "created": created, "updated": updated}
        self._table.record("createOrUpdateMany", args, triggerEvent)
        return [self._row(r) for r in done]

    def updateByPK(self, pkList, updateData, triggerEvent=1):
        """The rows whose id is in pkList updated with updateData; returns them."""
        keys = pk_list(pkList)
        values = row_data(updateData, "updateByPK(updateData)")
        self._table.record("updateByPK", {"pks": to_plain(keys), "data": values}, triggerEvent)
        hits = self._table.with_pks(keys)
        for stored in hits:
            self._table.update(stored, values)
        return [self._row(r) for r in hits]

    def deleteByPK(self, pkList, triggerEvent=1):
        """Delete the rows whose id is in pkList; returns how many there were."""
        keys = pk_list(pkList)
        self._table.record("deleteByPK", {"pks": to_plain(keys)}, triggerEvent)
        return self._table.remove(self._table.with_pks(keys))

    def updateByFilter(self, filter, updateData):
        """The rows matching filter updated with updateData (no model events, as documented); returns how many."""
        values = row_data(updateData, "updateByFilter(updateData)")
        hits = self._select(filter)
        args = {"filter": filter_text(filter), "data": values, "pks": [r.get(PK) for r in hits]}
        self._table.record("updateByFilter", args)
        for stored in hits:
            self._table.update(stored, values)
        return len(hits)

    def deleteByFilter(self, filter):
        """Delete the rows matching filter (no model events, as documented); returns how many."""
        hits = self._select(filter)
        self._table.record("deleteByFilter", {"filter": filter_text(filter), "pks": [r.get(PK) for r in hits]})
        return self._table.remove(hits)

    def resetModelData(self):
        """Clear the model's rows for the rest of the run."""
        self._table.record("resetModelData", {"count": len(self._table.rows)})
        self._table.rows = []
`,
  '_event_studio/not_in_sandbox.py': `"""The error a handler gets for a platform function the sandbox cannot answer."""


class NotInSandbox(Exception):
    """A documented JitAI function that needs the live platform (its database, caches, organisation),
    which the sandbox does not have; the message names the function and why."""
`,
  '_event_studio/plain.py': `"""Turning Python values into plain JSON data: nothing but JSON ever leaves the sandbox."""
import datetime
import decimal
import enum
import math

MAX_DEPTH = 40


def to_plain(value, depth=0):
    """A JSON-able copy of value: dates as ISO strings, containers as lists/dicts, anything else as its repr."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, enum.Enum):
        return to_plain(value.value, depth)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if depth > MAX_DEPTH:
        return "<nested too deeply>"
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value) if value.is_finite() else str(value)
    plain = getattr(type(value), "__plain__", None)
    if plain is not None:
        return plain(value, depth + 1)
    if isinstance(value, dict):
        return {str(to_plain(k, depth + 1)): to_plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_plain(v, depth + 1) for v in value]
    try:
        return repr(value)
    except Exception:  # a broken __repr__ must not break the result
        return f"<{type(value).__name__}>"
`,
  '_event_studio/private_json.py': `"""The sandbox's own JSON reading and writing, out of a handler's reach.

C objects made at import, before any handler ran, and kept in default arguments, which the audit
hook makes unreadable. A handler that patches \`json\` (its functions, classes or the module's default
decoder instance) changes what *it* reads and writes, never how the runner reads a request or writes
a result. (The heap restore between runs undoes the patch anyway; this keeps even the patching run's
own request parsing honest.)
"""
from json import decoder as _json_decoder
from json import encoder as _json_encoder
from json import scanner as _json_scanner


def _refuse_constant(name):
    raise ValueError(f"{name} is not valid in the sandbox's JSON")


def loads(text, _scan=_json_scanner.c_make_scanner(_json_decoder.JSONDecoder(parse_constant=_refuse_constant)),
          _space=_json_decoder.WHITESPACE.match, _len=len, _error=ValueError):
    """One JSON document from text (no NaN or Infinity)."""
    value, end = _scan(text, _space(text, 0).end())
    if _space(text, end).end() != _len(text):
        raise _error("extra data after the JSON document")
    return value


def dumps(value, _make=_json_encoder.c_make_encoder, _string=_json_encoder.encode_basestring, _repr=repr,
          _join="".join):
    """Compact JSON text of a plain value (objects JSON cannot hold become their repr)."""
    return _join(_make({}, _repr, _string, None, ":", ",", False, False, True)(value, 0))
`,
  '_event_studio/q.py': `"""Q expressions as the JitAI docs define them (reference/framework/JitORM/q-expressions.md), over plain sample rows.

    Q(field, operator, value)          one condition; \`customer__custName\` reaches a related row's field
    Q(q)                               the outer wrap a single condition needs when passed as a filter
    Q(q1, Q.AND, q2), Q(q1, Q.OR, q2)  combinations, nested to any depth (longer chains: one connector)

The shim's earlier Django-like form (\`Q(amount__gte=90) & ~Q(status="x")\`) still works. A filter given as
a string is parsed with \`ast\` and walked; nothing in it is ever evaluated (\`parse_filter\`).
"""
import ast
import datetime
import re

from _event_studio.plain import to_plain

AND = "AND"
OR = "OR"

# Operator → (test(actual, expected), negated). A negated operator is the negation of its positive
# test over all of a field's values (a related list: "none of them matches").
_NEGATED = {"!=": "=", "ne": "=", "nin": "in", "nlike": "like", "nlikeany": "likeany", "nbelong": "belong"}
OPERATORS = ("=", "!=", "ne", ">", "gt", ">=", "gte", "<", "lt", "<=", "lte", "in", "nin", "like", "nlike",
             "startswith", "endswith", "likeany", "nlikeany", "isnull", "range", "belong", "nbelong",
             "year", "month", "week", "day", "province", "city", "district")
# Extra names the Django-like keyword form has always accepted (\`amount__eq\`, \`name__contains\`).
_KEYWORD_ALIASES = {"eq": "=", "exact": "=", "contains": "like"}
_ACCEPTED_FORM = "Q(Q('amount', '>', 100)) or Q(Q('a', '=', 1), Q.AND, Q('b', 'in', [1, 2]))"


def _is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _num(text):
    try:
        return float(text) if any(c in text for c in ".eEn") else int(text)
    except ValueError:
        return None


_DATE_TEXT = re.compile(r"^\\d{4}-\\d{2}-\\d{2}")


def _as_datetime(v):
    """A naive datetime from a date, a datetime or an ISO string; None when v is none of those."""
    if isinstance(v, datetime.datetime):
        return v.replace(tzinfo=None)
    if isinstance(v, datetime.date):
        return datetime.datetime(v.year, v.month, v.day)
    if isinstance(v, str) and _DATE_TEXT.match(v.strip()):
        text = v.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            return datetime.datetime.fromisoformat(text).replace(tzinfo=None)
        except ValueError:
            return None
    return None


def _pair(a, b):
    """a and b made comparable (numbers, datetimes, or as given), or None when they cannot be compared."""
    if a is None or b is None:
        return None
    if _is_num(a) and _is_num(b):
        return a, b
    if _is_num(a) and isinstance(b, str):
        nb = _num(b.strip())
        return (a, nb) if nb is not None else None
    if isinstance(a, str) and _is_num(b):
        na = _num(a.strip())
        return (na, b) if na is not None else None
    dated = isinstance(a, datetime.date) or isinstance(b, datetime.date)
    if dated or (isinstance(a, str) and isinstance(b, str) and _DATE_TEXT.match(a.strip()) and _DATE_TEXT.match(b.strip())):
        da, db = _as_datetime(a), _as_datetime(b)
        if da is not None and db is not None:
            return da, db
        if dated:
            return None
    if type(a) is type(b) or (isinstance(a, (int, float)) and isinstance(b, (int, float))):
        return a, b
    return None


def _eq(a, b):
    pair = _pair(a, b)
    if pair is not None:
        return pair[0] == pair[1]
    return a == b


def _order(test):
    def check(a, b):
        pair = _pair(a, b)
        if pair is None:
            return False
        try:
            return bool(test(pair[0], pair[1]))
        except TypeError:
            return False
    return check


def _texts(a):
    """The strings a text operator looks at: a string, a number's text, or each of a list's items."""
    if isinstance(a, str):
        return [a]
    if _is_num(a):
        return [str(a)]
    if isinstance(a, (list, tuple)):
        return [t for item in a for t in _texts(item)]
    return []


def _like_one(text, pattern):
    pattern = str(pattern)
    if "%" in pattern:  # SQL LIKE pattern (the docs' earlier version): % any run, _ any one character
        regex = "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)
        return re.fullmatch(regex, text, re.DOTALL) is not None
    return pattern in text


def _like(a, b):
    return any(_like_one(t, b) for t in _texts(a))


def _likeany(a, b):
    return any(_like(a, p) for p in b)


def _in(a, b):
    if isinstance(a, (list, tuple)):
        return any(_in(item, b) for item in a)
    return any(_eq(a, x) for x in b)


def _is_null(a):
    return a is None or a == "" or a == [] or a == {}


def _isnull(a, b):
    return _is_null(a) == bool(b)


def _range(a, b):
    lo, hi = b
    return (lo is None or _order(lambda x, y: x >= y)(a, lo)) and (hi is None or _order(lambda x, y: x <= y)(a, hi))


_ADDRESS_PARTS = ("province", "city", "district")


def _belong(a, b):
    if not isinstance(a, dict):
        return False
    return all(_is_null(want) or _eq(a.get(part), want) for part, want in b.items())


def _address_part(part):
    return lambda a, b: isinstance(a, dict) and _eq(a.get(part), b)


def _date_part(part):
    def check(a, b):
        when = _as_datetime(a)
        if when is None:
            return False
        have = when.isocalendar()[1] if part == "week" else getattr(when, part)
        return have == int(b)
    return check


_TESTS = {
    "=": _eq,
    ">": _order(lambda x, y: x > y), ">=": _order(lambda x, y: x >= y),
    "<": _order(lambda x, y: x < y), "<=": _order(lambda x, y: x <= y),
    "in": _in, "like": _like, "likeany": _likeany,
    "startswith": lambda a, b: any(t.startswith(str(b)) for t in _texts(a)),
    "endswith": lambda a, b: any(t.endswith(str(b)) for t in _texts(a)),
    "isnull": _isnull, "range": _range, "belong": _belong,
    "year": _date_part("year"), "month": _date_part("month"), "week": _date_part("week"), "day": _date_part("day"),
    "province": _address_part("province"), "city": _address_part("city"), "district": _address_part("district"),
}
_SPELLINGS = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def _unknown(op, where):
    return ValueError(f"unknown Q operator {op!r} in {where}; known operators: {', '.join(OPERATORS)}")


def _check_value(op, value, where):
    """Refuse a value the operator cannot take, naming the condition (the platform would refuse it too)."""
    base = _NEGATED.get(op, _SPELLINGS.get(op, op))
    if base in ("in", "likeany") and not isinstance(value, (list, tuple, set)):
        raise ValueError(f"{where}: '{op}' takes a list of values, got {value!r}")
    if base == "range" and not (isinstance(value, (list, tuple)) and len(value) == 2):
        raise ValueError(f"{where}: 'range' takes [low, high], got {value!r}")
    if base == "belong" and not isinstance(value, dict):
        raise ValueError(f"{where}: '{op}' takes an address dict such as {{'province': 'Beijing', 'city': ''}}, got {value!r}")
    if base in ("year", "month", "week", "day"):
        if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit())):
            raise ValueError(f"{where}: '{op}' takes a whole number, got {value!r}")


def _values(plain, path):
    """Every value a field path reaches in a plain row: \`a__b\` reads row['a']['b'], over each dict of a list."""
    current = [plain]
    for segment in path:
        found = []
        for v in current:
            if isinstance(v, dict):
                found.append(v.get(segment))
            elif isinstance(v, (list, tuple)) and v and all(isinstance(item, dict) for item in v):
                found.extend(item.get(segment) for item in v)
            else:
                found.append(None)
        current = found
    return current or [None]


class Q:
    """A JitAI Q expression; \`Q.AND\` and \`Q.OR\` connect them."""

    AND = AND
    OR = OR
    __slots__ = ("_kind", "_field", "_op", "_value", "_children", "_connector")

    def __init__(self, *args, **kwargs):
        self._kind = "group"
        self._connector = AND
        self._children = []
        self._field = self._op = self._value = None
        if args and kwargs:
            raise ValueError(f"Q takes either (field, operator, value) or keyword lookups, not both; for example {_ACCEPTED_FORM}")
        if kwargs:
            self._children = [Q._keyword(key, value) for key, value in kwargs.items()]
        elif len(args) == 3 and isinstance(args[0], str) and isinstance(args[1], str):
            self._leaf(*args)
        elif len(args) == 1 and isinstance(args[0], Q):
            self._children = [args[0]]
        elif args:
            self._chain(args)

    def _leaf(self, field, op, value):
        where = f"Q({field!r}, {op!r}, {value!r})"
        if not field:
            raise ValueError(f"{where}: the field is empty")
        if op not in OPERATORS:
            raise _unknown(op, where)
        value = to_plain(value)
        _check_value(op, value, where)
        self._kind, self._field, self._op, self._value = "leaf", field, op, value

    def _chain(self, args):
        shapes = ", ".join("Q.AND" if a == AND else "Q.OR" if a == OR else type(a).__name__ for a in args)
        ok = len(args) % 2 == 1 and all(isinstance(a, Q) for a in args[::2]) and all(c in (AND, OR) for c in args[1::2])
        if not ok:
            raise ValueError(f"Q({shapes}) is not a Q expression: write Q(field, operator, value), Q(q) or "
                             f"Q(q1, Q.AND, q2) / Q(q1, Q.OR, q2); for example {_ACCEPTED_FORM}")
        connectors = set(args[1::2])
        if len(connectors) > 1:
            raise ValueError(f"Q({shapes}) mixes Q.AND and Q.OR in one chain: nest them, e.g. Q(Q(q1, Q.AND, q2), Q.OR, q3)")
        self._connector = connectors.pop()
        self._children = list(args[::2])

    @staticmethod
    def _keyword(key, value):
        """One Django-like keyword lookup (\`amount__gte=90\`, \`customer__custName="Ann"\`) as a condition."""
        if not isinstance(key, str) or not key:
            raise ValueError(f"a filter's field names are strings, got {key!r}")
        parts = key.split("__")
        op = "="
        last = parts[-1]
        if len(parts) > 1 and (last in OPERATORS or last in _KEYWORD_ALIASES):
            op = _KEYWORD_ALIASES.get(last, last)
            parts = parts[:-1]
        if op == "isnull" and isinstance(value, bool):
            value = int(value)
        q = Q.__new__(Q)
        q._children, q._connector = [], AND
        q._leaf("__".join(parts), op, value)
        return q

    @classmethod
    def from_mapping(cls, mapping):
        q = cls()
        q._children = [cls._keyword(key, value) for key, value in mapping.items()]
        return q

    def __and__(self, other):
        return self._join(other, AND)

    def __or__(self, other):
        return self._join(other, OR)

    def _join(self, other, connector):
        if not isinstance(other, Q):
            return NotImplemented
        q = Q()
        q._connector, q._children = connector, [self, other]
        return q

    def __invert__(self):
        q = Q()
        q._kind, q._children = "not", [self]
        return q

    def __bool__(self):
        return True

    def __repr__(self):
        if self._kind == "leaf":
            return f"Q({self._field!r}, {self._op!r}, {self._value!r})"
        if self._kind == "not":
            return f"~{self._children[0]!r}"
        sep = ", Q.AND, " if self._connector == AND else ", Q.OR, "
        return f"Q({sep.join(repr(c) for c in self._children)})"

    def __plain__(self, depth=0):
        return repr(self)

    def matches(self, plain):
        """Whether a plain row (a dict of field values) meets this expression."""
        if self._kind == "leaf":
            base = _NEGATED.get(self._op)
            test = _TESTS[_SPELLINGS.get(base or self._op, base or self._op)]
            hit = any(test(v, self._value) for v in _values(plain, self._field.split("__")))
            return not hit if base else hit
        if self._kind == "not":
            return not self._children[0].matches(plain)
        if self._connector == AND:
            return all(c.matches(plain) for c in self._children)
        return any(c.matches(plain) for c in self._children)


def as_predicate(q):
    """The row test for a Q passed as a filter; a bare single condition is refused (the docs' outer-wrap rule)."""
    if q._kind == "leaf":
        raise ValueError(f"a single condition passed as a filter must be wrapped in an outer Q(): write Q({q!r}), "
                         f"not {q!r} (JitAI docs, Q expressions)")
    return q.matches


# ---- strings: parsed and walked, never evaluated -------------------------------------------------

def _describe(node):
    try:
        text = ast.unparse(node)
    except Exception:  # unparse of an odd node must not hide the real message
        text = type(node).__name__
    if len(text) > 60:
        text = text[:57] + "..."
    kind = {ast.Call: "a call", ast.Name: "a name", ast.Attribute: "an attribute", ast.Subscript: "a subscript",
            ast.Lambda: "a lambda", ast.BinOp: "an operation"}.get(type(node), f"a {type(node).__name__} expression")
    return f"{kind} \`{text}\`"


def _refuse(node, why="may hold only Q(...) calls, Q.AND / Q.OR and literals"):
    return ValueError(f"a filter string {why}; found {_describe(node)}. Accepted: {_ACCEPTED_FORM}")


def _is_q_call(node):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Q"


def _expression(node):
    if _is_q_call(node):
        if any(kw.arg is None for kw in node.keywords) or any(isinstance(a, ast.Starred) for a in node.args):
            raise _refuse(node, "may not unpack arguments (* or **)")
        args = [_argument(a) for a in node.args]
        kwargs = {kw.arg: _literal(kw.value) for kw in node.keywords}
        return Q(*args, **kwargs)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr)):
        left, right = _expression(node.left), _expression(node.right)
        return left & right if isinstance(node.op, ast.BitAnd) else left | right
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert):
        return ~_expression(node.operand)
    raise _refuse(node)


def _argument(node):
    if _is_q_call(node) or isinstance(node, (ast.BinOp, ast.UnaryOp)) and not _literal_ok(node):
        return _expression(node)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Q":
        if node.attr in (AND, OR):
            return getattr(Q, node.attr)
        raise _refuse(node, "may name only Q.AND and Q.OR")
    return _literal(node)


def _literal_ok(node):
    try:
        ast.literal_eval(node)
        return True
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        return False


def _literal(node):
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        pass
    bad = next((n for n in ast.walk(node) if not isinstance(n, (
        ast.Constant, ast.List, ast.Tuple, ast.Set, ast.Dict, ast.UnaryOp, ast.BinOp, ast.Load,
        ast.USub, ast.UAdd, ast.Add, ast.Sub))), node)
    raise _refuse(bad)


def parse_filter(text):
    """A Q from a filter string such as "Q(Q('amount', '>', 100))"; anything but Q(...), Q.AND/Q.OR and
    literals raises ValueError. The string is parsed (\`ast.parse\`), never evaluated."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as e:
        raise ValueError(f"a filter string must be a Q expression, e.g. {_ACCEPTED_FORM}; {text!r} is not valid "
                         f"Python ({e.msg})") from None
    except (RecursionError, MemoryError):
        raise ValueError("a filter string is nested too deeply") from None
    try:
        return _expression(tree.body)
    except RecursionError:
        raise ValueError("a filter string is nested too deeply") from None
`,
  '_event_studio/restore.py': `"""Makes an interpreter restored from a memory snapshot start as a cold-started one would.

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
`,
  '_event_studio/rows.py': `"""Rows as handlers see them: each field an object with \`.value\`, typed by the model's field type."""
import datetime

from _event_studio.field_types import CLASSES as FIELD_CLASSES
from _event_studio.field_types import FieldValue  # the base of every field object (a type not listed gets it)
from _event_studio.plain import to_plain

NUMBER_TYPES = frozenset({"Numeric", "Money", "Percent", "AutoInt", "Integer", "Float", "Decimal"})
# Types whose value is a list on the platform
MULTI_TYPES = frozenset(
    {"MultiRadio", "MultiDropdown", "Checkbox", "MultiMember", "MultiDept", "File", "Image", "SubTable", "MultiRelateData"}
)


def _to_number(value):
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        if text == "":
            return None
        try:
            return int(text)
        except ValueError:
            try:
                return float(text)
            except ValueError:
                return value
    return value


def _to_date(value):
    if isinstance(value, str) and value:
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def _to_datetime(value):
    if isinstance(value, str) and value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def coerce(ftype, value):
    """The Python value a field of type ftype holds for a plain input value; unparseable input is kept as is."""
    if ftype is None:
        return value
    if ftype in NUMBER_TYPES:
        return _to_number(value)
    if ftype == "Date":
        return _to_date(value)
    if ftype == "Datetime":
        return _to_datetime(value)
    if ftype in MULTI_TYPES:
        if value is None or value == "":
            return []
        return list(value) if isinstance(value, (list, tuple)) else [value]
    return value


def make_field(name, ftype, value):
    """The field object of a datatypes type (field_types), \`.value\` set to value as coerce() reads it."""
    return FIELD_CLASSES.get(ftype, FieldValue)(name, ftype, coerce(ftype, value))


class Value:
    """A value wrapped the way eventOutData carries it (\`eventOutData.status.value\`)."""

    __slots__ = ("value", "_raw")

    def __init__(self, value, raw=None):
        self.value = value
        # the value as the event delivered it (a trigger node keeps its after./before. prefix here)
        self._raw = value if raw is None else raw

    def __repr__(self):
        return f"<Value {self.value!r}>"

    def __str__(self):
        return str(self.value)

    def __plain__(self, depth):
        return to_plain(self.value, depth)


_set = object.__setattr__


class Row:
    """A data row: \`row.field.value\`, \`row.save()\`, \`row.toDict()\`, \`row.update(**kw)\`, \`row["field"]\`.

    Fields are materialised on first access, so a batch of many rows only pays for what a handler touches.
    """

    __slots__ = ("_model", "_schema", "_plain", "_fields", "_on_save")

    def __init__(self, model, schema, plain, on_save=None):
        _set(self, "_model", model)
        _set(self, "_schema", schema)
        _set(self, "_plain", plain)
        _set(self, "_fields", {})
        _set(self, "_on_save", on_save)

    def _names(self):
        names = list(self._schema)
        names.extend(k for k in self._plain if k not in self._schema)
        return names

    def _field(self, name):
        field = self._fields.get(name)
        if field is None:
            if name not in self._schema and name not in self._plain:
                model = self._model.rsplit(".", 1)[-1] if self._model else "this"
                raise AttributeError(
                    f"{model} row has no field '{name}'; its fields are: {', '.join(self._names()) or '(none)'}"
                )
            ftype = self._schema.get(name)
            field = make_field(name, ftype, self._plain.get(name))
            self._fields[name] = field
        return field

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self._field(name)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        # \`row.status = "x"\` is taken as \`row.status.value = "x"\`
        self._field(name).value = value.value if isinstance(value, (FieldValue, Value)) else value

    def __getitem__(self, name):
        try:
            return self._field(name).value
        except AttributeError as e:
            raise KeyError(str(e)) from None

    def __setitem__(self, name, value):
        self._field(name).value = value

    def __contains__(self, name):
        return name in self._schema or name in self._plain

    def __iter__(self):
        return iter(self._names())

    def __dir__(self):
        return [*self._names(), "save", "toDict", "update", "get", "keys"]

    def __repr__(self):
        return f"<{self._model or 'row'} {self.toDict()!r}>"

    def keys(self):
        """The row's field names."""
        return self._names()

    def get(self, name, default=None):
        """A field's value, or default when the row has no such field."""
        return self._field(name).value if name in self else default

    def toDict(self):
        """Field name → value, as Python values."""
        return {name: self._field(name).value for name in self._names()}

    def update(self, data=None, **kwargs):
        """Set several field values at once (does not save)."""
        for source in (data or {}, kwargs):
            for name, value in source.items():
                setattr(self, name, value)
        return self

    def save(self, triggerEvent=1):
        """Persist the row (data-models.md: \`save(self, triggerEvent=1) -> RowData\`): counted on the event's
        row, recorded as a model write on a model's rows (model events do not run in the sandbox)."""
        hook = self._on_save
        save = getattr(hook, "save", None)
        if save is not None:
            save(self, triggerEvent)
        elif hook is not None:
            hook(self)
        return self

    def delete(self, triggerEvent=1):
        """Delete the row (data-models.md: \`delete(self, triggerEvent=1) -> Dict\`): recorded as a model write
        of its model; returns the deleted row's data."""
        delete = getattr(self._on_save, "delete", None)
        if delete is not None:
            return delete(self, triggerEvent)
        from _event_studio.model_rows import delete_unbound

        return delete_unbound(self, triggerEvent)

    def changed_fields(self):
        """Names of fields whose value differs from the input row's."""
        return [name for name, field in self._fields.items() if field.value != field._original]

    def plain_after(self, changed=None):
        """The row as plain data: untouched fields exactly as they came in, changed ones converted."""
        out = dict(self._plain)
        for name in self.changed_fields() if changed is None else changed:
            out[name] = to_plain(self._fields[name].value)
        return out

    def __plain__(self, depth):
        return self.plain_after()


class EventOutData:
    """What an approval event hands its handler: \`.row\`, \`.status\`, and in the newer spelling the node facts."""

    def __init__(self, row, status, extras=None):
        self.row = row
        self.status = status if isinstance(status, Value) else Value(status)
        for name, value in (extras or {}).items():
            setattr(self, name, value if isinstance(value, Value) else Value(value))

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        has = ", ".join(k for k in vars(self))
        raise AttributeError(f"eventOutData has no attribute '{name}'; it has: {has}")

    def __repr__(self):
        return f"<eventOutData {self.__plain__(0)!r}>"

    def __plain__(self, depth):
        return {k: to_plain(v, depth) for k, v in vars(self).items()}
`,
  '_event_studio/runner.py': `"""The runner the engine calls: one request (and one or many rows) in, plain JSON results out."""
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
    # Q expressions: the JitAI docs' handler examples use \`Q\` without an import, so a builtin; also
    # \`from jit import Q\` (our choice of path: the docs name none).
    builtins.Q = Q
    jit.Q = Q
    if finder not in sys.meta_path:
        sys.meta_path.insert(0, finder)


def _schema(model):
    """Field name → type name; a field declared with literal parameters (\`decimal=2\`, \`options=[…]\`)
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
`,
  '_event_studio/services.py': `"""Services: real service.py code when the app has it, a recorded call with a settable return value otherwise."""
import copy
import importlib
import inspect

from _event_studio import state
from _event_studio.plain import to_plain


class NormalService:
    """Base class of a service's class in service.py (\`from services.NormalType import NormalService\`)."""

    def __init__(self, *args, **kwargs):
        pass


class _FieldFactory:
    """\`datatypes.<Type>(...)\` (\`from datatypes.Meta import datatypes\`): a field object of that type
    (field_types/declare.py), in a model.py declaration or a handler alike."""

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        from _event_studio.field_types import declare  # loaded with the shim (rows imports field_types)

        return declare(name)


datatypes = _FieldFactory()


class ServiceNotFound(LookupError):
    """A service function the app does not define."""


def _service_target(service, fn):
    """The callable implementing services.<service>.<fn> in the app's service.py."""
    module = importlib.import_module(f"services.{service}.service")
    instance = state.current.services.get(service)
    if instance is None:
        classes = [c for c in vars(module).values() if inspect.isclass(c) and c.__module__ == module.__name__]
        ranked = sorted(classes, key=lambda c: not issubclass(c, NormalService))
        cls = next((c for c in ranked if callable(getattr(c, fn, None))), None)
        instance = cls() if cls is not None else module
        state.current.services[service] = instance
    target = getattr(instance, fn, None)
    if not callable(target):
        target = getattr(module, fn, None)
    if not callable(target):
        have = sorted(n for n, v in vars(type(instance)).items() if callable(v) and not n.startswith("_"))
        raise ServiceNotFound(
            f"services/{service}/service.py defines no function '{fn}'; it has: {', '.join(have) or '(none)'}"
        )
    return target


def call_service(func, args, kwargs):
    """Call services.S.fn: recorded in the run's serviceCalls, then run for real or answered from serviceReturns."""
    plain_args = to_plain(list(args) + ([kwargs] if kwargs else []))
    state.current.service_calls.append({"func": func, "args": plain_args})
    _, service, fn = func.split(".", 2)
    if f"services/{service}/service.py" in state.files:
        return _service_target(service, fn)(*args, **kwargs)
    return copy.deepcopy(state.service_returns.get(func))


def service_function(func):
    """The function behind services.S.fn when the app has its service.py (to read its signature), else None."""
    _, service, fn = func.split(".", 2)
    if f"services/{service}/service.py" not in state.files:
        return None
    return _service_target(service, fn)


class ServiceElement:
    """\`app.getElement("services.S")\`: each attribute is a function of the service."""

    def __init__(self, full_name):
        self.fullName = full_name

    def __repr__(self):
        return f"<service {self.fullName}>"

    def __getattr__(self, fn):
        if fn.startswith("_"):
            raise AttributeError(fn)
        func = f"{self.fullName}.{fn}"
        return lambda *args, **kwargs: call_service(func, args, kwargs)
`,
  '_event_studio/state.py': `"""The current run's record (logs, saves, calls, writes), shared by the shim objects that add to it."""
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
        """on_save of the event's own row: its save() calls are the result's \`saves\`."""
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
        parts.append("Traceback (most recent call last):\\n")
        parts.extend(traceback.format_list(frames))
    parts.extend(traceback.format_exception_only(type(exc), exc))
    return "".join(parts).rstrip("\\n")


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
        *lines, self._pending = data.split("\\n", MAX_LOG_LINES - len(current.logs) + 1)
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
`,
  'jit/__init__.py': `"""The slice of the JitAI platform's \`jit\` package that approval-event handlers use, for Event Studio's sandbox."""
from jit.commons.enums import HandleTypeEnum

__all__ = ["HandleTypeEnum"]
`,
  'jit/commons/__init__.py': ``,
  'jit/commons/enums.py': `"""Enums handlers compare against. HandleTypeEnum is also a builtin, as the platform's examples use it unimported."""
from enum import StrEnum


class HandleTypeEnum(StrEnum):
    """The actions an approver can take on a node, in both documentation revisions' vocabularies.

    A StrEnum, so members equal their plain strings (\`HandleTypeEnum.agree == "agree"\`) and format as them.
    """

    # seed vocabulary
    agree = "agree"
    reject = "reject"
    transfer = "transfer"
    # newer revision's vocabulary (agree and reject are shared)
    submit = "submit"
    manualEnd = "manualEnd"
    refuse = "refuse"
    transmit = "transmit"
    cancel = "cancel"
`,
  'jit/commons/utils/__init__.py': ``,
  'jit/commons/utils/logger.py': `"""\`from jit.commons.utils.logger import log\`: the platform logger, recorded into the run's result."""
from _event_studio import state as _state


class _Logger:
    """debug/info/warning/error/exception like the platform's; messages accept %-style args like logging."""

    # No instance attributes: a handler cannot leave a replaced method on the shared \`log\` for later runs.
    __slots__ = ()

    # Past the cap a call costs only the \`truncated\` check: ten million log lines stay cheap.
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
        _state.emit_log("exception", f"{text}\\n{tb}" if tb else text)


log = _Logger()
logger = log

__all__ = ["log", "logger"]
`,
};

/** SHA-256 of PYTHON_SOURCES: part of the memory snapshot key (snapshot-key.ts). */
export const PYTHON_SOURCES_HASH = '9559e529f31941e784e242e1ab908139ad62fcf2ff258c62e71ed84a4a9ceb4b';
