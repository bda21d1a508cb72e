"""Decide where each column of a shot table goes: by its header, by what its cells hold, or both.

A header is a hint people fill in as they like ("镜头" may hold shot numbers or ELS/MS/CU,
"Time" may be a shot's length or the minutes a set-up takes); the cells say what the column
really is. Each column gets a :class:`ColumnGuess`: the field, what the guess rests on, the
share of cells that agree, and how sure it is, so the report and the mapping dialog can
say so and the user can change it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from enum import Enum

from studio.imports.xlsx_vocab import parse_enum, parse_seconds
from studio.models.enums import Angle, CameraMove, ShotSize
from studio.wording import say_in

#: Fields whose cells can be recognised, and the vocabularies behind them.
ENUM_KINDS: dict[str, type[Enum]] = {"shot_size": ShotSize, "camera_move": CameraMove, "angle": Angle}
CONTENT_FIELDS = (*ENUM_KINDS, "duration")
#: Fields several columns may fill together (音乐 and 音响 side by side): their texts are joined.
JOINED = ("sound",)
#: Text fields that never hold only numbers.
PLACE_FIELDS = ("location", "talent", "props")
#: Cells looked at per column, and the shares that make a content guess.
SAMPLE_ROWS = 200
CONTENT_ALONE = 0.6  # a column without a known header
CONTENT_OVER_HEADER = 0.8  # a column whose header says something else
ORDER = {"sure": 0, "likely": 1, "guess": 2}

#: Durations written with a unit or as a clock ("2s", "3秒", "0:03", "00:00-00:05"): plain
#: numbers are not evidence, a column of 1, 2, 3 is as likely shot numbers.
_TIMED = re.compile(
    r"^\s*(\d+(\.\d+)?\s*(s|sec|secs|seconds?|秒钟?|″|\")|\d{1,2}[:：]\d{1,2}([.．]\d+)?([:：]\d{1,2})?"
    r"(\s*[-–—~～至]\s*\d{1,2}[:：]\d{1,2}([.．]\d+)?)?|\d+(\.\d+)?\s*[-–—~～至]\s*\d+(\.\d+)?\s*(s|秒))\s*$",
    re.IGNORECASE,
)
#: Minutes or hours: the time a set-up takes on a shot list, never a short video's shot.
_SETUP = re.compile(
    r"^\s*\d+(\.\d+)?\s*(m|min|mins|minutes?|h|hr|hrs|hours?|分钟|分|小时|钟头)\s*$", re.IGNORECASE
)

_NUMBER = re.compile(r"^\s*\d+(\.\d+)?\s*$")


@dataclass(frozen=True)
class ColumnGuess:
    """Where one column goes and why.

    ``basis``: header, content, both (they agree), setup_time (minutes: kept in notes),
    numbers (a location/talent/props header over plain numbers, e.g. scene numbers: notes),
    duplicate (another column took the field), user (chosen in the dialog), none (no clue:
    kept in notes). ``share`` is the part of the sampled cells that fit ``field`` (or, for
    setup_time, that are minutes); ``values`` how many non-empty cells were sampled.
    """

    column: int
    header: str
    field: str | None
    basis: str
    confidence: str  # sure, likely, guess
    share: float = 0.0
    values: int = 0
    wanted: str | None = None  # the field a duplicate lost to another column


def guess_words(g: ColumnGuess, lang: str, field_name: Callable[[str | None], str]) -> tuple[str, str]:
    """How sure a column's guess is and what it rests on, in ``lang``: the words of the import's report
    (``studio import-xlsx``) and of the window's import dialog. ``field_name`` names a field for them."""

    def say(key: str, **fields: object) -> str:
        return say_in(lang, f"import.guess.{key}", **fields)

    n, total = round(g.share * g.values), g.values
    if g.field in ("in", "out", "frame"):
        why = say("why.ignored")
    elif g.basis == "header":
        weak = g.field in ("shot_size", "camera_move", "angle", "duration") and g.confidence == "guess"
        why = say("why.header_weak", n=n, total=total) if weak else say("why.header")
    elif g.basis == "content":
        why = say("why.content", n=n, total=total, kind=say(f"kind.{g.field}"))
    elif g.basis in ("duplicate", "numbers"):
        why = say(f"why.{g.basis}", field=field_name(g.wanted))
    else:
        why = say(f"why.{g.basis}", n=n, total=total)
    return say(g.confidence), why


def _is_duration(value: object) -> bool:
    if isinstance(value, (dt.time, dt.timedelta)):
        return True
    return isinstance(value, str) and bool(_TIMED.match(value)) and parse_seconds(value) is not None


def _is_setup(value: object) -> bool:
    return isinstance(value, str) and bool(_SETUP.match(value))


def fits(field: str, value: object) -> bool:
    """Whether one cell looks like a value of ``field`` (a content field)."""
    if field == "duration":
        return _is_duration(value)
    return parse_enum(ENUM_KINDS[field], value) is not None


def _shares(values: list[object]) -> dict[str, float]:
    n = len(values)
    if not n:
        return {}
    shares = {f: sum(fits(f, v) for v in values) / n for f in CONTENT_FIELDS}
    shares["setup_time"] = sum(_is_setup(v) for v in values) / n
    return shares


def guess_column(column: int, header: str, by_header: str | None, values: list[object]) -> ColumnGuess:
    """One column's field from its header's field (or None) and its sampled non-empty cells."""
    n = len(values)
    shares = _shares(values)
    if shares.get("setup_time", 0) >= 0.5 and by_header in (None, "duration", "notes"):
        return ColumnGuess(column, header, None, "setup_time", "sure", shares["setup_time"], n)
    best = max(CONTENT_FIELDS, key=lambda f: shares.get(f, 0.0))
    share = shares.get(best, 0.0)
    if by_header is not None and by_header == best and share >= CONTENT_ALONE:
        return ColumnGuess(column, header, best, "both", "sure", share, n)
    content_wins = n >= 2 and (share >= CONTENT_OVER_HEADER or (by_header is None and share >= CONTENT_ALONE))
    if content_wins:
        confidence = "sure" if share >= 0.95 and n >= 3 else "likely"
        return ColumnGuess(column, header, best, "content", confidence, share, n)
    if by_header is None:
        return ColumnGuess(column, header, None, "none", "sure" if not n else "likely", 0.0, n)
    if by_header in PLACE_FIELDS and n and all(_NUMBER.match(str(v)) for v in values):
        # "Scene" on a film shot list is the scene's number, not a place (场景 is a place).
        return ColumnGuess(column, header, None, "numbers", "likely", 1.0, n, wanted=by_header)
    if by_header in CONTENT_FIELDS:
        own = shares.get(by_header, 0.0)
        plain_numbers = by_header == "duration" and all(_NUMBER.match(str(v)) for v in values)
        sure = not n or own >= CONTENT_ALONE or plain_numbers
        return ColumnGuess(column, header, by_header, "header", "sure" if sure else "guess", own, n)
    return ColumnGuess(column, header, by_header, "header", "sure", 0.0, n)


def settle(guesses: Iterable[ColumnGuess]) -> list[ColumnGuess]:
    """One column per field (but :data:`JOINED`): the surest keeps it (then the larger share, then the leftmost)."""
    guesses = sorted(guesses, key=lambda g: g.column)
    winner: dict[str, ColumnGuess] = {}
    for g in sorted(guesses, key=lambda g: (ORDER[g.confidence], g.basis != "both", -g.share, g.column)):
        if g.field is not None and g.field not in winner:
            winner[g.field] = g
    return [
        g
        if g.field is None or g.field in JOINED or winner[g.field] is g
        else replace(g, field=None, basis="duplicate")
        for g in guesses
    ]


def guess_columns(
    headers: Mapping[int, str], by_header: Mapping[int, str], samples: Mapping[int, list[object]]
) -> list[ColumnGuess]:
    """Every column with a header or recognisable cells, settled so that no field is taken twice."""
    columns = sorted(set(headers) | {c for c, v in samples.items() if v})
    guesses = []
    for c in columns:
        g = guess_column(c, headers.get(c, ""), by_header.get(c), samples.get(c, []))
        if g.header or g.field is not None:
            guesses.append(g)
    return settle(guesses)


def with_choices(guesses: list[ColumnGuess], choices: Mapping[int, str | None]) -> list[ColumnGuess]:
    """The guesses with the user's choices (column -> field, None for notes) put in, others settled around them."""
    chosen = {c: f for c, f in choices.items()}
    taken = {f for f in chosen.values() if f}
    out = []
    for g in guesses:
        if g.column in chosen:
            out.append(replace(g, field=chosen[g.column], basis="user", confidence="sure"))
        elif g.field in taken and g.field not in JOINED:
            out.append(replace(g, field=None, basis="duplicate", wanted=g.field))
        else:
            out.append(g)
    return out
