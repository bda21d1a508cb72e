"""Errors carried from a worker process to its parent: the same class, arguments and attributes (an error's
own ``__init__`` may take other arguments than its ``args``, so plain pickling cannot rebuild it)."""

from __future__ import annotations

import pickle
from typing import Any


def carried(exc: BaseException) -> tuple[Any, ...]:
    """An error as the pipe can carry it: its class, args and attributes (its own __init__ may differ)."""
    state = dict(getattr(exc, "__dict__", {}))
    try:
        pickle.dumps((type(exc), exc.args, state))
    except Exception:
        return (RuntimeError, (f"{type(exc).__name__}: {exc}",), {})
    return (type(exc), exc.args, state)


def rebuilt(kind: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    """The child's error again, in the parent."""
    exc = kind.__new__(kind)
    exc.args = args
    exc.__dict__.update(state)
    return exc
