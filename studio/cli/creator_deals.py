"""The deal side of ``studio creators``: its options' words, refusals, ``--due`` and the JSON it adds."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from studio.cli.i18n import language, say


def deal_choices(reason: str) -> str:
    """The tiers or deal types by the names the user reads (and may type), in the CLI's language."""
    from studio.models.deals import DEAL_LABELS, TIER_LABELS

    labels = TIER_LABELS if reason == "unknown_tier" else DEAL_LABELS
    zh = language() == "zh"
    return ("、" if zh else ", ").join(label[0 if zh else 1] for label in labels.values())


def deal_data(creator: Any, currency: str) -> dict[str, Any]:
    """What the deal adds to a creator's JSON: the currency, the cost and exact amounts as text."""
    from studio.models.deals import cost, exclusive_until
    from studio.models.money import format_rate, to_decimal

    spent = cost(creator, currency)
    return {
        "currency": currency,
        "fee_amount": str(to_decimal(creator.fee, currency)),
        "commission_rate": format_rate(creator.commission),
        "cost": spent,
        "cost_amount": str(to_decimal(spent, currency)),
        "exclusive_until": exclusive_until(creator),
    }


def shown_value(field: str, value: Any, currency: str) -> str:
    """A creator's value as the user reads it: money with its sign, a rate in %, labels in their language."""
    from studio.models.deals import DEAL_LABELS, TIER_LABELS
    from studio.models.money import format_amount, format_rate

    zh = language() == "zh"
    if value in ("", None, []) or (field in ("fee", "commission") and value == 0):
        return "–"
    if field == "fee":
        return format_amount(int(value), currency)
    if field == "commission":
        return format_rate(int(value))
    if field in ("tier", "deal"):
        labels = TIER_LABELS if field == "tier" else DEAL_LABELS
        pair: tuple[str, str] = labels.get(value, (value, value))
        return pair[0 if zh else 1]
    if field == "paid_ads":
        return ("是" if value else "否") if zh else ("yes" if value else "no")
    if isinstance(value, list):
        from studio.exports.common import platform_name

        return ("、" if zh else ", ").join(platform_name(p, language()) for p in value)
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def print_due(path: str, creators: Any, as_json: bool, today: dt.date | None = None) -> int:
    """Print what is due (``studio creators FILE --due``), soonest first; JSON with ``as_json``."""
    from studio.models.deals import DUE_DAYS, EXPIRY_DAYS, due_items

    items = due_items(creators, today)
    if as_json:
        rows = [{"kind": i.kind, "name": i.name, "date": i.date, "days": i.days} for i in items]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(say("due.none", path=path, post=DUE_DAYS, rights=EXPIRY_DAYS))
        return 0
    for i in items:
        print(say(f"due.{i.kind}", date=i.date, name=i.name, days=i.days, late=-i.days))
    print(say("due.count", count=len(items)))
    return 0
