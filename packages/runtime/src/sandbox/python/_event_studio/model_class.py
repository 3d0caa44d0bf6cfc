"""The model classes of an app's model.py (`class OrderModel(NormalModel)`), as handlers import them.

`from models.OrderModel import OrderModel` then `OrderModel.query(...)`, `OrderModel.get(...)` or
`OrderModel(**row).save()`: data-models.md writes class functions on the model class. Here a model
class is a view of the run's model element, `app.getElement("models.OrderModel")`, so the class and
the element reach one in-memory table (issue #17). The field declarations stay class attributes.
"""


def model_full_name(cls):
    """`models.<Folder>` from the module a model class is defined in (`models.OrderModel.model`), else
    from its `Meta.name` or class name (a model class defined elsewhere, as in a test)."""
    parts = cls.__module__.split(".")
    if len(parts) >= 2 and parts[0] == "models":
        return f"models.{parts[1]}"
    meta = getattr(cls, "Meta", None)
    return f"models.{getattr(meta, 'name', None) or cls.__name__}"


class ModelClass(type):
    """Metaclass: what a model class does not define itself is its model element's."""

    def _element(cls):
        from _event_studio.app import app

        return app.getElement(model_full_name(cls))

    def __getattr__(cls, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(cls._element(), name)

    def __call__(cls, *args, **fields):
        """`OrderModel(**row)`: a row of the model to save() or delete(), as `Model(**row)` on the element."""
        if args:
            raise TypeError(f"{cls.__name__}(**fields) takes field values by name, e.g. {cls.__name__}(amount=100)")
        return cls._element()(**fields)


class NormalModel(metaclass=ModelClass):
    """Base class of a model class in model.py (`from models.NormalType import NormalModel`)."""
