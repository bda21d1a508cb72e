"""Values read from a project file are checked like values typed in: the file may come from a stranger.

A row's column holds whatever the file's author put there. Before a value reaches the model it
must be what an edit could have made: durations finite and within a shot's hour, counts bounded,
a frame's hash the hex of a SHA-256 and its format one of a fixed list (both become file names
when frames are exported), and JSON columns (settings, choices, retention, brief, talents)
small and shallow enough to parse without exhausting the stack. Whatever does not fit raises
:class:`StoredValueError` naming the table, row and field, so the user hears one line.
"""

from __future__ import annotations

import json
import math
import re
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
#: The largest JSON column (settings, choices, retention, brief, talents), in characters.
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
    kind = f.kind
    if isinstance(kind, (Structured, Tags, Shares, Mapping)):
        bounded_json(stored)
    elif isinstance(kind, Seconds):
        if stored is None and kind.optional:
            return
        _number(stored, 1, MAX_DS)
    elif isinstance(kind, Count):
        _number(stored, 0, MAX_COUNT)
    elif isinstance(kind, Positive):
        _number(stored, 0, MAX_AMOUNT)
        if not stored > 0:
            raise ValueError("out_of_range")
    elif isinstance(kind, Amount):
        _number(stored, 0, MAX_AMOUNT)
    elif isinstance(kind, Ident) and kind.expected == "hash":
        if not isinstance(stored, str) or not HASH.fullmatch(stored):
            raise ValueError("bad_hash")
    elif isinstance(kind, FrameRef):
        if (
            stored is not None
            and stored != ""
            and (not isinstance(stored, str) or not HASH.fullmatch(stored))
        ):
            raise ValueError("bad_hash")
    elif f.name == "format" and isinstance(kind, Text):
        if stored not in IMAGE_FORMATS:
            raise ValueError("bad_format")
    elif isinstance(kind, (Text, Choice, OneOf)):
        if stored is not None and not isinstance(stored, str):
            raise ValueError("wrong_kind")
    elif isinstance(kind, Flag) and stored not in (0, 1):
        raise ValueError("wrong_kind")


def decode_checked(table: str, row: str, f: Declared, stored: Any, decode: Any) -> Any:
    """``decode(f, stored)`` after :func:`check`; any refusal names the table, row and field."""
    try:
        check(f, stored)
        return decode(f, stored)
    except (ValueError, TypeError, KeyError, RecursionError, json.JSONDecodeError) as exc:
        why = str(exc) if str(exc) in _REASONS else "unreadable"
        raise StoredValueError(table, row, f.column, why, stored) from None


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
