"""Field objects of the JitAI datatypes (data-types.md, "Properties and Functions of Each Type Object").

A field's class is found by its type name in CLASSES (one dict lookup a field, on first access);
a type the docs do not list gets the plain FieldValue (`.value` only).
"""
from _event_studio.field_types import choice, date, dicts, lists, number, org, relations, text
from _event_studio.field_types.base import FieldType, FieldValue
from _event_studio.field_types.declare import declare  # imported with the shim, not in a handler's run

CLASSES = {
    **text.TYPES,
    **number.TYPES,
    **date.TYPES,
    **choice.TYPES,
    **org.TYPES,
    **lists.TYPES,
    **dicts.TYPES,
    **relations.TYPES,
}

__all__ = ["CLASSES", "FieldType", "FieldValue", "declare"]
