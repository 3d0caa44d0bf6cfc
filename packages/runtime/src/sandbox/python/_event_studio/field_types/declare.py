"""`datatypes.<Type>(…)` in a handler or a model.py: a field object of that type, as on the platform.

The keyword arguments are the type's init parameters (data-types.md "Common init Parameters" and
"Type-Specific Parameters"): `value=` is the initial value, `name=` the field's name, and all of them
(value aside) are the declaration parameters its properties read (`datatypes.Numeric(decimal=2).decimal`).
Positional arguments are not documented and are ignored.
"""
from _event_studio.field_types.base import FieldType


def declare(type_name):
    """The constructor `datatypes.<type_name>`."""

    def construct(*args, **kwargs):
        from _event_studio.rows import make_field  # rows imports field_types: imported when called

        params = {k: v for k, v in kwargs.items() if k != "value"}
        return make_field(kwargs.get("name"), FieldType(type_name, params), kwargs.get("value"))

    construct.__name__ = type_name
    return construct
