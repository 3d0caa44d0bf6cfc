"""One model's rows for the whole run, in memory, and the record of every write that changes them."""
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
    """Primary keys match as given or as text (`Q('id', '=', '1')` in data-models.md finds id 1)."""
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
