"""The pooled report and the calendar as files: a workbook (openpyxl) and a PDF (fpdf2, the system's CJK font)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from studio.exports.common import atomic_path, safe_text
from studio.media.fonts import cjk_font_path
from studio.wording import pair
from studio.workspace.calendar import Entry
from studio.workspace.report import Figure, sentences, value_word

log = logging.getLogger(__name__)

_HEAD = {
    "zh": ("维度", "取值", "指标", "数值 %", "区间下限 %", "区间上限 %", "视频数", "结论"),
    "en": ("Dimension", "Value", "Metric", "Rate %", "Low %", "High %", "Videos", "Verdict"),
}
_VERDICT = {
    "zh": {"best": "领先", "even": "无显著差异", "few": "视频太少", "": ""},
    "en": {"best": "ahead", "even": "no clear difference", "few": "too few videos", "": ""},
}
_CAL_HEAD = {
    "zh": ("日期", "结束", "类型", "项目", "人员", "版本", "状态"),
    "en": ("Day", "Until", "Kind", "Project", "Who", "Variant", "State"),
}


def _w(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "zh" else pair[1]


def _pct(x: float | None) -> float | None:
    return None if x is None else round(x * 100, 1)


def figure_rows(figs: Sequence[Figure], lang: str) -> list[list[object]]:
    """The report's table, one row per figure, as the workbook and the PDF print it."""
    return [
        [_w(pair(f"team.dimension.{f.dimension}"), lang), value_word(f.value, lang), _w(pair(f"team.metric.{f.metric}"), lang),
         _pct(f.estimate.value), _pct(f.estimate.low), _pct(f.estimate.high), f.videos, _VERDICT[lang][f.verdict]]
        for f in figs
    ]  # fmt: skip


def write_report_xlsx(path: Path, figs: Sequence[Figure], lang: str) -> Path:
    """The report as a workbook: the sentences, then every figure."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报告" if lang == "zh" else "Report"
    bold = Font(bold=True)
    for text in sentences(figs, lang):
        ws.append([safe_text(text)])
    ws.append([])
    ws.append(list(_HEAD[lang]))
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
    ws.title = "日历" if lang == "zh" else "Calendar"
    ws.append(list(_CAL_HEAD[lang]))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    red = Font(color="C0392B", bold=True)
    for e in entries:
        it = e.item
        state = (
            ("逾期" if lang == "zh" else "Overdue")
            if e.overdue
            else (("已完成" if lang == "zh" else "Done") if it.done else "")
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
        for h in _HEAD[lang]:
            head.cell(txt(h))
        for values in figure_rows(figs, lang):
            row = table.row()
            for v in values:
                row.cell(txt("" if v is None else v))
    with atomic_path(path) as tmp:
        pdf.output(str(tmp))
    return path
