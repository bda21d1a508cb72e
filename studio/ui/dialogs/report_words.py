"""The report import's problems, notes and row matches in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from studio.imports.report_import import ReportError
from studio.results.metrics import count_label
from studio.wording import has, say, say_in


def describe_error(_owner: QObject, exc: ReportError) -> str:
    """A report problem in words."""
    f: dict[str, object] = {"path": exc.path, "detail": "", **exc.fields}
    if exc.kind in ("exceeds_kept", "exceeds_total"):
        from studio.ui.views.view_common import ui_lang

        for key in ("small", "large", "kept"):
            if key in f:
                f[key] = count_label(str(f[key]), ui_lang())
    key = f"mapping.{exc.kind}"
    return say(key, **f) if has(key) else str(exc)


def describe_note(_owner: QObject, kind: str, fields: dict[str, object], lang: str) -> str:
    """One fact about the mapping: which column is the CTR numerator, what was derived."""
    shown = dict(fields)
    if "field" in shown:
        shown["field"] = count_label(str(shown["field"]), lang)
    key = f"pre.{kind}"
    if not has(key):
        return kind
    return say_in(lang, "sentence.end", text=say_in(lang, key, **shown))


def how_text(_owner: QObject, how: str, names: str) -> str:
    """Why a row went to its variant."""
    key = f"mapping.how.{how}"
    return say(key, names=names) if has(key) else how
