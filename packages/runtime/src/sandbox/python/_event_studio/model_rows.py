"""What ties a row to its model, so `row.save()` and `row.delete()` (data-models.md member functions) reach it;
and the list that groupBy and getExportData return."""


class RowBinding:
    """A model row's `_on_save`: Row.save/Row.delete call `.save`/`.delete` with the row and triggerEvent.

    pk is the primary key when the row itself may not hold it (a query with a fieldList without "id");
    instance is True for `Model(**fields)`, whose save adds the row or writes its fields over the stored one.
    """

    __slots__ = ("model", "pk", "instance")

    def __init__(self, model, pk=None, instance=False):
        self.model = model
        self.pk = pk
        self.instance = instance

    def save(self, row, triggerEvent=1):
        return self.model._save_row(row, self, triggerEvent)

    def delete(self, row, triggerEvent=1):
        return self.model._delete_row(row, self, triggerEvent)

    def __call__(self, row):
        """The older Row.save called on_save(row)."""
        return self.save(row)


def delete_unbound(row, triggerEvent=1):
    """`delete()` on a row no model query returned (the event's own row): deleted from its model's rows."""
    from _event_studio.app import app  # here, not at import: app imports the models

    model = row._model
    if not model or not str(model).startswith("models."):
        raise ValueError("delete(): this row belongs to no model, so there is nothing to delete it from")
    element = app.getElement(model)
    return element._delete_row(row, RowBinding(element), triggerEvent)


class ResultList(list):
    """A list of results that also answers `result["rowDatas"]` and `result["totalCount"]`.

    The docs show no return value for groupBy or getExportData; their arguments are query's (filter,
    fieldList, page, size), whose result is {"rowDatas", "totalCount"}. Code written either way works.
    """

    __slots__ = ("totalCount",)

    def __init__(self, items, totalCount):
        super().__init__(items)
        self.totalCount = totalCount

    def __getitem__(self, key):
        if key == "rowDatas":
            return list(self)
        if key == "totalCount":
            return self.totalCount
        return super().__getitem__(key)

    def get(self, key, default=None):
        return self[key] if key in ("rowDatas", "totalCount") else default
