"""`app.getElement("models.X")`: the JitAI data model functions over the run's sample rows.

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
    """`app.getElement("models.X")`: the model's rows for this run, in memory."""

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
        """`Model(**row)`: an instance to save() or delete(), as data-models.md's earlier save/delete examples and
        model-performance-optimization.md write (`productTable(**product).save()`)."""
        data = row_data(fields, f"{self.name}(**fields)")
        return Row(self.fullName, self._schema, data, on_save=RowBinding(self, instance=True))

    # ---- reading -------------------------------------------------------------------------------

    def get(self, filter, orderList=None, level=2):
        """The first row matching filter (after orderList), or None. level: related data depth, which
        sample rows already carry as given."""
        rows = self._select(filter, orderList)
        return self._row(rows[0]) if rows else None

    def query(self, filter=None, fieldList=None, orderList=None, page=None, size=None, level=2):
        """`{"rowDatas": [rows], "totalCount": n}`: the rows matching filter, paged when size is given."""
        fields = self._fields(fieldList, "query")
        rows = self._select(filter, orderList)
        return {"rowDatas": [self._row(r, fields) for r in page_rows(rows, page, size)], "totalCount": len(rows)}

    def groupBy(self, filter, fieldList, orderList=None, page=None, size=None):
        """One dict per group: `["status", "COUNT(*) as count"]` → [{"status": "active", "count": 2}, …]."""
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
        """{field: value} for `{"age": "AVG", "salary": "SUM"}` over the matching rows."""
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
