"""Aggregates over plain rows: `aggregate`, `statisticFieldData` and `groupBy` (JitAI data-models.md).

The docs name the types SUM, AVG, COUNT, MAX and MIN (aggregate's aggrType) and show a groupBy
fieldList of `["status", "COUNT(*) as count"]`. They run with SQL's meaning, as the platform runs
them in its database: nulls are skipped, COUNT(field) counts non-null values, and SUM/AVG/MAX/MIN
of no values is None.
"""
import re

from _event_studio.model_order import sort_key

AGGREGATES = ("SUM", "AVG", "COUNT", "MAX", "MIN")
_CALL = re.compile(r"^\s*([A-Za-z_]+)\s*\(\s*(\*|[\w.]+)\s*\)\s*(?:(?:as|AS|As)\s+(\w+))?\s*$")


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
    """`aggregate(filter, aggrField, aggrType)`'s value over rows already filtered."""
    kind = _kind(aggrType, f"aggregate(aggrField={aggrField!r})")
    return aggregate_values(column(rows, aggrField), kind, aggrField)


def statistic(rows, fieldAggrMap):
    """`statisticFieldData`: {field: value} for `{"age": "AVG", "salary": "SUM"}`."""
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
