"""Field declarations: each entity field says once what it holds, and everything else derives from it.

An entity field declared with one of the helpers below (``text()``, ``seconds()``, ``choice()`` ...)
is a persisted field: the store gives it a column, the JSON interchange a key, snapshots
carry it and :func:`studio.models.ops.set_field` validates it. Fields declared with plain
``dataclasses.field`` (child lists, listeners) are structure, not data.
"""

from __future__ import annotations

import abc
import dataclasses
import datetime
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import MISSING, dataclass
from enum import Enum
from typing import Any

from studio.models.errors import InvalidValueError
from studio.models.text import clean_text

#: Longest duration a single shot may have, tenths of a second (one hour).
MAX_DS = 36000

#: The key under which a field's :class:`Spec` sits in its dataclass field's metadata.
SPEC = "studio.spec"


class _Absent:
    """Marks a JSON key that is absent, as distinct from one that is null."""

    def __repr__(self) -> str:
        return "ABSENT"


#: The value :meth:`Kind.load` gets for a key the JSON object does not have.
ABSENT: Any = _Absent()


class BadValue(ValueError):
    """A JSON value that does not fit its field: a reason code and its facts, for the CLI and UI to word.

    ``at`` continues the JSON path below the field ("[3]" for a list item).
    """

    def __init__(self, reason: str, at: str = "", **facts: object) -> None:
        super().__init__(reason)
        self.reason, self.at, self.facts = reason, at, facts


class WrongKind(BadValue):
    """A JSON value of the wrong kind (or absent): ``expected`` names the kind that fits."""

    def __init__(self, expected: str, value: Any, at: str = "") -> None:
        super().__init__("wrong_kind", at, expected=expected)
        self.expected, self.value = expected, value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _finite(value: Any) -> None:
    if not math.isfinite(value):
        raise BadValue("not_finite", number=repr(value))


class Kind:
    """What a field holds: how to check an edited value and how it looks in JSON."""

    def check(self, name: str, value: Any) -> Any:
        """The value to store for an edit, or InvalidValueError."""
        return value

    def dump(self, value: Any) -> Any:
        """The value as JSON-ready data."""
        return value

    def load(self, value: Any, default: Any) -> Any:
        """The value from JSON data (:data:`ABSENT` when the key is missing), or BadValue."""
        return default if value is None or value is ABSENT else value


class Text(Kind):
    """Free text, cleaned of control characters."""

    def check(self, name: str, value: Any) -> Any:
        if not isinstance(value, str):
            raise InvalidValueError(name, value)
        return clean_text(value)

    def load(self, value: Any, default: Any) -> Any:
        if value is None or value is ABSENT:
            return default
        if not isinstance(value, str):
            raise WrongKind("text", value)
        return clean_text(value)


_DAY = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*")


def day_text(text: str) -> str | None:
    """A calendar day written 2026-12-20, 2026/12/20 or 2026年12月20日 as ISO text ('' stays ''), or None."""
    if not text.strip():
        return ""
    m = _DAY.fullmatch(text)
    if m is None:
        return None
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


class Day(Text):
    """A calendar day as ISO text (YYYY-MM-DD), or '' for none; a day that does not exist is refused."""

    def check(self, name: str, value: Any) -> Any:
        day = day_text(value) if isinstance(value, str) else None
        if day is None:
            raise InvalidValueError(name, value)
        return day

    def load(self, value: Any, default: Any) -> Any:
        # A day typed by hand into a file in another way is kept as written (the calendar skips it), never lost.
        text: str = super().load(value, default)
        return day_text(text) or text


class Ident(Text):
    """A stable id (or content hash): required and never empty."""

    def __init__(self, expected: str = "id") -> None:
        self.expected = expected

    def load(self, value: Any, default: Any) -> Any:
        if value == "":
            value = ABSENT
        if not isinstance(value, str):
            raise WrongKind(self.expected, value)
        return value


class Seconds(Kind):
    """A duration kept in tenths of a second; seconds in JSON."""

    def __init__(self, optional: bool = False) -> None:
        self.optional = optional

    def check(self, name: str, value: Any) -> Any:
        if value is None and self.optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_DS:
            raise InvalidValueError(name, value)
        return value

    def dump(self, value: Any) -> Any:
        return None if value is None else value / 10

    def load(self, value: Any, default: Any) -> Any:
        if (value is None or value is ABSENT) and self.optional:
            return None
        if not _is_number(value):
            raise WrongKind("seconds", value)
        _finite(value)
        # Compared before scaling: 1e308 * 10 overflows to infinity and round() would raise.
        ds = round(value * 10) if abs(value) <= MAX_DS else 0
        if not 1 <= ds <= MAX_DS:
            raise BadValue("duration_range", value=value, most=MAX_DS / 10)
        return ds


class _Number(Kind, abc.ABC):
    """A finite number within the bounds :meth:`refuse` keeps, given back as a float (Positive, Amount)."""

    @abc.abstractmethod
    def allows(self, value: float) -> bool:
        """Whether a finite number is within the bounds."""

    @abc.abstractmethod
    def refuse(self, value: float) -> None:
        """Raise BadValue, saying why, for a number read from a file that is out of bounds."""

    def check(self, name: str, value: Any) -> Any:
        if not _is_number(value) or not math.isfinite(value) or not self.allows(value):
            raise InvalidValueError(name, value)
        return float(value)

    def load(self, value: Any, default: Any) -> Any:
        if value is ABSENT:
            return default
        if not _is_number(value):
            raise WrongKind("number", value)
        self.refuse(value)
        return float(value)


class Positive(_Number):
    """A number above zero (speech rates)."""

    def allows(self, value: float) -> bool:
        return value > 0

    def refuse(self, value: float) -> None:
        if not math.isfinite(value) or not value > 0:
            raise BadValue("not_positive", value=value)


class Count(Kind):
    """A whole number, zero or more (counts, pixel sizes)."""

    def check(self, name: str, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InvalidValueError(name, value)
        return value

    def load(self, value: Any, default: Any) -> Any:
        if value is ABSENT:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise WrongKind("count", value)
        if value < 0:
            raise BadValue("negative", value=value)
        return value


class Amount(_Number):
    """A sum of money, zero or more."""

    def allows(self, value: float) -> bool:
        return value >= 0

    def refuse(self, value: float) -> None:
        _finite(value)
        if value < 0:
            raise BadValue("negative", value=value)


class Choice(Kind):
    """One member of an enum; with ``optional``, also None (an empty edit clears it)."""

    def __init__(self, enum: type[Enum], optional: bool = False) -> None:
        self.enum, self.optional = enum, optional

    def check(self, name: str, value: Any) -> Any:
        if self.optional and (value is None or value == ""):
            return None
        try:
            return self.enum(value)
        except ValueError:
            raise InvalidValueError(name, value) from None

    def dump(self, value: Any) -> Any:
        return None if value is None else value.value

    def load(self, value: Any, default: Any) -> Any:
        if value is None or value is ABSENT:
            return default
        if not isinstance(value, str):
            raise WrongKind("text", value)
        try:
            return self.enum(value)
        except ValueError:
            choices = ", ".join(m.value for m in self.enum)
            raise BadValue("unknown_value", value=value, choices=choices) from None


class OneOf(Kind):
    """One of a few plain values; JSON with anything else falls back to the default."""

    def __init__(self, *values: str) -> None:
        self.values = values

    def check(self, name: str, value: Any) -> Any:
        if value not in self.values:
            raise InvalidValueError(name, value)
        return value

    def load(self, value: Any, default: Any) -> Any:
        return value if value in self.values else default


class Flag(Kind):
    """True or false."""

    def check(self, name: str, value: Any) -> Any:
        if not isinstance(value, bool):
            raise InvalidValueError(name, value)
        return value

    def load(self, value: Any, default: Any) -> Any:
        return default if value is ABSENT else bool(value)


class _ListOf(Kind):
    """A JSON list whose items are checked one at a time when loaded, so a bad one is named by its index."""

    def dump(self, value: Any) -> Any:
        return list(value)

    def load(self, value: Any, default: Any) -> Any:
        if value is ABSENT:
            return []
        if not isinstance(value, list):
            raise WrongKind("list", value)
        for k, item in enumerate(value):
            self.load_item(item, f"[{k}]")
        return [self.convert(v) for v in value]

    def load_item(self, item: Any, at: str) -> None:
        """Raise BadValue (at the item's path) when ``item`` does not belong in the list."""

    def convert(self, item: Any) -> Any:
        """A checked item as it is stored."""
        return item


class Tags(_ListOf):
    """A list of distinct, non-empty labels."""

    def check(self, name: str, value: Any) -> Any:
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise InvalidValueError(name, value)
        seen: list[str] = []
        for tag in (clean_text(v).strip() for v in value):
            if tag and tag not in seen:
                seen.append(tag)
        return seen

    def load_item(self, item: Any, at: str) -> None:
        if not isinstance(item, str):
            raise WrongKind("text", item, at)

    def convert(self, item: Any) -> Any:
        return clean_text(item)


class Shares(_ListOf):
    """A list of shares between 0 and 1 (a retention curve, one per second)."""

    def check(self, name: str, value: Any) -> Any:
        if not isinstance(value, (list, tuple)) or not all(_is_number(v) and 0 <= v <= 1 for v in value):
            raise InvalidValueError(name, value)
        return [float(v) for v in value]

    def load_item(self, item: Any, at: str) -> None:
        if not _is_number(item):
            raise WrongKind("share", item, at)
        if not 0 <= item <= 1:
            raise BadValue("share_range", at, value=item)

    def convert(self, item: Any) -> Any:
        return float(item)


class Mapping(Kind):
    """A JSON object; with ``text_only``, its values are ids (the variants' choices)."""

    def __init__(self, text_only: bool = False) -> None:
        self.text_only = text_only

    def check(self, name: str, value: Any) -> Any:
        if not isinstance(value, dict) or (
            self.text_only and not all(isinstance(k, str) and isinstance(x, str) for k, x in value.items())
        ):
            raise InvalidValueError(name, value)
        return dict(value)

    def dump(self, value: Any) -> Any:
        return dict(sorted(value.items()))

    def load(self, value: Any, default: Any) -> Any:
        if value is ABSENT:
            return {}
        if not isinstance(value, dict):
            raise WrongKind("object", value)
        if self.text_only:
            for key, item in value.items():
                if not isinstance(item, str):
                    raise WrongKind("id", item, f".{key}")
        return dict(value)


class FrameRef(Kind):
    """The content hash of a frame in the catalogue, or None."""

    def check(self, name: str, value: Any) -> Any:
        if value is not None and not isinstance(value, str):
            raise InvalidValueError(name, value)
        return value or None

    def load(self, value: Any, default: Any) -> Any:
        if value is ABSENT:
            return None
        if value is not None and not isinstance(value, str):
            raise WrongKind("text", value)
        return value or None


@dataclass(frozen=True)
class Spec:
    """How one persisted field is kept: its kind, whether edits may set it, its column and JSON key."""

    kind: Kind
    #: ops.set_field may change it (ids, stamps and choices change through their own operations).
    editable: bool = True
    #: The table column, when not the field's name.
    column: str = ""
    #: The JSON key, when not the field's name.
    key: str = ""
    #: The schema version whose step adds the column, derived from this declaration
    #: (1: the column is written out in the schema or its hand-written migrations).
    since: int = 1


@dataclass(frozen=True)
class Declared:
    """A persisted field of an entity: its name, spec and default (or default factory)."""

    name: str
    spec: Spec
    default: Any
    factory: Callable[[], Any] | None = None

    @property
    def column(self) -> str:
        """The field's column in its table."""
        return self.spec.column or self.name

    @property
    def key(self) -> str:
        """The field's key in the JSON interchange."""
        return self.spec.key or self.name

    @property
    def kind(self) -> Kind:
        """What the field holds."""
        return self.spec.kind


def declare(
    kind: Kind,
    default: Any = MISSING,
    *,
    factory: Callable[[], Any] | None = None,
    editable: bool = True,
    column: str = "",
    key: str = "",
    since: int = 1,
) -> Any:
    """A dataclass field holding a persisted value of ``kind``."""
    meta = {SPEC: Spec(kind, editable, column, key, since)}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


_PERSISTED: dict[type, tuple[Declared, ...]] = {}


def persisted(cls: type) -> tuple[Declared, ...]:
    """The persisted fields of an entity class, in declaration order."""
    found = _PERSISTED.get(cls)
    if found is None:
        found = _PERSISTED[cls] = tuple(
            Declared(
                f.name,
                f.metadata[SPEC],
                f.default,
                None if f.default_factory is MISSING else f.default_factory,
            )
            for f in dataclasses.fields(cls)
            if SPEC in f.metadata
        )
    return found


def find_field(cls: type, name: str) -> Declared | None:
    """The persisted field ``name`` of ``cls``, if it has one."""
    for declared in persisted(cls):
        if declared.name == name:
            return declared
    return None


def default_of(declared: Declared) -> Any:
    """A fresh default value for a field (calling its factory, if any)."""
    return declared.factory() if declared.factory is not None else declared.default


def iter_values(entity: object) -> Iterator[tuple[Declared, Any]]:
    """Each persisted field of an entity with its current value."""
    for declared in persisted(type(entity)):
        yield declared, getattr(entity, declared.name)


def ident(factory: Callable[[], str] | None = None, expected: str = "id", **options: Any) -> Any:
    """A stable id: never edited, required in JSON (``expected`` names it in errors)."""
    options.setdefault("editable", False)
    return declare(Ident(expected), factory=factory, **options)


def text(default: str = "", **options: Any) -> Any:
    """A free-text field."""
    return declare(Text(), default, **options)


def seconds(default: int | None, *, optional: bool = False, **options: Any) -> Any:
    """A duration in tenths of a second (seconds in JSON, under the name without ``_ds``)."""
    return declare(Seconds(optional), default, **options)


def choice(enum: type[Enum], default: Enum | None, **options: Any) -> Any:
    """An enum member; a None default makes the field optional."""
    return declare(Choice(enum, optional=default is None), default, **options)
