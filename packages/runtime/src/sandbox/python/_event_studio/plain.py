"""Turning Python values into plain JSON data: nothing but JSON ever leaves the sandbox."""
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
