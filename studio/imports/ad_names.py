"""Match a report row's ad name ("1130_焕亮精华_价格钩子_v2") to a variant of the script.

Teams name their ads with dates, products and versions around the variant's name, so a row
matches a variant when the variant's name (or its code, V1, V2 ...) appears in the ad name as
whole tokens. A name beats a code; the longest name wins; a tie is left for the user to pick.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import dataclass
from typing import TypeVar

from studio.models.entities import Script, Variant

K = TypeVar("K")

_SEP = re.compile(r"[\s_\-－—–|｜/\\·,，、.。:：;；()（）\[\]【】{}《》<>\"'“”‘’#+]+")


def tokens(text: str) -> list[str]:
    """The words of a name, split on separators and lower-cased ("1130_焕亮_v2" -> ["1130", "焕亮", "v2"])."""
    return [t for t in _SEP.split(text.casefold()) if t]


def variant_code(script: Script, variant: Variant) -> str:
    """A variant's short code by its place in the script: V1, V2 ..."""
    return f"V{script.variants.index(variant) + 1}"


@dataclass(frozen=True)
class Match:
    """How a row's name found its variant: how is exact, name, code, ambiguous or none."""

    variant: Variant | None
    how: str
    #: For 'ambiguous': the variants it could be.
    candidates: tuple[Variant, ...] = ()


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def match_name(name: str, script: Script) -> Match:
    """The variant an ad name stands for, by id or exact name, then by name or code tokens."""
    exact = script.variant(name.strip())
    if exact is not None:
        return Match(exact, "exact")
    words = tokens(name)
    named = [(v, tokens(v.name)) for v in script.variants]
    hits = [(v, t) for v, t in named if _contains(words, t)]
    if hits:
        longest = max((len(t), len(v.name)) for v, t in hits)
        best = [v for v, t in hits if (len(t), len(v.name)) == longest]
        if len(best) == 1:
            return Match(best[0], "name")
        return Match(None, "ambiguous", tuple(best))
    coded = [v for v in script.variants if variant_code(script, v).casefold() in words]
    if len(coded) == 1:
        return Match(coded[0], "code")
    if coded:
        return Match(None, "ambiguous", tuple(coded))
    return Match(None, "none")


def assign(
    name: str, script: Script, picks: Mapping[K, str | None], key: K, ids: Container[str]
) -> tuple[str | None, str, tuple[str, ...]]:
    """Where a report's row or curve called ``name`` goes: (variant id or None, how, ids it could be).

    The user's pick under ``key`` wins: a variant of ``ids``, or 'skipped' for None or a variant no
    longer in the script; without a pick the name is matched (:func:`match_name`).
    """
    if key in picks:
        chosen = picks[key]
        return (chosen, "picked", ()) if chosen is not None and chosen in ids else (None, "skipped", ())
    found = match_name(name, script)
    return found.variant.id if found.variant else None, found.how, tuple(v.id for v in found.candidates)
