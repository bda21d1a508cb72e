"""When a report's new values disagree with earlier values it does not carry: the conflict and the two ways out.

A report never replaces a value with nothing, so a field it lacks keeps its earlier value. That earlier
value can contradict the new ones (plays 41,300 kept beside 10,000 new impressions). Rather than refuse
the report, the preview names the conflict and works out both choices, each with every earlier value
it would drop (name and value), so nothing is dropped without being listed:

- ``replace``: the variant's results become the report's (every earlier count and amount it lacks is dropped);
- ``agree``: earlier values are kept where they still agree with the new ones; only those that disagree drop.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from studio.imports.report_profiles import COUNTS, MONEY
from studio.models.entities import VariantResult
from studio.models.funnel import bound

#: The choices a conflict offers, in the order they are shown.
CHOICES = ("replace", "agree")


@dataclass(frozen=True)
class Conflict:
    """One disagreement: ``small`` above ``large`` after the import, ``kept`` the field holding its earlier value."""

    variant_id: str
    small: str
    large: str
    small_value: float
    large_value: float
    kept: str


def find_conflicts(variant_id: str, result: VariantResult, carried: Mapping[str, float]) -> list[Conflict]:
    """Every count of ``result`` above its bound, naming which side keeps an earlier value (not in ``carried``)."""
    found = []
    for small in COUNTS:
        value = getattr(result, small)
        large = bound(result, small) if value else None
        if large is None or value <= getattr(result, large):
            continue
        kept = small if small not in carried else large
        found.append(Conflict(variant_id, small, large, value, getattr(result, large), kept))
    return found


def agreeing(result: VariantResult, carried: Mapping[str, float]) -> tuple[VariantResult, dict[str, float]]:
    """``result`` with the earlier values that disagree dropped, and those values (name -> value).

    Only values the report does not carry are dropped; dropping one can move a bound, so it repeats
    until every count fits. A conflict between two carried values is left for the caller to refuse.
    """
    out = dataclasses.replace(result, retention=list(result.retention))
    dropped: dict[str, float] = {}
    while True:
        gone = [c.kept for c in find_conflicts(result.variant_id, out, carried) if c.kept not in carried]
        if not gone:
            return out, dropped
        for name in dict.fromkeys(gone):
            dropped[name] = getattr(out, name)
            setattr(out, name, 0)


def replacing(result: VariantResult, carried: Mapping[str, float]) -> tuple[VariantResult, dict[str, float]]:
    """``result`` holding only the report's counts and amounts (the curve stays), and the earlier ones dropped."""
    out = dataclasses.replace(result, retention=list(result.retention))
    dropped: dict[str, float] = {}
    for name in (*COUNTS, *MONEY):
        if name not in carried and getattr(out, name):
            dropped[name] = getattr(out, name)
            setattr(out, name, 0.0 if name in MONEY else 0)
    return out, dropped


def resolve(
    choice: str, result: VariantResult, carried: Mapping[str, float]
) -> tuple[VariantResult, dict[str, float]]:
    """The variant's results under ``choice`` ("replace" or "agree") and the earlier values it drops."""
    if choice == "replace":
        return replacing(result, carried)
    if choice == "agree":
        return agreeing(result, carried)
    raise ValueError(f"unknown choice {choice!r}")
