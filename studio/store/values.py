"""Values read from a project file are checked like values typed in: the file may come from a stranger.

A row's column holds whatever the file's author put there. Before a value reaches the model it
must be what an edit could have made: durations finite and within a shot's hour, counts bounded,
a frame's hash the hex of a SHA-256 and its format one of a fixed list (both become file names
when frames are exported), and JSON columns (settings, choices, retention, brief, creators)
small and shallow enough to parse without exhausting the stack. Whatever does not fit raises
:class:`StoredValueError` naming the table, row and field, so the user hears one line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from studio.models.fields import (
    MAX_DS,
    Amount,
    Choice,
    Count,
    Declared,
    Flag,
    FrameRef,
    Ident,
    Mapping,
    OneOf,
    Positive,
    Seconds,
    Shares,
    Tags,
    Text,
)
from studio.models.records import Structured
from studio.models.serial import HASH, IMAGE_FORMATS

#: The largest count a file may hold (impressions, plays, pixels ...): far beyond any real one,
#: and exact in a float, so sums and rates stay meaningful.
MAX_COUNT = 10**15
#: The largest sum of money or speech rate a file may hold.
MAX_AMOUNT = 1e15
#: The largest JSON column (settings, choices, retention, brief, creators), in characters.
MAX_JSON_CHARS = 4_000_000
#: The deepest nesting of lists and objects a JSON column may have.
MAX_JSON_DEPTH = 32
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class StoredValueError(ValueError):
    """A value in a project file that no edit could have made: where it is and why it is refused."""

    def __init__(self, table: str, row: str, field: str, why: str, value: object = "") -> None:
        super().__init__(f"{table} {row!r}: {field}: {why}")
        self.table, self.row, self.field, self.why = table, row, field, why
        self.value = _short(value)


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:36]}…"


def json_depth(text: str) -> int:
    """How deeply lists and objects nest in JSON text, found without parsing it (no recursion)."""
    depth = deepest = 0
    for bracket in _BRACKET.findall(_STRING.sub("", text)):
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def bounded_json(text: Any) -> str:
    """JSON column text that is safe to parse; raises ValueError with a reason code otherwise."""
    if not isinstance(text, str):
        raise ValueError("wrong_kind")
    if len(text) > MAX_JSON_CHARS:
        raise ValueError("too_large")
    if json_depth(text) > MAX_JSON_DEPTH:
        raise ValueError("too_deep")
    return text


def _number(value: Any, low: float, high: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("wrong_kind")
    if not math.isfinite(value):
        raise ValueError("not_finite")
    if not low <= value <= high:
        raise ValueError("out_of_range")


def check(f: Declared, stored: Any) -> None:
    """Refuse a stored value that no edit could have made (ValueError with a reason code)."""
    checker = checker_for(f)
    if checker is not None:
        checker(stored)


def _json(stored: Any) -> None:
    bounded_json(stored)


def _count(stored: Any) -> None:
    _number(stored, 0, MAX_COUNT)


def _amount(stored: Any) -> None:
    _number(stored, 0, MAX_AMOUNT)


def _positive(stored: Any) -> None:
    _number(stored, 0, MAX_AMOUNT)
    if not stored > 0:
        raise ValueError("out_of_range")


def _hash(stored: Any) -> None:
    if not isinstance(stored, str) or not HASH.fullmatch(stored):
        raise ValueError("bad_hash")


def _frame_ref(stored: Any) -> None:
    if stored is not None and stored != "":
        _hash(stored)


def _image_format(stored: Any) -> None:
    if stored not in IMAGE_FORMATS:
        raise ValueError("bad_format")


def _flag(stored: Any) -> None:
    if stored not in (0, 1):
        raise ValueError("wrong_kind")


def _seconds(optional: bool) -> Callable[[Any], None]:
    def check_seconds(stored: Any) -> None:
        if stored is None and optional:
            return
        _number(stored, 1, MAX_DS)

    return check_seconds


def checker_for(f: Declared) -> Callable[[Any], None] | None:
    """The check a field's stored value gets, chosen once per field (opening reads thousands of rows)."""
    kind = f.kind
    if isinstance(kind, (Structured, Tags, Shares, Mapping)):
        return _json
    if isinstance(kind, Seconds):
        return _seconds(kind.optional)
    if isinstance(kind, Count):
        return _count
    if isinstance(kind, Positive):
        return _positive
    if isinstance(kind, Amount):
        return _amount
    if isinstance(kind, Ident) and kind.expected == "hash":
        return _hash
    if isinstance(kind, FrameRef):
        return _frame_ref
    if f.name == "format" and isinstance(kind, Text):
        return _image_format
    if isinstance(kind, (Text, Choice, OneOf)):
        # The tables are STRICT: a TEXT column holds text or NULL, and the decoder judges the rest.
        return None
    if isinstance(kind, Flag):
        return _flag
    return None


#: What a refused value may raise while checked or decoded.
REFUSALS = (ValueError, TypeError, KeyError, RecursionError)


def refused(table: str, row: str, f: Declared, exc: BaseException, stored: Any) -> StoredValueError:
    """The error naming where a value that :func:`check` or the decoder refused sits, and why."""
    why = str(exc) if str(exc) in _REASONS else "unreadable"
    return StoredValueError(table, row, f.column, why, stored)


#: The reason codes :class:`StoredValueError` carries (callers word them).
_REASONS = frozenset(
    {
        "wrong_kind",
        "not_finite",
        "out_of_range",
        "bad_hash",
        "bad_format",
        "too_large",
        "too_deep",
        "no_parent",
    }
)
