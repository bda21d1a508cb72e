"""The report import's problems, notes and row matches in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from studio.imports.report_import import ReportError
from studio.imports.report_problems import report_problem
from studio.results.metrics import count_label
from studio.wording import has, say, say_in


def describe_error(_owner: QObject, exc: ReportError) -> str:
    """A report problem as the window says it: no path (the dialog names the file), what to do on screen."""
    from studio.ui.views.view_common import ui_lang

    return report_problem(exc, "window", ui_lang())


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
