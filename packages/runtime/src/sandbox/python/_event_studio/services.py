"""Services: real service.py code when the app has it, a recorded call with a settable return value otherwise."""
import copy
import importlib
import inspect

from _event_studio import state
from _event_studio.plain import to_plain


class NormalService:
    """Base class of a service's class in service.py (`from services.NormalType import NormalService`)."""

    def __init__(self, *args, **kwargs):
        pass


class _FieldFactory:
    """`datatypes.<Type>(...)` (`from datatypes.Meta import datatypes`): a field object of that type
    (field_types/declare.py), in a model.py declaration or a handler alike."""

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        from _event_studio.field_types import declare  # loaded with the shim (rows imports field_types)

        return declare(name)


datatypes = _FieldFactory()


class ServiceNotFound(LookupError):
    """A service function the app does not define."""


def _service_target(service, fn):
    """The callable implementing services.<service>.<fn> in the app's service.py."""
    module = importlib.import_module(f"services.{service}.service")
    instance = state.current.services.get(service)
    if instance is None:
        classes = [c for c in vars(module).values() if inspect.isclass(c) and c.__module__ == module.__name__]
        ranked = sorted(classes, key=lambda c: not issubclass(c, NormalService))
        cls = next((c for c in ranked if callable(getattr(c, fn, None))), None)
        instance = cls() if cls is not None else module
        state.current.services[service] = instance
    target = getattr(instance, fn, None)
    if not callable(target):
        target = getattr(module, fn, None)
    if not callable(target):
        have = sorted(n for n, v in vars(type(instance)).items() if callable(v) and not n.startswith("_"))
        raise ServiceNotFound(
            f"services/{service}/service.py defines no function '{fn}'; it has: {', '.join(have) or '(none)'}"
        )
    return target


def call_service(func, args, kwargs):
    """Call services.S.fn: recorded in the run's serviceCalls, then run for real or answered from serviceReturns."""
    plain_args = to_plain(list(args) + ([kwargs] if kwargs else []))
    state.current.service_calls.append({"func": func, "args": plain_args})
    _, service, fn = func.split(".", 2)
    if f"services/{service}/service.py" in state.files:
        return _service_target(service, fn)(*args, **kwargs)
    return copy.deepcopy(state.service_returns.get(func))


def service_function(func):
    """The function behind services.S.fn when the app has its service.py (to read its signature), else None."""
    _, service, fn = func.split(".", 2)
    if f"services/{service}/service.py" not in state.files:
        return None
    return _service_target(service, fn)


class ServiceElement:
    """`app.getElement("services.S")`: each attribute is a function of the service."""

    def __init__(self, full_name):
        self.fullName = full_name

    def __repr__(self):
        return f"<service {self.fullName}>"

    def __getattr__(self, fn):
        if fn.startswith("_"):
            raise AttributeError(fn)
        func = f"{self.fullName}.{fn}"
        return lambda *args, **kwargs: call_service(func, args, kwargs)
