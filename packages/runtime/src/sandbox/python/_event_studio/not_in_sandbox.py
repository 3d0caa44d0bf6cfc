"""The error a handler gets for a platform function the sandbox cannot answer."""


class NotInSandbox(Exception):
    """A documented JitAI function that needs the live platform (its database, caches, organisation),
    which the sandbox does not have; the message names the function and why."""
