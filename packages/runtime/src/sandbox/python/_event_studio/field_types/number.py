"""Number fields: Numeric, Money, Percent, AutoInt (data-types.md)."""
from _event_studio.field_types.base import FieldValue, needs_platform, param


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _compare(value, other, test):
    """test(value, other) when both are numbers; False otherwise (a field without a value compares false)."""
    return _is_number(value) and _is_number(other) and test(value, other)


class Numeric(FieldValue):
    """Number: unit/decimal/realDecimal; add/reduce; gt/lt/gte/lte/range; formatData; getDisplayValue."""

    __slots__ = ()
    DEFAULTS = {"unit": None, "decimal": 0, "maxDigits": 18}
    PRIVATE = ("maxDigits", "decimal", "unit")
    unit = param("unit")

    @property
    def realDecimal(self):
        """The decimal places as declared (read-only)."""
        return self._param("decimal")

    @property
    def decimal(self):
        """The decimal places (read-only); 0 when none is set."""
        return self._param("decimal") or 0

    def formatData(self, data):
        """data rounded to the field's decimal places: an int when it has none."""
        if not _is_number(data):
            return data
        places = self.decimal
        return int(round(data)) if places == 0 else round(float(data), places)

    def add(self, num):
        """Add num to the value (a value of None counts as 0)."""
        self.value = (self.value if _is_number(self.value) else 0) + num

    def reduce(self, num):
        """Subtract num from the value (a value of None counts as 0)."""
        self.value = (self.value if _is_number(self.value) else 0) - num

    def range(self, rangeList):
        """Whether min <= value <= max for rangeList [min, max]; a None bound is open."""
        low, high = (list(rangeList or ()) + [None, None])[:2]
        if not _is_number(self.value):
            return False
        return (low is None or self.value >= low) and (high is None or self.value <= high)

    def gt(self, value):
        """Whether the value is greater than value."""
        return _compare(self.value, value, lambda a, b: a > b)

    def lt(self, value):
        """Whether the value is less than value."""
        return _compare(self.value, value, lambda a, b: a < b)

    def gte(self, value):
        """Whether the value is greater than or equal to value."""
        return _compare(self.value, value, lambda a, b: a >= b)

    def lte(self, value):
        """Whether the value is less than or equal to value."""
        return _compare(self.value, value, lambda a, b: a <= b)

    def _shown(self):
        return f"{self.value:.{self.decimal}f}"

    def getDisplayValue(self):
        """The value with the field's decimal places and its unit ('' for none)."""
        if not _is_number(self.value):
            return "" if self.value is None else str(self.value)
        return f"{self._shown()}{self.unit or ''}"

    formatDbData = needs_platform("formatDbData", "produces the platform database's storage format")


class Money(Numeric):
    """Amount: as Numeric."""

    __slots__ = ()


class Percent(Numeric):
    """Percentage: the value is a fraction (0.25 is 25%), so realDecimal is decimal + 2; textValue, toJson."""

    __slots__ = ()
    DEFAULTS = {**Numeric.DEFAULTS, "unit": "%"}

    @property
    def realDecimal(self):
        """The decimal places of the stored fraction: decimal + 2 (read-only)."""
        return self.decimal + 2

    def _shown(self):
        return f"{self.value * 100:.{self.decimal}f}"

    @property
    def textValue(self):
        """The display value with its percent sign (read-only)."""
        return self.getDisplayValue()

    def toJson(self):
        """The field's configuration: name, dataType and its parameters."""
        return {"name": self.name, "dataType": str(self.type), **self.getPrivateJson()}


_ID_WHY = "takes ids from the platform's database and id cache"


class AutoInt(Numeric):
    """Auto-increment id: as Numeric; its id functions need the platform's database."""

    __slots__ = ()
    getCache = needs_platform("getCache", _ID_WHY)
    getPkValue = needs_platform("getPkValue", _ID_WHY)
    getMaxId = needs_platform("getMaxId", _ID_WHY)
    getAutoIntId = needs_platform("getAutoIntId", _ID_WHY)
    doFormat = needs_platform("doFormat", _ID_WHY)
    clearCache = needs_platform("clearCache", _ID_WHY)


TYPES = {
    "Numeric": Numeric,
    "Money": Money,
    "Percent": Percent,
    "AutoInt": AutoInt,
    # spellings the studio already types as numbers (rows.NUMBER_TYPES)
    "Integer": Numeric,
    "Float": Numeric,
    "Decimal": Numeric,
}
