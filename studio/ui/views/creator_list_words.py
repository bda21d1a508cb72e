"""The creators panel's sentences: why a value or a list was refused, and a returned script's check."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.guide.rules.returned import ReturnedCheck
from studio.imports.creator_list_import import CreatorImportError
from studio.models.creator_list import CreatorValueError
from studio.wording import has, say
from studio.wording.describe import value_refused

translate = QCoreApplication.translate

#: Why a creators file cannot be read, worded as the CLI's ``ti.*`` lines; the others are the window's own.
_SHARED_FILE_REASONS = (
    "too_large",
    "binary",
    "unsafe",
    "too_many",
    "field_too_long",
    "no_name_column",
    "empty",
)


def describe_value(exc: CreatorValueError) -> str:
    """One sentence saying which value was refused and why (with the sheet's row when it came from one)."""
    from studio.ui.views.creator_deal_words import deal_labels, field_titles, tier_labels

    facts: dict[str, object] = {}
    if exc.reason in ("unknown_platform", "unknown_status"):
        facts["choices"] = _choices(exc.reason)
    elif exc.reason in ("unknown_tier", "unknown_deal"):
        labels = tier_labels() if exc.reason == "unknown_tier" else deal_labels()
        facts["choices"] = translate("Creators", ", ").join(labels.values())
    return value_refused(exc, "window", field_titles().get(exc.field, exc.field), **facts)


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
    name = exc.path.rsplit("/", 1)[-1] or say("creator.file.pasted")
    if exc.reason in _SHARED_FILE_REASONS:
        return say("sentence.end", text=say(f"ti.{exc.reason}", path=name, **exc.facts))
    key = f"creator.file.{exc.reason}"
    return say(key, path=name, **exc.facts) if has(key) else exc.reason


def returned_lines(result: ReturnedCheck, lang: str) -> list[str]:
    """A returned script's check as lines to show: what is missing, banned, against the ad law, too long."""
    lines = [say("creator.returned.missing", line=m) for m in result.missing]
    lines += [say("creator.returned.banned", word=w) for w in result.banned]
    for hit in result.adlaw:
        key = "creator.returned.error" if hit.severity == "error" else "creator.returned.warning"
        lines.append(say(key, n=hit.line, message=hit.message(lang)))
    if result.too_long:
        lines.append(say("creator.returned.too_long", seconds=result.seconds, target=result.target_s))
    return lines
