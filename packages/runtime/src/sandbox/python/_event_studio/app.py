"""The `app` builtin: `app.getElement(fullName)` for the event itself, models and services."""
from _event_studio import state
from _event_studio.models import ModelElement
from _event_studio.services import ServiceElement


class App:
    """What handlers reach through the global `app`."""

    def __init__(self):
        self.event = None
        self.schemas = {}
        self.model_rows = {}

    def getElement(self, fullName):
        """The element with that full name (`events.x`, `models.X`, `services.S`)."""
        if self.event is not None and fullName == self.event.fullName:
            return self.event
        kind = fullName.split(".", 1)[0]
        if kind == "models":
            cache = state.current.models
            model = cache.get(fullName)
            if model is None:
                model = ModelElement(fullName, self.schemas.get(fullName, {}), self.model_rows.get(fullName, []))
                cache[fullName] = model
            return model
        if kind == "services" and fullName.count(".") == 1:
            return ServiceElement(fullName)
        known = [self.event.fullName] if self.event is not None else []
        known += sorted(set(self.model_rows) | set(self.schemas))
        raise LookupError(
            f"app.getElement('{fullName}'): the sandbox knows this event, models "
            f"and services (services.<Service>); known here: {', '.join(known) or '(none)'}"
        )


app = App()
