"""Command-line wording: the CLI's side of :mod:`studio.wording`, and typed errors put into words.

Every sentence the CLI prints lives in the catalogue (resources/wording/cli_*.json); :func:`say` and
:func:`say_in` look it up by key. Typed exceptions are put into words by the one describer table of
:mod:`studio.wording.describe`, which the window reads too; :func:`register_error` adds a row for an
error only the CLI meets, with the exit status it means (see the convention in :mod:`studio.cli`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from studio.wording import _LANG, language, language_scope, say, say_in, set_language
from studio.wording.describe import exit_code as error_code
from studio.wording.describe import line as describe_error
from studio.wording.describe import os_reason, readable_detail, register

__all__ = [
    "_LANG",
    "CliError",
    "describe_error",
    "error_code",
    "language",
    "language_scope",
    "os_reason",
    "readable_detail",
    "register_error",
    "say",
    "say_in",
    "set_language",
]

_E = TypeVar("_E", bound=BaseException)


class CliError(Exception):
    """A user mistake to report in one line; ``code`` is the exit status."""

    def __init__(self, key: str, code: int = 2, **fields: object) -> None:
        super().__init__(key)
        self.key = key
        self.code = code
        self.fields = fields

    def message(self) -> str:
        """The sentence in the user's language."""
        return say(self.key, **self.fields)


def register_error(kind: type[_E], describe: Callable[[_E], str], code: int = 1) -> None:
    """Teach the CLI to put an exception type into one line, and the exit status it means.

    ``code`` is 1 (the command could not be carried out) unless the exception means
    that what was typed names nothing (2), as for :class:`NotFoundError`.
    """
    register(kind, describe, code=code)
