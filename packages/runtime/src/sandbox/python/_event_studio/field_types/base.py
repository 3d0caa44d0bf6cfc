"""What every field object shares: `.value` (read-write), the declaration's parameters, and the helpers
the type modules build their documented read-only properties and functions from.

The field's declaration parameters (`decimal=2`, `options=[…]` from model.py) ride on its type name,
a `FieldType` (a str, so every `ftype == "Date"` / `ftype in TYPES` check keeps working), and are
looked up only when a property asks: a row's untouched fields cost nothing.
"""
import copy

from _event_studio.not_in_sandbox import NotInSandbox
from _event_studio.plain import to_plain

_EMPTY = {}


class FieldType(str):
    """A field's datatypes class name carrying the literal keyword arguments of its declaration."""

    def __new__(cls, name, params=None):
        made = super().__new__(cls, name)
        made.params = params or _EMPTY
        return made


def param(key):
    """A read-only property returning the declaration's `key=` (or the type's documented default)."""
    return property(lambda self: self._param(key), doc=f"The declaration's {key} (read-only).")


def needs_platform(fn, why):
    """A documented function that needs the live platform: raises NotInSandbox naming it and why."""

    def refuse(self, *args, **kwargs):
        raise NotInSandbox(f"{self.type}.{fn}() {why}; the sandbox has no live JitAI platform to ask")

    refuse.__name__ = fn
    return refuse


class FieldValue:
    """One field of a row: read and write `.value`; its type's documented properties and functions."""

    __slots__ = ("name", "type", "value", "_original")

    # The declaration parameters a type documents, with their defaults (data-types.md "Type-Specific Parameters").
    DEFAULTS = _EMPTY
    # The keys getPrivateJson() returns.
    PRIVATE = ()

    def __init__(self, name, ftype, value):
        self.name = name
        self.type = ftype
        self.value = value
        # what the value was when the row was read; containers copied so in-place edits show as changes
        self._original = copy.deepcopy(value) if isinstance(value, (list, dict)) else value

    def __repr__(self):
        return f"<{self.type or 'field'} {self.name}={self.value!r}>"

    def __str__(self):
        return str(self.value)

    def __plain__(self, depth):
        return to_plain(self.value, depth)

    def __getattr__(self, name):
        # only reached for a name the type does not have: say what it has instead of a bare AttributeError
        if name.startswith("_"):
            raise AttributeError(name)
        hidden = ("DEFAULTS", "PRIVATE", *FieldValue.__slots__)
        have = sorted(n for n in dir(type(self)) if not n.startswith("_") and n not in hidden)
        raise AttributeError(
            f"{self.type or 'field'} field '{self.name}' has no attribute '{name}'; it has: value, {', '.join(have)}"
        )

    def _param(self, key):
        params = getattr(self.type, "params", _EMPTY)
        return params[key] if key in params else self.DEFAULTS.get(key)

    def getPrivateJson(self):
        """The type's own declaration parameters (data-types.md: getPrivateJson)."""
        return {key: self._param(key) for key in self.PRIVATE}

    def getDisplayValue(self):
        """The value as text ('' for none)."""
        return "" if self.value is None else str(self.value)
