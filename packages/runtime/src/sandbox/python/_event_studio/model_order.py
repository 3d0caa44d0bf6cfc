"""orderList and page/size over plain rows (JitAI data-models.md: `[["name", 1], ["age", -1]]`, 1 ascending,
-1 descending; page starts at 1)."""
import datetime
import re

_DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}")
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
