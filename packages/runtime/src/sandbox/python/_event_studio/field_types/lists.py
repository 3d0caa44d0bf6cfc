"""List fields: JitList, File, Image (data-types.md). File and image items are dicts such as
`{"name": "a.pdf", "url": "…", "size": 20480}` (the shape the studio's sample rows use)."""
from _event_studio.field_types.base import FieldValue, needs_platform, param

_STORAGE = "converts between the platform's storage and variable formats"
_SUB_CONFIG = "builds the platform's loop-variable configuration"
_JOIN = ", "


def _is_number(item):
    return isinstance(item, (int, float)) and not isinstance(item, bool)


def _key(item):
    """A hashable stand-in for an item, so dict items can be counted distinct."""
    return repr(item) if isinstance(item, (dict, list)) else item


class JitList(FieldValue):
    """List: listCount/distinctListCount/sum/average/max/min; append/remove/getValueByIndex/getList…"""

    __slots__ = ()
    DEFAULTS = {"variableConfig": {}, "generic": None}
    PRIVATE = ("variableConfig", "generic")

    def _list(self):
        value = self.value
        return [] if value is None or value == "" else value if isinstance(value, list) else [value]

    def _numbers(self):
        return [item for item in self._list() if _is_number(item)]

    @property
    def calculable(self):
        """Whether every item is a number, so sum and average mean something (read-only)."""
        items = self._list()
        return bool(items) and len(self._numbers()) == len(items)

    @property
    def comparable(self):
        """Whether the items can be ordered: all numbers, or all strings (read-only)."""
        items = self._list()
        return bool(items) and (self.calculable or all(isinstance(i, str) for i in items))

    listCount = property(lambda self: len(self._list()), doc="How many items (read-only).")
    distinctListCount = property(lambda self: len({_key(i) for i in self._list()}), doc="How many distinct items (read-only).")
    sum = property(lambda self: sum(self._numbers()), doc="Sum of the number items (read-only).")

    @property
    def average(self):
        """Average of the number items; None without any (read-only)."""
        numbers = self._numbers()
        return sum(numbers) / len(numbers) if numbers else None

    @property
    def max(self):
        """Largest item; None for an empty or unorderable list (read-only)."""
        return max(self._list()) if self.comparable else None

    @property
    def min(self):
        """Smallest item; None for an empty or unorderable list (read-only)."""
        return min(self._list()) if self.comparable else None

    def append(self, value):
        """Add an item, or each item of a list."""
        self.value = self._list() + (list(value) if isinstance(value, list) else [value])

    def distinctAppend(self, value):
        """Add the items (one, or each of a list) the list does not hold yet."""
        items = self._list()
        for item in list(value) if isinstance(value, list) else [value]:
            if item not in items:
                items = items + [item]
        self.value = items

    def getValueByIndex(self, index):
        """The item at index."""
        return self._list()[index]

    def updateValueByIndex(self, index, value):
        """Replace the item at index."""
        items = list(self._list())
        items[index] = value
        self.value = items

    def remove(self, value):
        """Remove the first item equal to value (nothing when absent)."""
        items = list(self._list())
        if value in items:
            items.remove(value)
        self.value = items

    def reset(self):
        """Empty the list."""
        self.value = []

    def getList(self):
        """The items, as a list."""
        return list(self._list())

    def getFirstValue(self):
        """The first item; None for an empty list."""
        items = self._list()
        return items[0] if items else None

    def getLastValue(self):
        """The last item; None for an empty list."""
        items = self._list()
        return items[-1] if items else None

    generateSubConfig = needs_platform("generateSubConfig", _SUB_CONFIG)
    formatDbData = needs_platform("formatDbData", _STORAGE)
    formatData = needs_platform("formatData", _STORAGE)


def _item_field(item, key):
    return item.get(key) if isinstance(item, dict) else None


class _Files(JitList):
    """What File and Image share: count, and items shown by name."""

    __slots__ = ()
    count = property(lambda self: len(self._list()), doc="How many files (read-only).")

    def _sizes(self):
        return sum(size for size in (_item_field(i, "size") for i in self._list()) if _is_number(size))

    def getDisplayValue(self):
        """The files' names (or the items themselves), joined by ", "."""
        return _JOIN.join(str(_item_field(i, "name") or i) for i in self._list())


class File(_Files):
    """Attachments: maxCount/maxSize/minSize/acceptTypes/selectedDown/selectedDelete…, size (total), count."""

    __slots__ = ()
    DEFAULTS = {
        **JitList.DEFAULTS,
        "maxCount": 5,
        "maxSize": 20,
        "minSize": 0,
        "acceptTypes": None,
        "selectedDown": False,
        "selectedDelete": False,
        "selectedDownUser": None,
        "selectedDeleteUser": None,
    }
    PRIVATE = ("maxCount", "maxSize", "minSize", "acceptTypes", "selectedDown", "selectedDelete")
    maxCount = param("maxCount")
    maxSize = param("maxSize")
    minSize = param("minSize")
    acceptTypes = param("acceptTypes")
    selectedDown = param("selectedDown")
    selectedDelete = param("selectedDelete")
    selectedDownUser = param("selectedDownUser")
    selectedDeleteUser = param("selectedDeleteUser")
    size = property(lambda self: self._sizes(), doc="Total size of the files, from each item's size (read-only).")


def _extension(item):
    name = _item_field(item, "name") or ""
    return _item_field(item, "type") or (name.rsplit(".", 1)[-1] if "." in name else None)


class Image(_Files):
    """Images: imgType/size (declared)/maxCount/maxSize/isAddWatermark/isCameraOnly; imageSize/imageName/imageType, count."""

    __slots__ = ()
    DEFAULTS = {
        **JitList.DEFAULTS,
        "imgType": "png",
        "size": "medium",
        "maxCount": 5,
        "maxSize": 20,
        "isAddWatermark": False,
        "isCameraOnly": False,
    }
    PRIVATE = ("imgType", "size", "maxCount", "maxSize", "isAddWatermark", "isCameraOnly")
    imgType = param("imgType")
    size = param("size")
    maxCount = param("maxCount")
    maxSize = param("maxSize")
    isAddWatermark = param("isAddWatermark")
    isCameraOnly = param("isCameraOnly")
    imageSize = property(lambda self: self._sizes(), doc="Total size of the images (read-only).")
    imageName = property(lambda self: [_item_field(i, "name") for i in self._list()], doc="The images' names (read-only).")
    imageType = property(lambda self: [_extension(i) for i in self._list()], doc="The images' types (read-only).")


TYPES = {"JitList": JitList, "File": File, "Image": Image}
