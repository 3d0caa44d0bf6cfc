"""Dict fields: JitDict, Address, Position, Link, JitMap (data-types.md).

The docs name the properties (province, city, district, lng, lat, linkTitle, url) but not the keys
of the value; the sandbox reads keys of those same names, and takes a plain string as the whole
address (Address/Position) or the url (Link), the shapes the studio's sample rows use.
"""
from _event_studio.field_types.base import FieldValue, needs_platform, param

_STORAGE = "converts between the platform's storage and variable formats"


class JitDict(FieldValue):
    """Dictionary: KVCount; reset, toDict."""

    __slots__ = ()
    DEFAULTS = {"variableList": []}
    PRIVATE = ("variableList",)

    def _dict(self):
        return self.value if isinstance(self.value, dict) else {}

    KVCount = property(lambda self: len(self._dict()), doc="How many keys (read-only).")

    def _get(self, key):
        return self._dict().get(key)

    def reset(self):
        """Empty the dictionary."""
        self.value = {}

    def toDict(self):
        """The value as a dict."""
        return dict(self._dict())

    formatDbData = needs_platform("formatDbData", _STORAGE)
    formatData = needs_platform("formatData", _STORAGE)
    parseSubTableData = needs_platform("parseSubTableData", _STORAGE)
    parseRelateData = needs_platform("parseRelateData", _STORAGE)


_LEVELS = ("province", "city", "district")


class Address(JitDict):
    """Address: addressFormat/detail (declared); province/city/district; belong/notBelong; getDisplayValue."""

    __slots__ = ()
    DEFAULTS = {"addressFormat": "pca", "detail": True}
    PRIVATE = ("addressFormat", "detail")
    addressFormat = param("addressFormat")
    detail = param("detail")
    province = property(lambda self: self._get("province"), doc="Province (read-only).")
    city = property(lambda self: self._get("city"), doc="City (read-only).")
    district = property(lambda self: self._get("district"), doc="District (read-only).")

    def belong(self, address):
        """Whether this address lies in address: each level address names (a dict, or a string prefix) matches."""
        if isinstance(address, FieldValue):
            address = address.value
        if isinstance(address, str):
            return self.getDisplayValue().startswith(address)
        if not isinstance(address, dict):
            return False
        return all(self._get(level) == address[level] for level in _LEVELS if address.get(level))

    def notBelong(self, address):
        """Whether this address does not lie in address."""
        return not self.belong(address)

    def getDisplayValue(self):
        """Province, city, district and (when detail is shown) the detail, as one string."""
        if isinstance(self.value, str):
            return self.value
        parts = [self._get(level) for level in _LEVELS]
        if self._param("detail"):
            parts.append(self._get("detail") or self._get("address"))
        return "".join(str(p) for p in parts if p)

    getCompareValue = needs_platform("getCompareValue", "builds a TQL comparison for the platform's database")


class Position(Address):
    """Location: address/lng/lat; adjustRange/adjustment/limitPositionRange/showPc/saveLimitPosition (declared)."""

    __slots__ = ()
    DEFAULTS = {
        **Address.DEFAULTS,
        "adjustRange": 0,
        "adjustment": False,
        "limitPositionRange": False,
        "showPc": False,
        "saveLimitPosition": [],
    }
    PRIVATE = ("adjustRange", "adjustment", "limitPositionRange", "showPc", "saveLimitPosition")
    adjustRange = param("adjustRange")
    adjustment = param("adjustment")
    limitPositionRange = param("limitPositionRange")
    showPc = param("showPc")
    saveLimitPosition = param("saveLimitPosition")
    lng = property(lambda self: self._get("lng"), doc="Longitude (read-only).")
    lat = property(lambda self: self._get("lat"), doc="Latitude (read-only).")

    @property
    def address(self):
        """The address text (read-only)."""
        return self.value if isinstance(self.value, str) else self._get("address")

    def getDisplayValue(self):
        """The address text, else the address built from its levels."""
        return self.address or super().getDisplayValue()


def _link_part(key):
    def read(self):
        return self.value if key == "url" and isinstance(self.value, str) else self._get(key)

    def write(self, text):
        current = self.value if isinstance(self.value, dict) else {"url": self.value} if isinstance(self.value, str) else {}
        self.value = {**current, key: text}

    return property(read, write, doc=f"The link's {key} (read-write).")


class Link(JitDict):
    """Link: linkTitle and url (read-write); getDisplayValue is the title, else the url."""

    __slots__ = ()
    DEFAULTS = {}
    PRIVATE = ()
    linkTitle = _link_part("linkTitle")
    url = _link_part("url")

    def getDisplayValue(self):
        """The link's title, else its url."""
        return self.linkTitle or self.url or ""


class JitMap(FieldValue):
    """Mapping: keys/values; get/set/clear."""

    __slots__ = ()
    DEFAULTS = {"valueConfig": {}}
    PRIVATE = ("valueConfig",)

    def _dict(self):
        return self.value if isinstance(self.value, dict) else {}

    keys = property(lambda self: list(self._dict()), doc="The keys (read-only).")
    values = property(lambda self: list(self._dict().values()), doc="The values (read-only).")

    def get(self, key):
        """The value at key (None when absent)."""
        return self._dict().get(key)

    def set(self, key, value):
        """Set the value at key."""
        self.value = {**self._dict(), key: value}

    def clear(self):
        """Empty the mapping."""
        self.value = {}


TYPES = {"JitDict": JitDict, "Address": Address, "Position": Position, "Link": Link, "JitMap": JitMap}
