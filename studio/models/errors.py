"""Typed errors raised by the model; the UI and CLI turn them into words."""

from __future__ import annotations


class ModelError(ValueError):
    """Base class of errors about an invalid edit or document."""


class UnknownFieldError(ModelError):
    """An edit named a field the entity does not have or that cannot be edited."""

    def __init__(self, entity: str, field: str) -> None:
        super().__init__(f"{entity} has no editable field {field!r}")
        self.entity = entity
        self.field = field


class InvalidValueError(ModelError):
    """A value does not fit the field it was given to."""

    def __init__(self, field: str, value: object) -> None:
        super().__init__(f"invalid value for {field}: {value!r}")
        self.field = field
        self.value = value


class LastItemError(ModelError):
    """Removing the item would leave the document without something it needs."""

    def __init__(self, what: str) -> None:
        super().__init__(f"cannot remove the last or base {what}")
        self.what = what


class NotFoundError(ModelError):
    """An id or name does not name anything in the document."""

    def __init__(self, what: str, key: str) -> None:
        super().__init__(f"no {what} {key!r}")
        self.what = what
        self.key = key


class InterchangeError(ModelError):
    """JSON interchange data is not a Studio project or is malformed.

    ``where`` is the JSON path of the culprit ("$.scripts[0].beats[2].shots[1].duration"),
    ``reason`` a code (missing, wrong_kind, not_finite, huge_number, duration_range, ...)
    and ``fields`` its facts (expected, found, value ...), for the CLI and UI to word.
    """

    def __init__(self, path: str, where: str, reason: str, **fields: object) -> None:
        super().__init__(f"{path}: {where}: {reason}" + (f" {fields}" if fields else ""))
        self.path = path
        self.where = where
        self.reason = reason
        self.fields = fields


class DuplicateNameError(ModelError):
    """Two things of one kind would share a name (or a code) where each must be unique.

    ``what`` is variant, shot_code or alternative_label; ``name`` the new one, ``other`` the one
    already there that it clashes with (they may differ in case, width or spaces), ``where`` the
    script's (or beat's) title.
    """

    def __init__(self, what: str, name: str, other: str, where: str = "") -> None:
        super().__init__(f"{what} {name!r} clashes with {other!r}" + (f" in {where!r}" if where else ""))
        self.what = what
        self.name = name
        self.other = other
        self.where = where


class EmptyNameError(ModelError):
    """Something that must have a name (a variant) was given none."""

    def __init__(self, what: str) -> None:
        super().__init__(f"a {what} needs a name")
        self.what = what


class DanglingLinkError(ModelError):
    """A reference by id names nothing in the document (a creator's variant, a result's variant)."""

    def __init__(self, what: str, key: str) -> None:
        super().__init__(f"{what} refers to {key!r}, which does not exist")
        self.what = what
        self.key = key
