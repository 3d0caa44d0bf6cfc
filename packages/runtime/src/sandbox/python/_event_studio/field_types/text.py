"""Text fields: Stext, Ltext, RichText, Serial, Identify, LicensePlate, Phone, Signature (data-types.md)."""
import datetime
import html
import re

from _event_studio.field_types.base import FieldValue, needs_platform, param

_TAGS = re.compile(r"<[^>]*>")
# Ltext's getList/getFirstValue/getLastValue split "by /t" (data-types.md, en and zh): read as a tab.
_LTEXT_SEPARATOR = "\t"
_LTEXT_DISPLAY_CHARS = 200


def _text(value):
    return "" if value is None else str(value)


class Stext(FieldValue):
    """Single-line text: `length`; append/remove; cnin/ncnin/cninList/ncninList/sw/ew."""

    __slots__ = ()
    DEFAULTS = {"limit": False, "maxLen": 255, "minLen": 0}

    @property
    def length(self):
        """Text length (read-only)."""
        return len(_text(self.value))

    def append(self, value):
        """Append text to the value."""
        self.value = _text(self.value) + _text(value)

    def remove(self, value):
        """Remove every occurrence of a substring from the value."""
        self.value = _text(self.value).replace(_text(value), "")

    def cnin(self, value):
        """Whether the text contains value."""
        return _text(value) in _text(self.value)

    def ncnin(self, value):
        """Whether the text does not contain value."""
        return not self.cnin(value)

    def cninList(self, valueList):
        """Whether the text contains any of the values."""
        return any(self.cnin(v) for v in valueList or ())

    def ncninList(self, valueList):
        """Whether the text contains none of the values."""
        return not self.cninList(valueList)

    def sw(self, value):
        """Whether the text starts with value."""
        return _text(self.value).startswith(_text(value))

    def ew(self, value):
        """Whether the text ends with value."""
        return _text(self.value).endswith(_text(value))

    genQrCode = needs_platform("genQrCode", "renders a QR code with the platform's service")
    genBarcode = needs_platform("genBarcode", "renders a barcode with the platform's service")


class Ltext(Stext):
    """Multi-line text: getDisplayValue (first 200 characters), getFirstValue/getLastValue/getList."""

    __slots__ = ()
    DEFAULTS = {**Stext.DEFAULTS, "maxLen": 1024}

    def getDisplayValue(self):
        """The text, cut after 200 characters."""
        return _text(self.value)[:_LTEXT_DISPLAY_CHARS]

    def getList(self):
        """The text split at tabs."""
        return _text(self.value).split(_LTEXT_SEPARATOR) if self.value not in (None, "") else []

    def getFirstValue(self):
        """The first tab-separated part ('' for none)."""
        parts = self.getList()
        return parts[0] if parts else ""

    def getLastValue(self):
        """The last tab-separated part ('' for none)."""
        parts = self.getList()
        return parts[-1] if parts else ""


class RichText(Stext):
    """Rich text: `textValue` (HTML tags removed); getDisplayValue is that text."""

    __slots__ = ()

    @property
    def textValue(self):
        """The text without HTML tags (read-only)."""
        return html.unescape(_TAGS.sub("", _text(self.value)))

    def getDisplayValue(self):
        """The plain text."""
        return self.textValue


_SERIAL_WHY = "draws the next number from the platform's serial-number cache"


class Serial(Stext):
    """Serial number: getPrivateJson; its number generation needs the platform's cache."""

    __slots__ = ()
    DEFAULTS = {
        **Stext.DEFAULTS,
        "prefix": None,
        "connector": None,
        "dateTimeFormat": "YYYYMMDD",
        "incNum": 2,
        "startNumber": 1,
        "fieldId": None,
    }
    PRIVATE = ("prefix", "connector", "dateTimeFormat", "incNum", "startNumber", "fieldId")

    doFormat = needs_platform("doFormat", _SERIAL_WHY)
    getSerialKey = needs_platform("getSerialKey", _SERIAL_WHY)
    getDbValueKey = needs_platform("getDbValueKey", _SERIAL_WHY)
    getInnerKey = needs_platform("getInnerKey", _SERIAL_WHY)
    getMaxSerial = needs_platform("getMaxSerial", "reads the largest serial number from the platform's database")
    getNumber = needs_platform("getNumber", _SERIAL_WHY)
    newSerialNumber = needs_platform("newSerialNumber", _SERIAL_WHY)
    getSerialNumber = needs_platform("getSerialNumber", _SERIAL_WHY)
    bulkGetSerialNumber = needs_platform("bulkGetSerialNumber", _SERIAL_WHY)
    getSerialNumberList = needs_platform("getSerialNumberList", _SERIAL_WHY)
    clearCache = needs_platform("clearCache", "clears the platform's serial-number cache")


# GB 11643 region codes: the first two digits of a resident ID number name the province.
_PROVINCES = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古", "21": "辽宁", "22": "吉林",
    "23": "黑龙江", "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西",
    "37": "山东", "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南",
    "50": "重庆", "51": "四川", "52": "贵州", "53": "云南", "54": "西藏", "61": "陕西", "62": "甘肃",
    "63": "青海", "64": "宁夏", "65": "新疆", "71": "台湾", "81": "香港", "82": "澳门",
}


class Identify(Stext):
    """ID number: address (province), birthday, age, gender, read from an 18-digit resident ID."""

    __slots__ = ()

    def _digits(self):
        text = _text(self.value).strip()
        return text if len(text) == 18 and text[:17].isdigit() else None

    @property
    def address(self):
        """The province the number was issued in (read-only; None when not an ID number)."""
        digits = self._digits()
        return _PROVINCES.get(digits[:2]) if digits else None

    @property
    def birthday(self):
        """The birth date (read-only; None when not an ID number)."""
        digits = self._digits()
        try:
            return datetime.date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14])) if digits else None
        except ValueError:
            return None

    @property
    def age(self):
        """Whole years since the birthday, today (read-only)."""
        born = self.birthday
        if born is None:
            return None
        today = datetime.date.today()
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    @property
    def gender(self):
        """"男" or "女" from the 17th digit (odd: 男) (read-only)."""
        digits = self._digits()
        return ("男" if int(digits[16]) % 2 else "女") if digits else None


class LicensePlate(Stext):
    """License plate: `maxLen` (12), provinceCode()."""

    __slots__ = ()
    DEFAULTS = {**Stext.DEFAULTS, "maxLen": 12}
    PRIVATE = ("maxLen",)
    maxLen = param("maxLen")

    def provinceCode(self):
        """The province abbreviation: the plate's first character."""
        return _text(self.value)[:1]


class Phone(Stext):
    """Phone number: `rules` ("eleven"), `maxLen` (11)."""

    __slots__ = ()
    DEFAULTS = {**Stext.DEFAULTS, "rules": "eleven", "maxLen": 11}
    PRIVATE = ("rules",)
    rules = param("rules")
    maxLen = param("maxLen")


class Signature(FieldValue):
    """Handwritten signature: `mode` ("new" or "prev")."""

    __slots__ = ()
    DEFAULTS = {"mode": "new"}
    PRIVATE = ("mode",)
    mode = param("mode")


TYPES = {
    "Stext": Stext,
    "Ltext": Ltext,
    "RichText": RichText,
    "Serial": Serial,
    "Identify": Identify,
    "LicensePlate": LicensePlate,
    "Phone": Phone,
    "Signature": Signature,
}
