"""The approval event element as `app.getElement("events.x")` returns it.

Semantics mirror packages/runtime/src/element/element-methods.ts; element-method-cases.json pins both.
"""
import inspect
import re

from _event_studio.plain import to_plain
from _event_studio.rows import EventOutData, Row, Value
from jit.commons.enums import HandleTypeEnum

# The extras each operate passes after eventOutData, in the seed's argument order.
EXTRAS = {"Process": (), "NodeChange": ("triggerNode",), "NodeHandled": ("handleType", "nodeId", "nodeTitle")}
_PREFIX = re.compile(r"^(after|before)\.")
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
    """eventOutData for a run: row and status, plus the operate's node facts with `.value`.

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
    `def f(eventOutData)` gets eventOutData alone in both revisions, `def f(eventOutData, triggerNode)`
    the node too, `*args` everything. A signature that cannot be read gets everything. Read once per
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
    """`getSender`, `isValid`, `handleNode`, `buildTaskParams`, `recoverTaskParams`, `operate`, `config`."""

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
        """`"<model>_<operate>"`, as model events name their sender."""
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
        """`{row, status, modelFullName}` plus the operate's extras (trigger node without its prefix)."""
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
