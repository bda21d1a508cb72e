"""The report import's problems, notes and row matches in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from studio.imports.report_import import ReportError
from studio.results.metrics import count_label
from studio.wording import say


def describe_error(_owner: QObject, exc: ReportError) -> str:
    """A report problem in words."""
    f: dict[str, object] = {"path": exc.path, "detail": "", **exc.fields}
    texts = {
        "empty": QCoreApplication.translate("ReportWords", "The report is empty."),
        "binary": QCoreApplication.translate("ReportWords", "This is not a CSV or Excel report."),
        "unreadable": QCoreApplication.translate("ReportWords", "The report cannot be read ({detail})."),
        "too_large": QCoreApplication.translate(
            "ReportWords",
            "The report is larger than Studio reads (100,000 data rows, 50 MB). Export a shorter date range, "
            "or split it into several files and import each.",
        ),
        "unsafe": QCoreApplication.translate(
            "ReportWords",
            "The workbook holds XML no spreadsheet program writes ({detail}); nothing was read. Open it in "
            "Excel or WPS, save it again as .xlsx (or export .csv) and import that.",
        ),
        "field_too_long": QCoreApplication.translate(
            "ReportWords", "Line {row} has a field longer than {limit} characters; this is not a report."
        ),
        "bad_time": QCoreApplication.translate(
            "ReportWords",
            "Row {row}, column {column}: {value} is not a time (use seconds such as 3, 3s or 0:03).",
        ),
        "bad_share": QCoreApplication.translate(
            "ReportWords", "Column {column}: {value} is not a share of viewers between 0 and 100 %."
        ),
        "no_time_column": QCoreApplication.translate(
            "ReportWords", "The file has no time column (秒 / 时间 / second / time) for the retention curve."
        ),
        "no_share_column": QCoreApplication.translate(
            "ReportWords",
            "The file has no column with the share of viewers still watching (留存率 / retention).",
        ),
        "no_variant_column": QCoreApplication.translate(
            "ReportWords", "Choose the column with the ad or variant name."
        ),
        "no_count_column": QCoreApplication.translate(
            "ReportWords",
            "Choose at least one column with counts (impressions, plays, clicks, conversions). "
            "Spend or GMV alone cannot be compared, and earlier counts are never replaced by nothing.",
        ),
        "not_a_number": QCoreApplication.translate(
            "ReportWords", "Row {row}, column {column}: {value} is not a number."
        ),
        "negative": QCoreApplication.translate(
            "ReportWords", "Row {row}, column {column}: {value} is negative."
        ),
        "fraction": QCoreApplication.translate(
            "ReportWords", "Row {row}, column {column}: {value} is not a whole count."
        ),
        "too_big": QCoreApplication.translate(
            "ReportWords",
            "Row {row}, column {column}: {value} is larger than any report's number (the limit is {limit:,}). "
            "Check the column mapping, or fix the cell.",
        ),
        "exceeds": QCoreApplication.translate("ReportWords", "Row {row}: {small} is more than {large}."),
        "exceeds_kept": QCoreApplication.translate(
            "ReportWords",
            "{variant} would have more {small} ({small_value:,g}) than {large} ({large_value:,g}) because "
            "{kept} keeps an earlier value the report does not carry. Choose below: replace the variant's "
            "results with the report, or keep earlier values only where they still agree.",
        ),
        "exceeds_total": QCoreApplication.translate(
            "ReportWords",
            "Added up, the report gives {variant} more {small} ({small_value:,g}) than {large} ({large_value:,g}): "
            "its rows leave different columns blank. Fill the blanks, or map other columns.",
        ),
        "unknown_variants": QCoreApplication.translate(
            "ReportWords", "No variant named {names} in this script (variants: {known})."
        ),
        "no_rows": QCoreApplication.translate("ReportWords", "The report has no data rows."),
    }
    if exc.kind in ("exceeds_kept", "exceeds_total"):
        from studio.ui.views.view_common import ui_lang

        for key in ("small", "large", "kept"):
            if key in f:
                f[key] = count_label(str(f[key]), ui_lang())
    text = texts.get(exc.kind, str(exc))
    try:
        return text.format(**f)
    except (KeyError, IndexError, ValueError):
        return text


def describe_note(_owner: QObject, kind: str, fields: dict[str, object], lang: str) -> str:
    """One fact about the mapping: which column is the CTR numerator, what was derived."""
    texts = {
        "ctr_numerator": QCoreApplication.translate(
            "ReportWords", "CTR counts clicks from “{column}” (clicks that lead to the product page)."
        ),
        "all_clicks_unused": QCoreApplication.translate(
            "ReportWords", "“{column}” is not used: it counts every tap, likes and profile visits included."
        ),
        "thruplays": QCoreApplication.translate(
            "ReportWords",
            "Completions come from “{column}”: a ThruPlay is a play to the end or to 15 s, "
            "so on longer videos it counts more than completions.",
        ),
        "derived": QCoreApplication.translate(
            "ReportWords", "{field} = “{column}” × “{base}” (the report has no count of its own)."
        ),
    }
    shown = dict(fields)
    if "field" in shown:
        shown["field"] = count_label(str(shown["field"]), lang)
    try:
        return texts.get(kind, kind).format(**shown)
    except (KeyError, IndexError, ValueError):
        return texts.get(kind, kind)


def how_text(_owner: QObject, how: str, names: str) -> str:
    """Why a row went to its variant."""
    texts = {
        "exact": say("pre.how.exact"),
        "name": QCoreApplication.translate("ReportWords", "variant name found in the ad name"),
        "code": QCoreApplication.translate("ReportWords", "variant code found in the ad name"),
        "picked": QCoreApplication.translate("ReportWords", "chosen by you"),
        "skipped": QCoreApplication.translate("ReportWords", "left out"),
        "ambiguous": QCoreApplication.translate("ReportWords", "could be {names}: choose one"),
        "none": QCoreApplication.translate("ReportWords", "no variant: choose one or leave it out"),
    }
    return texts.get(how, how).format(names=names)
