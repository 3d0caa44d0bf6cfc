"""Choice fields: Radio, Dropdown, MultiRadio, MultiDropdown, Checkbox (data-types.md)."""
from _event_studio.field_types.base import FieldValue, needs_platform, param
from _event_studio.field_types.text import Stext

_STORAGE = "produces the platform database's storage format"
_SUB_CONFIG = "builds the platform's loop-variable configuration"
# How getDisplayValue joins the labels of several choices (the docs do not say)
_JOIN = ", "


def _label(options, value):
    """The label of the option whose value is value (options are dicts or plain values), else the value."""
    for option in options or ():
        if isinstance(option, dict):
            if option.get("value") == value:
                return str(option.get("label", value))
        elif option == value:
            return str(option)
    return "" if value is None else str(value)


class Radio(Stext):
    """Single choice: color/options/selectionWay/allowManualInput/mulLevelSelectionConfig; getDisplayValue (the label)."""

    __slots__ = ()
    DEFAULTS = {
        **Stext.DEFAULTS,
        "color": True,
        "options": [],
        "selectionWay": "custom",
        "allowManualInput": False,
        "mulLevelSelectionConfig": {},
    }
    PRIVATE = ("color", "options", "selectionWay", "allowManualInput", "mulLevelSelectionConfig")
    color = param("color")
    options = param("options")
    selectionWay = param("selectionWay")
    allowManualInput = param("allowManualInput")
    mulLevelSelectionConfig = param("mulLevelSelectionConfig")

    def getDisplayValue(self):
        """The chosen option's label."""
        return _label(self.options, self.value)

    formatDbData = needs_platform("formatDbData", _STORAGE)


class Dropdown(Radio):
    """Single select: as Radio."""

    __slots__ = ()


class MultiRadio(Radio):
    """Multiple choice (the value is a list): maxCount; append; getDisplayValue (labels joined)."""

    __slots__ = ()
    DEFAULTS = {**Radio.DEFAULTS, "maxCount": None}
    PRIVATE = ("maxCount", *Radio.PRIVATE)
    maxCount = param("maxCount")

    def _list(self):
        value = self.value
        return [] if value is None or value == "" else list(value) if isinstance(value, (list, tuple)) else [value]

    @property
    def length(self):
        """How many options are chosen (read-only)."""
        return len(self._list())

    def append(self, value):
        """Choose one more option (or several, given a list)."""
        self.value = self._list() + (list(value) if isinstance(value, (list, tuple)) else [value])

    def getDisplayValue(self):
        """The chosen options' labels, joined by ", "."""
        return _JOIN.join(_label(self.options, v) for v in self._list())

    generateSubConfig = needs_platform("generateSubConfig", _SUB_CONFIG)


class MultiDropdown(MultiRadio):
    """Multiple select: as MultiRadio, plus limit."""

    __slots__ = ()
    DEFAULTS = {**MultiRadio.DEFAULTS, "limit": False}
    PRIVATE = ("limit", *MultiRadio.PRIVATE)
    limit = param("limit")


def _one_or_none(data):
    return 1 if data else None


class Checkbox(FieldValue):
    """Checkbox: isEnableDescription/checkboxDescription; formatData/formatDbData give 1 or None."""

    __slots__ = ()
    DEFAULTS = {"isEnableDescription": False, "checkboxDescription": None, "default": 0}
    PRIVATE = ("checkboxDescription", "isEnableDescription")
    isEnableDescription = param("isEnableDescription")
    checkboxDescription = param("checkboxDescription")

    def formatData(self, data):
        """1 when data is set (truthy), else None."""
        return _one_or_none(data)

    def formatDbData(self, data):
        """1 when data is set (truthy), else None."""
        return _one_or_none(data)


TYPES = {
    "Radio": Radio,
    "Dropdown": Dropdown,
    "MultiRadio": MultiRadio,
    "MultiDropdown": MultiDropdown,
    "Checkbox": Checkbox,
}
