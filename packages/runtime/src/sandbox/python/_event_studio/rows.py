"""Rows as handlers see them: each field an object with `.value`, typed by the model's field type."""
import datetime

from _event_studio.field_types import CLASSES as FIELD_CLASSES
from _event_studio.field_types import FieldValue  # the base of every field object (a type not listed gets it)
from _event_studio.plain import to_plain

NUMBER_TYPES = frozenset({"Numeric", "Money", "Percent", "AutoInt", "Integer", "Float", "Decimal"})
# Types whose value is a list on the platform
MULTI_TYPES = frozenset(
    {"MultiRadio", "MultiDropdown", "Checkbox", "MultiMember", "MultiDept", "File", "Image", "SubTable", "MultiRelateData"}
)


def _to_number(value):
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        if text == "":
            return None
        try:
            return int(text)
        except ValueError:
            try:
                return float(text)
            except ValueError:
                return value
    return value


def _to_date(value):
    if isinstance(value, str) and value:
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def _to_datetime(value):
    if isinstance(value, str) and value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def coerce(ftype, value):
    """The Python value a field of type ftype holds for a plain input value; unparseable input is kept as is."""
    if ftype is None:
        return value
    if ftype in NUMBER_TYPES:
        return _to_number(value)
    if ftype == "Date":
        return _to_date(value)
    if ftype == "Datetime":
        return _to_datetime(value)
    if ftype in MULTI_TYPES:
        if value is None or value == "":
            return []
        return list(value) if isinstance(value, (list, tuple)) else [value]
    return value


def make_field(name, ftype, value):
    """The field object of a datatypes type (field_types), `.value` set to value as coerce() reads it."""
    return FIELD_CLASSES.get(ftype, FieldValue)(name, ftype, coerce(ftype, value))


class Value:
    """A value wrapped the way eventOutData carries it (`eventOutData.status.value`)."""

    __slots__ = ("value", "_raw")

    def __init__(self, value, raw=None):
        self.value = value
        # the value as the event delivered it (a trigger node keeps its after./before. prefix here)
        self._raw = value if raw is None else raw

    def __repr__(self):
        return f"<Value {self.value!r}>"

    def __str__(self):
        return str(self.value)

    def __plain__(self, depth):
        return to_plain(self.value, depth)


_set = object.__setattr__


class Row:
    """A data row: `row.field.value`, `row.save()`, `row.toDict()`, `row.update(**kw)`, `row["field"]`.

    Fields are materialised on first access, so a batch of many rows only pays for what a handler touches.
    """

    __slots__ = ("_model", "_schema", "_plain", "_fields", "_on_save")

    def __init__(self, model, schema, plain, on_save=None):
        _set(self, "_model", model)
        _set(self, "_schema", schema)
        _set(self, "_plain", plain)
        _set(self, "_fields", {})
        _set(self, "_on_save", on_save)

    def _names(self):
        names = list(self._schema)
        names.extend(k for k in self._plain if k not in self._schema)
        return names

    def _field(self, name):
        field = self._fields.get(name)
        if field is None:
            if name not in self._schema and name not in self._plain:
                model = self._model.rsplit(".", 1)[-1] if self._model else "this"
                raise AttributeError(
                    f"{model} row has no field '{name}'; its fields are: {', '.join(self._names()) or '(none)'}"
                )
            ftype = self._schema.get(name)
            field = make_field(name, ftype, self._plain.get(name))
            self._fields[name] = field
        return field

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self._field(name)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        # `row.status = "x"` is taken as `row.status.value = "x"`
        self._field(name).value = value.value if isinstance(value, (FieldValue, Value)) else value

    def __getitem__(self, name):
        try:
            return self._field(name).value
        except AttributeError as e:
            raise KeyError(str(e)) from None

    def __setitem__(self, name, value):
        self._field(name).value = value

    def __contains__(self, name):
        return name in self._schema or name in self._plain

    def __iter__(self):
        return iter(self._names())

    def __dir__(self):
        return [*self._names(), "save", "toDict", "update", "get", "keys"]

    def __repr__(self):
        return f"<{self._model or 'row'} {self.toDict()!r}>"

    def keys(self):
        """The row's field names."""
        return self._names()

    def get(self, name, default=None):
        """A field's value, or default when the row has no such field."""
        return self._field(name).value if name in self else default

    def toDict(self):
        """Field name → value, as Python values."""
        return {name: self._field(name).value for name in self._names()}

    def update(self, data=None, **kwargs):
        """Set several field values at once (does not save)."""
        for source in (data or {}, kwargs):
            for name, value in source.items():
                setattr(self, name, value)
        return self

    def save(self, triggerEvent=1):
        """Persist the row (data-models.md: `save(self, triggerEvent=1) -> RowData`): counted on the event's
        row, recorded as a model write on a model's rows (model events do not run in the sandbox)."""
        hook = self._on_save
        save = getattr(hook, "save", None)
        if save is not None:
            save(self, triggerEvent)
        elif hook is not None:
            hook(self)
        return self

    def delete(self, triggerEvent=1):
        """Delete the row (data-models.md: `delete(self, triggerEvent=1) -> Dict`): recorded as a model write
        of its model; returns the deleted row's data."""
        delete = getattr(self._on_save, "delete", None)
        if delete is not None:
            return delete(self, triggerEvent)
        from _event_studio.model_rows import delete_unbound

        return delete_unbound(self, triggerEvent)

    def changed_fields(self):
        """Names of fields whose value differs from the input row's."""
        return [name for name, field in self._fields.items() if field.value != field._original]

    def plain_after(self, changed=None):
        """The row as plain data: untouched fields exactly as they came in, changed ones converted."""
        out = dict(self._plain)
        for name in self.changed_fields() if changed is None else changed:
            out[name] = to_plain(self._fields[name].value)
        return out

    def __plain__(self, depth):
        return self.plain_after()


class EventOutData:
    """What an approval event hands its handler: `.row`, `.status`, and in the newer spelling the node facts."""

    def __init__(self, row, status, extras=None):
        self.row = row
        self.status = status if isinstance(status, Value) else Value(status)
        for name, value in (extras or {}).items():
            setattr(self, name, value if isinstance(value, Value) else Value(value))

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        has = ", ".join(k for k in vars(self))
        raise AttributeError(f"eventOutData has no attribute '{name}'; it has: {has}")

    def __repr__(self):
        return f"<eventOutData {self.__plain__(0)!r}>"

    def __plain__(self, depth):
        return {k: to_plain(v, depth) for k, v in vars(self).items()}
