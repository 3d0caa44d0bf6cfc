"""The slice of the JitAI platform's `jit` package that approval-event handlers use, for Event Studio's sandbox."""
from jit.commons.enums import HandleTypeEnum

__all__ = ["HandleTypeEnum"]
