"""The filters model functions take (JitAI data-models.md: "filter: Q expression filter condition"), as row tests."""
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
