"""The creators panel's sentences: why a value or a list was refused, and a returned script's check."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication

from studio.guide.rules.returned import ReturnedCheck
from studio.imports.creator_list_import import CreatorImportError
from studio.models.creator_list import CreatorValueError

translate = QCoreApplication.translate


def _reasons() -> dict[str, str]:
    return {
        "empty_name": translate("Creators", "A creator needs a name."),
        "duplicate_name": translate("Creators", "There is already a creator called “{value}”."),
        "not_a_number": translate("Creators", "{field} “{value}” is not a number."),
        "not_whole": translate("Creators", "{field} “{value}” must be a whole number."),
        "negative": translate("Creators", "{field} “{value}” cannot be negative."),
        "too_large": translate("Creators", "{field} “{value}” is too large."),
        "unknown_platform": translate(
            "Creators", "“{value}” is not a platform Studio knows; use one of {choices}."
        ),
        "unknown_status": translate("Creators", "“{value}” is not a status; use one of {choices}."),
        "unknown_variant": translate(
            "Creators", "The project has no variant “{value}”; its variants: {choices}."
        ),
        "bad_link": translate("Creators", "“{value}” is not a web link (http:// or https://)."),
        "control_chars": translate(
            "Creators", "{field} holds control characters; type it again without them."
        ),
        "formula": translate(
            "Creators",
            "{field} “{value}” starts with “{sign}”, which spreadsheets run as a formula when exported.",
        ),
        "too_long": translate("Creators", "{field} is longer than {limit} characters."),
        "too_many": translate("Creators", "A project holds at most {limit} creators."),
        "not_found": translate("Creators", "No creator called “{value}”."),
    }


def describe_value(exc: CreatorValueError) -> str:
    """One sentence saying which value was refused and why (with the sheet's row when it came from one)."""
    from studio.ui.views.creator_deal_words import deal_labels, deal_reasons, field_titles, tier_labels

    titles = field_titles()
    facts = {k: v for k, v in exc.facts.items() if k != "row"}
    if exc.reason in ("unknown_platform", "unknown_status"):
        facts["choices"] = _choices(exc.reason)
    elif exc.reason in ("unknown_tier", "unknown_deal"):
        labels = tier_labels() if exc.reason == "unknown_tier" else deal_labels()
        facts["choices"] = translate("Creators", ", ").join(labels.values())
    text = {**_reasons(), **deal_reasons()}.get(exc.reason, exc.reason)
    with contextlib.suppress(KeyError, IndexError, ValueError):
        text = text.format(field=titles.get(exc.field, exc.field), value=exc.value, **facts)
    if "row" in exc.facts:
        return translate("Creators", "Row {row}: {reason}").format(row=exc.facts["row"], reason=text)
    return text


def _choices(reason: str) -> str:
    from studio.ui.views.creator_list_model import platform_labels, status_labels

    labels = platform_labels() if reason == "unknown_platform" else status_labels()
    return translate("Creators", ", ").join(labels.values())


def row_list(rows: list[int], shown: int = 50) -> str:
    """Row numbers for a sentence: '4, 9, 12' (the first ``shown`` of them, then '…')."""
    text = translate("Creators", ", ").join(str(r) for r in rows[:shown])
    return text + (" …" if len(rows) > shown else "")


def describe_import(exc: CreatorImportError) -> str:
    """One sentence saying why a creators list cannot be read."""
    words = {
        "too_large": translate("Creators", "{path} is too large for a creators list."),
        "binary": translate("Creators", "{path} is not a CSV or Excel file."),
        "unreadable": translate("Creators", "{path} cannot be read."),
        "unsafe": translate(
            "Creators", "{path} is damaged or holds what no spreadsheet program writes; it was not read."
        ),
        "too_many": translate("Creators", "{path} has more than {limit} rows."),
        "field_too_long": translate(
            "Creators", "{path}: row {row} holds a cell longer than {limit} characters."
        ),
        "no_name_column": translate(
            "Creators", "{path} has no column of creator names (达人昵称, 昵称, Name …)."
        ),
        "empty": translate("Creators", "{path} lists no creators."),
    }
    name = exc.path.rsplit("/", 1)[-1] or translate("Creators", "The pasted cells")
    try:
        return words.get(exc.reason, exc.reason).format(path=name, **exc.facts)
    except (KeyError, IndexError, ValueError):
        return words.get(exc.reason, exc.reason)


def returned_lines(result: ReturnedCheck, lang: str) -> list[str]:
    """A returned script's check as lines to show: what is missing, banned, against the ad law, too long."""
    lines = [translate("Creators", "Must-say line missing: {line}").format(line=m) for m in result.missing]
    lines += [translate("Creators", "Banned word: {word}").format(word=w) for w in result.banned]
    for hit in result.adlaw:
        if hit.severity == "error":
            text = translate("Creators", "Line {n}: {message}")
        else:
            text = translate("Creators", "Line {n} (warning): {message}")
        lines.append(text.format(n=hit.line, message=hit.message(lang)))
    if result.too_long:
        lines.append(
            translate("Creators", "Reads in about {seconds} s; the brief asks for {target} s.").format(
                seconds=result.seconds, target=result.target_s
            )
        )
    return lines
