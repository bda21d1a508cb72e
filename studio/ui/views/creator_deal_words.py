"""The creators' deal in the interface's words: field titles, tiers, deal types, refusals and what is due."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.models.deals import DueItem

translate = QCoreApplication.translate


def deal_titles() -> dict[str, str]:
    """The deal fields' titles (studio.models.deals.DEAL_FIELDS) in the interface's language."""
    return {
        "tier": translate("Talents", "Tier"),
        "deal": translate("Talents", "Deal"),
        "fee": translate("Talents", "Fee"),
        "commission": translate("Talents", "Commission"),
        "guaranteed_plays": translate("Talents", "Guaranteed plays"),
        "deliverables": translate("Talents", "Deliverables"),
        "draft_due": translate("Talents", "Draft due"),
        "draft_in": translate("Talents", "Draft in"),
        "final_due": translate("Talents", "Final due"),
        "post_due": translate("Talents", "Posting date"),
        "rights_platforms": translate("Talents", "Rights: platforms"),
        "paid_ads": translate("Talents", "Paid-ad use"),
        "rights_until": translate("Talents", "Rights until"),
        "exclusive_days": translate("Talents", "Exclusivity (days)"),
    }


def field_titles() -> dict[str, str]:
    """Every creator field's title: the table's columns and the deal's."""
    from studio.models.creator_list import TALENT_FIELDS
    from studio.ui.views.creator_list_model import column_titles

    return {**dict(zip(TALENT_FIELDS, column_titles(), strict=True)), **deal_titles()}


def tier_labels() -> dict[str, str]:
    """The tiers, largest first, in the interface's language."""
    return {
        "top": translate("Talents", "Top (头部)"),
        "upper": translate("Talents", "Upper mid (肩部)"),
        "mid": translate("Talents", "Mid (腰部)"),
        "micro": translate("Talents", "Micro (尾部)"),
        "koc": translate("Talents", "KOC"),
        "amateur": translate("Talents", "Amateur (素人)"),
    }


def deal_labels() -> dict[str, str]:
    """The deal types in the interface's language."""
    return {
        "flat": translate("Talents", "Flat fee (一口价)"),
        "cps": translate("Talents", "CPS commission"),
        "guaranteed": translate("Talents", "Guaranteed plays + commission"),
    }


def deal_reasons() -> dict[str, str]:
    """Why a deal's value was refused, by reason code (studio.models.money, studio.models.deals)."""
    return {
        "bad_date": translate(
            "Talents", "{field} “{value}” is not a date; write it as 2026-12-20 or 12月20日."
        ),
        "ambiguous_date": translate(
            "Talents", "{field} “{value}” could be day/month or month/day; write it as 2026-12-05."
        ),
        "date_range": translate("Talents", "{field} “{value}”: a date must fall between {low} and {high}."),
        "unknown_tier": translate("Talents", "“{value}” is not a tier; use one of {choices}."),
        "unknown_deal": translate("Talents", "“{value}” is not a deal type; use one of {choices}."),
        "not_yes_no": translate("Talents", "{field}: say yes or no."),
        "not_days": translate("Talents", "{field} “{value}” is not a number of days (30, 30天, 3个月)."),
        "days_too_long": translate("Talents", "{field} is longer than {limit} days."),
        "not_money": translate(
            "Talents", "{field} “{value}” is not an amount of money (5000, ¥5,000, 0.5万)."
        ),
        "too_precise": translate("Talents", "{field} “{value}”: {currency} has {digits} decimals; round it."),
        "unknown_currency": translate(
            "Talents", "{field} “{value}”: unknown currency; use one of {choices}."
        ),
        "other_currency": translate(
            "Talents",
            "{field} “{value}”: the project's money is in {currency}, not {named}. Write it in {currency}, "
            "or change the currency in Project Settings.",
        ),
        "not_a_rate": translate("Talents", "{field} “{value}” is not a rate (10%, 12.5%, 0.1)."),
        "rate_above_100": translate("Talents", "{field} “{value}”: a commission cannot be above 100%."),
        "rate_too_precise": translate("Talents", "{field} “{value}”: a rate is kept to 0.01%; round it."),
    }


def due_line(item: DueItem) -> str:
    """One thing due as a line of the Creators tab's alerts."""
    if item.kind == "draft_late":
        text = translate("Talents", "{name}: draft late by {late} days ({date})")
    elif item.kind == "post_late":
        text = translate("Talents", "{name}: post late by {late} days ({date})")
    elif item.kind == "post_due":
        text = translate("Talents", "{name}: post due in {days} days ({date})")
    else:
        text = translate("Talents", "{name}: usage rights expire in {days} days ({date})")
    return text.format(name=item.name, date=item.date, days=item.days, late=-item.days)
