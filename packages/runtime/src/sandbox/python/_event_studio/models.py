"""Models over the run's sample rows: get, query, create, updateByPK, deleteByPK; writes are recorded."""
import ast
import copy

from _event_studio import state
from _event_studio.plain import to_plain
from _event_studio.rows import Row

PK = "id"
_LOOKUPS = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "gt": lambda a, b: a is not None and a > b,
    "gte": lambda a, b: a is not None and a >= b,
    "lt": lambda a, b: a is not None and a < b,
    "lte": lambda a, b: a is not None and a <= b,
    "in": lambda a, b: a in b,
    "nin": lambda a, b: a not in b,
    "contains": lambda a, b: a is not None and b in a,
    "startswith": lambda a, b: isinstance(a, str) and a.startswith(b),
    "endswith": lambda a, b: isinstance(a, str) and a.endswith(b),
    "isnull": lambda a, b: (a is None) == bool(b),
}


def _condition(field, expected):
    name, _, op = field.partition("__")
    test = _LOOKUPS.get(op or "eq")
    if test is None:
        raise ValueError(f"unknown filter lookup '__{op}' in '{field}'; known: {', '.join(_LOOKUPS)}")
    want = to_plain(expected)

    def check(plain):
        try:
            return test(plain.get(name), want)
        except TypeError:
            return False

    return check


def _from_mapping(mapping):
    checks = [_condition(k, v) for k, v in mapping.items()]
    return lambda plain: all(c(plain) for c in checks)


def _from_q(node):
    """A predicate from a parsed `Q(a=1) & (Q(b__gt=2) | ~Q(c="x"))` expression (literals only)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Q" and not node.args:
        return _from_mapping({kw.arg: ast.literal_eval(kw.value) for kw in node.keywords})
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr)):
        left, right = _from_q(node.left), _from_q(node.right)
        if isinstance(node.op, ast.BitAnd):
            return lambda p: left(p) and right(p)
        return lambda p: left(p) or right(p)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert):
        inner = _from_q(node.operand)
        return lambda p: not inner(p)
    raise ValueError("a string filter must be Q(field=value, …) combined with &, | and ~")


def predicate(filter):
    """A plain-row predicate for the filters handlers pass: None, a dict, a Q(...) string, a pk or a callable."""
    if filter is None or filter == "" or filter == {}:
        return lambda plain: True
    if isinstance(filter, dict):
        return _from_mapping(filter)
    if isinstance(filter, str) and filter.lstrip().startswith(("Q(", "~Q(", "(")):
        return _from_q(ast.parse(filter.strip(), mode="eval").body)
    if isinstance(filter, (int, str)):
        return _from_mapping({PK: filter})
    if callable(filter):
        return filter
    raise ValueError(f"unsupported filter {filter!r}: use a dict, a Q(...) string or a primary key")


def _pk_list(pks):
    return list(pks) if isinstance(pks, (list, tuple, set)) else [pks]


class ModelElement:
    """`app.getElement("models.X")`: the model's rows for this run, in memory."""

    def __init__(self, full_name, schema, rows):
        self.fullName = full_name
        self.name = full_name.rsplit(".", 1)[-1]
        self._schema = schema
        self._rows = [dict(r) for r in rows]

    def __repr__(self):
        return f"<model {self.fullName}: {len(self._rows)} rows>"

    def _row(self, plain):
        return Row(self.fullName, self._schema, plain, on_save=self._save_row)

    def _save_row(self, row):
        changed = row.changed_fields()
        data = {n: to_plain(row._fields[n].value) for n in changed}
        pk = row._plain.get(PK)
        state.current.model_writes.append({"model": self.fullName, "op": "updateByPK", "args": {"pks": [pk], "data": data}})
        row._plain.update(data)
        row._fields.clear()

    def _select(self, filter, orderList=None):
        test = predicate(filter)
        rows = [r for r in self._rows if test(r)]
        for spec in reversed(orderList or []):
            field, direction = (spec[0], spec[1]) if isinstance(spec, (list, tuple)) else (spec.lstrip("-"), -1 if spec.startswith("-") else 1)
            rows.sort(key=lambda r: (r.get(field) is None, r.get(field)), reverse=direction in (-1, "desc", "DESC"))
        return rows

    def get(self, filter=None, *args, orderList=None, **kwargs):
        """The first row matching filter, or None."""
        rows = self._select(filter, orderList)
        return self._row(rows[0]) if rows else None

    def query(self, filter=None, fieldList=None, orderList=None, page=None, size=None, *args, **kwargs):
        """`{"rowDatas": [rows], "totalCount": n}` for the rows matching filter, paged when page/size are given."""
        rows = self._select(filter, orderList)
        total = len(rows)
        if size:
            start = (max(int(page or 1), 1) - 1) * int(size)
            rows = rows[start : start + int(size)]
        return {"rowDatas": [self._row(r) for r in rows], "totalCount": total}

    def create(self, row=None, *args, **kwargs):
        """Add a row (a dict or keyword fields); it gets the next id when it has none."""
        data = to_plain(row.toDict() if isinstance(row, Row) else dict(row or {}, **kwargs))
        if data.get(PK) is None:
            ids = [r.get(PK) for r in self._rows if isinstance(r.get(PK), int)]
            data[PK] = max(ids, default=0) + 1
        self._rows.append(data)
        state.current.model_writes.append({"model": self.fullName, "op": "create", "args": {"row": copy.deepcopy(data)}})
        return self._row(data)

    def updateByPK(self, pks, data=None, *args, **kwargs):
        """Update the rows whose id is in pks with data; returns how many matched."""
        keys = _pk_list(pks)
        values = to_plain(dict(data or {}, **kwargs))
        state.current.model_writes.append(
            {"model": self.fullName, "op": "updateByPK", "args": {"pks": to_plain(keys), "data": values}}
        )
        hits = [r for r in self._rows if r.get(PK) in keys]
        for r in hits:
            r.update(values)
        return len(hits)

    def deleteByPK(self, pks, *args, **kwargs):
        """Delete the rows whose id is in pks; returns how many matched."""
        keys = _pk_list(pks)
        state.current.model_writes.append({"model": self.fullName, "op": "deleteByPK", "args": {"pks": to_plain(keys)}})
        before = len(self._rows)
        self._rows = [r for r in self._rows if r.get(PK) not in keys]
        return before - len(self._rows)
