"""The creators' deal in the interface's words: field titles, tiers, deal types and what is due.

Why a deal's value was refused is in the catalogue (resources/wording/creator_sentences.json).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.models.deals import DueItem
from studio.wording import say

translate = QCoreApplication.translate


def deal_titles() -> dict[str, str]:
    """The deal fields' titles (studio.models.deals.DEAL_FIELDS) in the interface's language."""
    from studio.models.deals import DEAL_FIELDS

    return {name: say(f"creators.h.{name}") for name in DEAL_FIELDS}


def field_titles() -> dict[str, str]:
    """Every creator field's title: the table's columns and the deal's."""
    from studio.models.creator_list import CREATOR_FIELDS
    from studio.ui.views.creator_list_model import column_titles

    return {**dict(zip(CREATOR_FIELDS, column_titles(), strict=True)), **deal_titles()}


def tier_labels() -> dict[str, str]:
    """The tiers, largest first, in the interface's language."""
    return {
        "top": translate("Creators", "Top (头部)"),
        "upper": translate("Creators", "Upper mid (肩部)"),
        "mid": translate("Creators", "Mid (腰部)"),
        "micro": translate("Creators", "Micro (尾部)"),
        "koc": say("vocab.tier.koc"),
        "amateur": translate("Creators", "Amateur (素人)"),
    }


def deal_labels() -> dict[str, str]:
    """The deal types in the interface's language."""
    return {
        "flat": translate("Creators", "Flat fee (一口价)"),
        "cps": say("vocab.deal.cps"),
        "guaranteed": say("vocab.deal.guaranteed"),
    }


def due_line(item: DueItem) -> str:
    """One thing due as a line of the Creators tab's alerts."""
    kind = item.kind if item.kind in ("draft_late", "post_late", "post_due") else "rights"
    return say(f"creator.due.{kind}", name=item.name, date=item.date, days=item.days, late=-item.days)
