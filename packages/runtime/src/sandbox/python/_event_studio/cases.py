"""Runs one case of element-method-cases.json through the Python element, for the shared-table test."""

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
    """`{"element": normalised ApprovalEvent, "method", "input"}` → the method's result as JSON."""
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
