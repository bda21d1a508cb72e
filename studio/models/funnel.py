"""The funnel of an ad result: which count can never exceed which (a click needs an impression)."""

from __future__ import annotations

from studio.models.entities import VariantResult

#: Count -> the count it can never exceed: completions and 3-second views are plays, plays are impressions.
PARENT: dict[str, str] = {
    "clicks": "impressions",
    "conversions": "clicks",
    "completions": "plays",
    "views_3s": "plays",
    "plays": "impressions",
}


def bound(result: VariantResult, name: str) -> str | None:
    """The nearest count above ``name`` that holds a value (a blank plays leaves completions under impressions).

    A count of 0 means "not reported yet", so counts can be typed in any order.
    """
    above = PARENT.get(name)
    while above is not None and not getattr(result, above, 0):
        above = PARENT.get(above)
    return above


def broken(result: VariantResult) -> list[tuple[str, str]]:
    """Every (count, bound) pair the result breaks, e.g. ('plays', 'impressions') for more plays than impressions."""
    found = []
    for name in PARENT:
        value = getattr(result, name, 0)
        above = bound(result, name) if value else None
        if above is not None and value > getattr(result, above):
            found.append((name, above))
    return found
