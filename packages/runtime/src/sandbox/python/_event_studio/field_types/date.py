"""Date fields: Date, Datetime, Time (data-types.md)."""
import datetime

from _event_studio.field_types.base import FieldValue, needs_platform, param

# dateTimeFormat tokens (dayjs style, as the docs write them: YYYY-MM-DD, HH:mm:ss) → strftime
_TOKENS = (("YYYY", "%Y"), ("MM", "%m"), ("DD", "%d"), ("HH", "%H"), ("mm", "%M"), ("ss", "%S"))
_STORAGE = "produces the platform database's storage format"


def _strftime(fmt):
    for token, directive in _TOKENS:
        fmt = fmt.replace(token, directive)
    return fmt


def _add_months(value, n):
    """value moved n months, the day clamped to the target month's length (Jan 31 + 1 month → Feb 28/29)."""
    months = value.year * 12 + value.month - 1 + n
    year, month = divmod(months, 12)
    month += 1
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    last = (following - datetime.timedelta(days=1)).day
    return value.replace(year=year, month=month, day=min(value.day, last))


def _as_date(value):
    return value if isinstance(value, datetime.date) else None


class Date(FieldValue):
    """Date: dt/year/quarter/month/weekOfYear/day/weekDay; add*/reduce*; gt/lt/gte/lte/range; getDisplayValue."""

    __slots__ = ()
    DEFAULTS = {
        "dateTimeType": None,
        "dateTimeFormat": None,
        "createDefault": False,
        "updateDefault": False,
        "autoAssign": None,
    }
    PRIVATE = ("dateTimeType", "dateTimeFormat", "createDefault", "updateDefault", "autoAssign")
    dateTimeType = param("dateTimeType")
    dateTimeFormat = param("dateTimeFormat")
    createDefault = param("createDefault")
    updateDefault = param("updateDefault")
    autoAssign = param("autoAssign")
    _DEFAULT_FORMAT = "%Y-%m-%d"

    def _part(self, pick):
        value = _as_date(self.value)
        return None if value is None else pick(value)

    @property
    def dt(self):
        """The date as a "%Y-%m-%d" string (read-write)."""
        return self._part(lambda v: v.strftime("%Y-%m-%d"))

    @dt.setter
    def dt(self, text):
        day = datetime.date.fromisoformat(str(text)[:10])
        value = self.value
        self.value = value.replace(year=day.year, month=day.month, day=day.day) if isinstance(value, datetime.date) else day

    year = property(lambda self: self._part(lambda v: v.year), doc="Year (read-only).")
    quarter = property(lambda self: self._part(lambda v: (v.month - 1) // 3 + 1), doc="Quarter, 1–4 (read-only).")
    month = property(lambda self: self._part(lambda v: v.month), doc="Month, 1–12 (read-only).")
    weekOfYear = property(lambda self: self._part(lambda v: v.isocalendar()[1]), doc="ISO week of the year (read-only).")
    day = property(lambda self: self._part(lambda v: v.day), doc="Day of the month (read-only).")
    weekDay = property(lambda self: self._part(lambda v: v.isoweekday()), doc="Day of the week, Monday 1 … Sunday 7 (read-only).")

    def _shift(self, days=0, months=0):
        value = _as_date(self.value)
        if value is None:
            return
        if months:
            value = _add_months(value, months)
        self.value = value + datetime.timedelta(days=days)

    def addYear(self, n):
        """Move the value n years on."""
        self._shift(months=12 * n)

    def addQuarter(self, n):
        """Move the value n quarters on."""
        self._shift(months=3 * n)

    def addMonth(self, n):
        """Move the value n months on (the day clamped to the month's length)."""
        self._shift(months=n)

    def addWeek(self, n):
        """Move the value n weeks on."""
        self._shift(days=7 * n)

    def addWeekOfYear(self, n):
        """Move the value n weeks on."""
        self._shift(days=7 * n)

    def addDay(self, n):
        """Move the value n days on."""
        self._shift(days=n)

    def reduceYear(self, n):
        """Move the value n years back."""
        self.addYear(-n)

    def reduceQuarter(self, n):
        """Move the value n quarters back."""
        self.addQuarter(-n)

    def reduceMonth(self, n):
        """Move the value n months back."""
        self.addMonth(-n)

    def reduceWeek(self, n):
        """Move the value n weeks back."""
        self.addWeek(-n)

    def reduceWeekOfYear(self, n):
        """Move the value n weeks back."""
        self.addWeekOfYear(-n)

    def reduceDay(self, n):
        """Move the value n days back."""
        self.addDay(-n)

    def _format(self):
        fmt = self._param("dateTimeFormat")
        return _strftime(fmt) if isinstance(fmt, str) and fmt else self._DEFAULT_FORMAT

    def getValue(self):
        """The value as a string in the field's format ('' for none)."""
        return self.getDisplayValue()

    def getDisplayValue(self):
        """The value in the field's dateTimeFormat (default %Y-%m-%d, %Y-%m-%d %H:%M:%S for Datetime)."""
        value = _as_date(self.value)
        if value is None:
            return "" if self.value is None else str(self.value)
        return value.strftime(self._format())

    def getDefaultTime(self):
        """Now, as the field's string."""
        return datetime.datetime.now().strftime(self._format())

    def _other(self, other):
        """other as this field's kind of value (a date, or a datetime for Datetime), or None."""
        if isinstance(other, FieldValue):
            other = other.value
        if isinstance(other, str):
            try:
                other = datetime.datetime.fromisoformat(other)
            except ValueError:
                return None
        if isinstance(other, datetime.datetime) and not isinstance(self.value, datetime.datetime):
            return other.date()
        if isinstance(other, datetime.date) and not isinstance(other, datetime.datetime) and isinstance(self.value, datetime.datetime):
            return datetime.datetime(other.year, other.month, other.day)
        return other if isinstance(other, datetime.date) else None

    def _compare(self, other, test):
        value, other = _as_date(self.value), self._other(other)
        return value is not None and other is not None and test(value, other)

    def gt(self, value):
        """Whether the value is later than value (a date, datetime or ISO string)."""
        return self._compare(value, lambda a, b: a > b)

    def lt(self, value):
        """Whether the value is earlier than value."""
        return self._compare(value, lambda a, b: a < b)

    def gte(self, value):
        """Whether the value is value or later."""
        return self._compare(value, lambda a, b: a >= b)

    def lte(self, value):
        """Whether the value is value or earlier."""
        return self._compare(value, lambda a, b: a <= b)

    def range(self, rangeList):
        """Whether min <= value <= max for rangeList [min, max]; a None bound is open."""
        low, high = (list(rangeList or ()) + [None, None])[:2]
        if _as_date(self.value) is None:
            return False
        return (low is None or self.gte(low)) and (high is None or self.lte(high))

    formatDbData = needs_platform("formatDbData", _STORAGE)
    doFormat = needs_platform("doFormat", _STORAGE)
    fillBizValue = needs_platform("fillBizValue", "fills default values while the platform saves a row")
    getCompareValue = needs_platform("getCompareValue", "builds a TQL comparison for the platform's database")


class Datetime(Date):
    """Date and time: as Date, plus hour/minute/second/date."""

    __slots__ = ()
    _DEFAULT_FORMAT = "%Y-%m-%d %H:%M:%S"

    def _clock(self, pick):
        value = self.value
        return pick(value) if isinstance(value, (datetime.datetime, datetime.time)) else None

    hour = property(lambda self: self._clock(lambda v: v.hour), doc="Hour (read-only).")
    minute = property(lambda self: self._clock(lambda v: v.minute), doc="Minute (read-only).")
    second = property(lambda self: self._clock(lambda v: v.second), doc="Second (read-only).")

    @property
    def date(self):
        """The date part (read-only)."""
        value = self.value
        return value.date() if isinstance(value, datetime.datetime) else _as_date(value)


class Time(Datetime):
    """Time of day: the value is a "HH:mm:ss" string; hour/minute/second read from it."""

    __slots__ = ()
    _DEFAULT_FORMAT = "%H:%M:%S"

    def _clock(self, pick):
        value = self.value
        if isinstance(value, str):
            try:
                value = datetime.time.fromisoformat(value)
            except ValueError:
                return None
        return super()._clock(pick) if not isinstance(value, datetime.time) else pick(value)

    doRead = needs_platform("doRead", "reads a row of the platform's database")


TYPES = {"Date": Date, "Datetime": Datetime, "Time": Time}
