"""The pooled report and the calendar as files: a workbook (openpyxl) and a PDF (fpdf2, the system's CJK font)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from studio.exports.common import atomic_path, safe_text
from studio.media.fonts import cjk_font_path
from studio.wording import say_in
from studio.workspace.calendar import Entry
from studio.workspace.report import Figure, sentences, value_word

log = logging.getLogger(__name__)

#: The report table's columns: ws.report.col.<name>.
REPORT_COLUMNS = ("dimension", "value", "metric", "rate", "low", "high", "videos", "verdict")
#: A figure's verdict -> its word (none for a figure without one).
_VERDICT = {"best": "ws.report.best", "even": "outcome.even", "few": "ws.report.few"}
#: The calendar sheet's columns (catalogue keys).
_CAL_HEAD = ("ws.calendar.col.day", "ws.calendar.col.until", "label.kind", "doc.project", "ws.calendar.col.who",
             "label.variant", "label.state")  # fmt: skip


def report_head(lang: str) -> list[str]:
    """The report table's column titles in 'zh' or 'en' (the files' and the window's)."""
    return [say_in(lang, f"ws.report.col.{name}") for name in REPORT_COLUMNS]


def _verdict(verdict: str, lang: str) -> str:
    return say_in(lang, _VERDICT[verdict]) if verdict else ""


def _pct(x: float | None) -> float | None:
    return None if x is None else round(x * 100, 1)


def figure_rows(figs: Sequence[Figure], lang: str) -> list[list[object]]:
    """The report's table, one row per figure, as the workbook and the PDF print it."""
    return [
        [say_in(lang, f"team.dimension.{f.dimension}"), value_word(f.value, lang), say_in(lang, f"team.metric.{f.metric}"),
         _pct(f.estimate.value), _pct(f.estimate.low), _pct(f.estimate.high), f.videos, _verdict(f.verdict, lang)]
        for f in figs
    ]  # fmt: skip


def write_report_xlsx(path: Path, figs: Sequence[Figure], lang: str) -> Path:
    """The report as a workbook: the sentences, then every figure."""
    wb = Workbook()
    ws = wb.active
    ws.title = say_in(lang, "ws.report.sheet")
    bold = Font(bold=True)
    for text in sentences(figs, lang):
        ws.append([safe_text(text)])
    ws.append([])
    ws.append(report_head(lang))
    for cell in ws[ws.max_row]:
        cell.font = bold
    for row in figure_rows(figs, lang):
        ws.append([safe_text(v) if isinstance(v, str) else v for v in row])
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 30
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


def write_calendar_xlsx(path: Path, entries: Sequence[Entry], lang: str) -> Path:
    """The calendar as a workbook, one row per item; overdue ones in red."""
    wb = Workbook()
    ws = wb.active
    ws.title = say_in(lang, "ws.calendar.sheet")
    ws.append([say_in(lang, key) for key in _CAL_HEAD])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    red = Font(color="C0392B", bold=True)
    for e in entries:
        it = e.item
        state = (
            say_in(lang, "ws.calendar.overdue")
            if e.overdue
            else say_in(lang, "ws.calendar.done")
            if it.done
            else ""
        )
        kind = e.label(lang).split(" · ")[0]
        ws.append([it.day, it.end_day, kind, safe_text(it.project_title or it.title), safe_text(it.who),
                   safe_text(it.variant), state])  # fmt: skip
        if e.overdue:
            ws.cell(ws.max_row, 7).font = red
    ws.column_dimensions["D"].width = 32
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


def write_report_pdf(path: Path, figs: Sequence[Figure], lang: str, title: str) -> Path:
    """The report as a PDF: the sentences, then the table of figures."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    family = "Helvetica"
    font = cjk_font_path()
    if font is not None:
        try:
            pdf.add_font("cjk", "", str(font))
            pdf.add_font("cjk", "B", str(font))  # the CJK fonts ship one weight; headings use it too
            family = "cjk"
        except Exception:  # a font fpdf2 cannot parse: Latin text still prints
            log.warning("cannot use font %s in the PDF", font, exc_info=True)

    def txt(value: object) -> str:
        text = "" if value is None else str(value)
        return text if family == "cjk" else text.encode("latin-1", "replace").decode("latin-1")

    pdf.set_auto_page_break(True, margin=12)
    pdf.add_page()
    pdf.set_font(family, size=16)
    pdf.cell(0, 9, txt(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)
    for text in sentences(figs, lang):
        pdf.multi_cell(0, 5, txt(text), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(family, size=8.5)
    with pdf.table(col_widths=(22, 60, 26, 16, 16, 16, 14, 30), first_row_as_headings=True) as table:
        head = table.row()
        for h in report_head(lang):
            head.cell(txt(h))
        for values in figure_rows(figs, lang):
            row = table.row()
            for v in values:
                row.cell(txt("" if v is None else v))
    with atomic_path(path) as tmp:
        pdf.output(str(tmp))
    return path
