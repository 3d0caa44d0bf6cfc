"""Row fields: RowData, RowList, SubTable, RelateData, MultiRelateData, QFilter (data-types.md).

In a sandbox row these hold plain data: a RowData/RelateData a dict (or the related row's key), a
RowList/SubTable a list of dicts. What reads or writes the platform's database (save, delete,
refresh, filtering by Q, related-row loading) raises NotInSandbox.
"""
from _event_studio.field_types.base import FieldValue, needs_platform, param

_DB = "reads or writes the platform's database"
_STORAGE = "converts between the platform's storage and variable formats"
_SUB_CONFIG = "builds the platform's loop-variable configuration"


class RowData(FieldValue):
    """One row: pkData; toDict, update, reset."""

    __slots__ = ()
    DEFAULTS = {"generic": None}
    PRIVATE = ("generic",)

    def _dict(self):
        return self.value if isinstance(self.value, dict) else {}

    @property
    def pkData(self):
        """The row's primary key: its `id`, else the value itself when it is a bare key (read-only)."""
        return self._dict().get("id") if isinstance(self.value, dict) else self.value

    def toDict(self):
        """The row as a dict."""
        return dict(self._dict())

    def update(self, **kwargs):
        """Set fields of the row."""
        self.value = {**self._dict(), **kwargs}

    def reset(self):
        """Empty the row; returns the field."""
        self.value = None
        return self

    refresh = needs_platform("refresh", _DB)


def _cell(row, field):
    return row.get(field) if isinstance(row, dict) else getattr(row, field, None)


def _column(valueList, fieldId):
    return [_cell(row, fieldId) for row in valueList or ()]


def _numbers(values):
    return [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]


class RowList(FieldValue):
    """Several rows: length/firstRow; append/reset; getFirstValue/getLastValue/getList; column getMax/getSum…"""

    __slots__ = ()
    DEFAULTS = {"generic": None}
    PRIVATE = ("generic",)

    def _list(self):
        value = self.value
        return [] if value is None or value == "" else value if isinstance(value, list) else [value]

    length = property(lambda self: len(self._list()), doc="How many rows (read-only).")
    firstRow = property(lambda self: self.getFirstValue(), doc="The first row; None when empty (read-only).")

    def append(self, data):
        """Add a row, or each row of a list."""
        self.value = self._list() + (list(data) if isinstance(data, list) else [data])

    def reset(self):
        """Empty the rows; returns the field."""
        self.value = []
        return self

    def getList(self):
        """The rows, as a list."""
        return list(self._list())

    def getFirstValue(self):
        """The first row; None when empty."""
        rows = self._list()
        return rows[0] if rows else None

    def getLastValue(self):
        """The last row; None when empty."""
        rows = self._list()
        return rows[-1] if rows else None

    def getMax(self, valueList, fieldId):
        """The largest value of column fieldId in valueList (None when it has none)."""
        values = [v for v in _column(valueList, fieldId) if v is not None]
        return max(values) if values else None

    def getMin(self, valueList, fieldId):
        """The smallest value of column fieldId in valueList (None when it has none)."""
        values = [v for v in _column(valueList, fieldId) if v is not None]
        return min(values) if values else None

    def getSum(self, valueList, fieldId):
        """The sum of the numbers in column fieldId."""
        return sum(_numbers(_column(valueList, fieldId)))

    def getAvg(self, valueList, fieldId):
        """The average of the numbers in column fieldId (None when it has none)."""
        numbers = _numbers(_column(valueList, fieldId))
        return sum(numbers) / len(numbers) if numbers else None

    def getNullCount(self, valueList, fieldId):
        """How many rows have no value in column fieldId."""
        return sum(1 for v in _column(valueList, fieldId) if v is None or v == "")

    def getNotNullCount(self, valueList, fieldId):
        """How many rows have a value in column fieldId."""
        return len(list(valueList or ())) - self.getNullCount(valueList, fieldId)

    def getDistinctCount(self, valueList, fieldId):
        """How many distinct values column fieldId holds."""
        return len({repr(v) for v in _column(valueList, fieldId)})

    Model = property(needs_platform("Model", "is the platform's model class"), doc="The model class (needs the platform).")
    save = needs_platform("save", _DB)
    delete = needs_platform("delete", _DB)
    update = needs_platform("update", _DB)
    filter = needs_platform("filter", "filters the rows with a Q expression in the platform's database")
    aggregate = needs_platform("aggregate", _DB)
    generateSubConfig = needs_platform("generateSubConfig", _SUB_CONFIG)
    transToJitMap = needs_platform("transToJitMap", "builds a platform JitMap variable")


class SubTable(RowList):
    """Sub-table: relateField/relateType/relateFieldType/relateFieldTitle (declared); firstRow/lastRow; orderBy/slice/toDict."""

    __slots__ = ()
    DEFAULTS = {**RowList.DEFAULTS, "relateType": "sub", "relateField": None, "relateFieldTitle": None, "relateFieldType": None}
    PRIVATE = ("relateType", "relateField", "relateFieldTitle", "relateFieldType")
    relateField = param("relateField")
    relateType = param("relateType")
    relateFieldType = param("relateFieldType")
    relateFieldTitle = param("relateFieldTitle")
    lastRow = property(lambda self: self.getLastValue(), doc="The last row; None when empty (read-only).")

    def orderBy(self, *key):
        """Sort the rows by the named columns ("-name" descending); returns the field."""
        rows = list(self._list())
        for name in reversed(key):
            field = name.lstrip("-")
            present = [r for r in rows if _cell(r, field) is not None]
            missing = [r for r in rows if _cell(r, field) is None]
            present.sort(key=lambda r: _cell(r, field), reverse=name.startswith("-"))
            rows = present + missing
        self.value = rows
        return self

    def slice(self, start, end):
        """Keep rows start to end, both included; returns the field."""
        self.value = self._list()[start : end + 1]
        return self

    def toDict(self):
        """The rows as a list of dicts."""
        return [dict(r) if isinstance(r, dict) else r for r in self._list()]

    resetFilter = needs_platform("resetFilter", _DB)
    get = needs_platform("get", "filters the rows with a Q expression in the platform's database")
    formatData = needs_platform("formatData", _STORAGE)
    doFormat = needs_platform("doFormat", _STORAGE)
    doWrite = needs_platform("doWrite", _DB)
    getRelateData = needs_platform("getRelateData", _DB)


class RelateData(RowData):
    """Related record: cascade (declared, "value"); save/delete/relateRowData need the platform's database."""

    __slots__ = ()
    DEFAULTS = {
        **RowData.DEFAULTS,
        "relateType": None,
        "relateField": None,
        "relateFieldTitle": None,
        "relateFieldType": None,
        "cascade": "value",
    }
    PRIVATE = ("relateType", "relateField", "relateFieldTitle", "generic", "relateFieldType")
    cascade = param("cascade")
    relateRowData = property(needs_platform("relateRowData", "loads the related row from the platform's database"))
    dbFieldType = property(needs_platform("dbFieldType", _STORAGE))
    dbConfig = property(needs_platform("dbConfig", _STORAGE))
    save = needs_platform("save", _DB)
    delete = needs_platform("delete", _DB)
    formatDbData = needs_platform("formatDbData", _STORAGE)
    doFormat = needs_platform("doFormat", _STORAGE)
    getDisplayValue = needs_platform("getDisplayValue", "reads the related row's title from the platform's database")
    getRelateData = needs_platform("getRelateData", _DB)


class MultiRelateData(RowList, RelateData):
    """Related records: as RowList, with RelateData's declaration."""

    __slots__ = ()
    DEFAULTS = RelateData.DEFAULTS
    PRIVATE = RelateData.PRIVATE


class QFilter(FieldValue):
    """Filter condition: append(q) combines a Q expression into the value with &."""

    __slots__ = ()

    def append(self, q):
        """Add q to the condition (value & q)."""
        self.value = q if self.value is None else self.value & q


TYPES = {
    "RowData": RowData,
    "RowList": RowList,
    "SubTable": SubTable,
    "RelateData": RelateData,
    "MultiRelateData": MultiRelateData,
    "QFilter": QFilter,
}
