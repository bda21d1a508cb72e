"""The creators' deal in the interface's words: field titles, tiers, deal types, refusals and what is due."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.models.deals import DueItem
from studio.wording import say

translate = QCoreApplication.translate


def deal_titles() -> dict[str, str]:
    """The deal fields' titles (studio.models.deals.DEAL_FIELDS) in the interface's language."""
    from studio.models.deals import DEAL_FIELDS

    return {name: say(f"talents.h.{name}") for name in DEAL_FIELDS}


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
        "koc": translate("Creators", "KOC"),
        "amateur": translate("Creators", "Amateur (素人)"),
    }


def deal_labels() -> dict[str, str]:
    """The deal types in the interface's language."""
    return {
        "flat": translate("Creators", "Flat fee (一口价)"),
        "cps": translate("Creators", "CPS commission"),
        "guaranteed": translate("Creators", "Guaranteed plays + commission"),
    }


def deal_reasons() -> dict[str, str]:
    """Why a deal's value was refused, by reason code (studio.models.money, studio.models.deals)."""
    return {
        "bad_date": translate(
            "Creators", "{field} “{value}” is not a date; write it as 2026-12-20 or 12月20日."
        ),
        "ambiguous_date": translate(
            "Creators", "{field} “{value}” could be day/month or month/day; write it as 2026-12-05."
        ),
        "date_range": translate("Creators", "{field} “{value}”: a date must fall between {low} and {high}."),
        "unknown_tier": translate("Creators", "“{value}” is not a tier; use one of {choices}."),
        "unknown_deal": translate("Creators", "“{value}” is not a deal type; use one of {choices}."),
        "not_yes_no": translate("Creators", "{field}: say yes or no."),
        "not_days": translate("Creators", "{field} “{value}” is not a number of days (30, 30天, 3个月)."),
        "days_too_long": translate("Creators", "{field} is longer than {limit} days."),
        "not_money": translate(
            "Creators", "{field} “{value}” is not an amount of money (5000, ¥5,000, 0.5万)."
        ),
        "too_precise": translate(
            "Creators", "{field} “{value}”: {currency} has {digits} decimals; round it."
        ),
        "unknown_currency": translate(
            "Creators", "{field} “{value}”: unknown currency; use one of {choices}."
        ),
        "other_currency": translate(
            "Creators",
            "{field} “{value}”: the project's money is in {currency}, not {named}. Write it in {currency}, "
            "or change the currency in Project Settings.",
        ),
        "not_a_rate": translate("Creators", "{field} “{value}” is not a rate (10%, 12.5%, 0.1)."),
        "rate_above_100": translate("Creators", "{field} “{value}”: a commission cannot be above 100%."),
        "rate_too_precise": translate("Creators", "{field} “{value}”: a rate is kept to 0.01%; round it."),
    }


def due_line(item: DueItem) -> str:
    """One thing due as a line of the Creators tab's alerts."""
    if item.kind == "draft_late":
        text = translate("Creators", "{name}: draft late by {late} days ({date})")
    elif item.kind == "post_late":
        text = translate("Creators", "{name}: post late by {late} days ({date})")
    elif item.kind == "post_due":
        text = translate("Creators", "{name}: post due in {days} days ({date})")
    else:
        text = translate("Creators", "{name}: usage rights expire in {days} days ({date})")
    return text.format(name=item.name, date=item.date, days=item.days, late=-item.days)
