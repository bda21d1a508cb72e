"""Persisted fields that hold small structured records (a brief, its personas, a list of creators).

A record class is a dataclass whose own fields are declared with :mod:`studio.models.fields`;
:class:`Record` and :class:`Records` give such a value, or a list of them, the same checks,
JSON form and stored form (one JSON column) as any other declared field.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from studio.models.errors import InvalidValueError
from studio.models.fields import ABSENT, BadValue, Kind, WrongKind, default_of, iter_values, persisted


def _prefixed(exc: BadValue, at: str) -> BadValue:
    """The same complaint with its JSON path continued from ``at``."""
    exc.at = f"{at}{exc.at}"
    return exc


class Structured(Kind):
    """A kind whose value is kept in its column as JSON text (see :mod:`studio.store.rows`)."""

    def to_column(self, value: Any) -> str:
        """The value as stored."""
        return json.dumps(self.dump(value), ensure_ascii=False, sort_keys=True)

    def from_column(self, stored: str) -> Any:
        """The value from its column; raises ValueError on text that does not fit."""
        try:
            return self.load(json.loads(stored), ABSENT)
        except BadValue as exc:
            raise ValueError(exc.reason) from None


class Record(Structured):
    """One record of a declared dataclass, a JSON object in the interchange."""

    def __init__(self, cls: type) -> None:
        self.cls = cls

    def check(self, name: str, value: Any) -> Any:
        if isinstance(value, dict):
            try:
                return self.load(value, ABSENT)
            except BadValue:
                raise InvalidValueError(name, value) from None
        if not isinstance(value, self.cls):
            raise InvalidValueError(name, value)
        fresh = copy.deepcopy(value)
        for f, item in iter_values(fresh):
            setattr(fresh, f.name, f.kind.check(f"{name}.{f.name}", item))
        return fresh

    def dump(self, value: Any) -> Any:
        return {f.key: f.kind.dump(item) for f, item in iter_values(value)}

    def load(self, value: Any, default: Any) -> Any:
        if value is None or value is ABSENT:
            return self.cls()
        if not isinstance(value, dict):
            raise WrongKind("object", value)
        values: dict[str, Any] = {}
        for f in persisted(self.cls):
            try:
                values[f.name] = f.kind.load(value.get(f.key, ABSENT), default_of(f))
            except BadValue as exc:
                raise _prefixed(exc, f".{f.key}") from None
        return self.cls(**values)


class Records(Structured):
    """A list of records of one declared dataclass."""

    def __init__(self, cls: type) -> None:
        self.one = Record(cls)

    def check(self, name: str, value: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise InvalidValueError(name, value)
        return [self.one.check(name, item) for item in value]

    def dump(self, value: Any) -> Any:
        return [self.one.dump(item) for item in value]

    def load(self, value: Any, default: Any) -> Any:
        if value is None or value is ABSENT:
            return []
        if not isinstance(value, list):
            raise WrongKind("list", value)
        items = []
        for k, item in enumerate(value):
            try:
                items.append(self.one.load(item, ABSENT))
            except BadValue as exc:
                raise _prefixed(exc, f"[{k}]") from None
        return items
