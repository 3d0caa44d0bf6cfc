"""Models over the run's sample rows: get, query, create, updateByPK, deleteByPK; writes are recorded."""
import copy

from _event_studio import state
from _event_studio.plain import to_plain
from _event_studio.q import Q, as_predicate, parse_filter
from _event_studio.rows import Row

PK = "id"


def predicate(filter):
    """A plain-row predicate for the filters handlers pass (all model functions that take a filter use it):
    a Q object, a Q(...) string (parsed, never evaluated), a dict of Django-like lookups, a primary key
    or a callable. None, "" and {} match every row."""
    if filter is None or (isinstance(filter, (str, dict)) and not filter):
        return lambda plain: True
    if isinstance(filter, Q):
        return as_predicate(filter)
    if isinstance(filter, dict):
        return Q.from_mapping(filter).matches
    if isinstance(filter, str):
        text = filter.strip()
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
