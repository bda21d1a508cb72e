"""The creators sheet of the workbook: each creator's results, the variants across creators, verdicts, charts.

Pending creators are listed with their status and empty figures; the charts are the same native
column charts with 95 % error bars as the results sheet's, the one called best (only where the
evidence holds) in green.
"""

from __future__ import annotations

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from studio.exports.common import platform_name, safe_text, word
from studio.exports.results_sheet import add_interval_charts
from studio.exports.xlsx_common import append_row
from studio.models.entities import Project, Script
from studio.models.vocab import creator_status_label
from studio.results.creators import CreatorAnalysis, CreatorRow, Standing, analyse_creators
from studio.results.creators_chart import creator_panels
from studio.results.creators_verdict import CREATOR, VARIANT
from studio.results.creators_words import sentences
from studio.results.format import currency
from studio.results.metrics import count_label
from studio.wording import say_in

#: Number formats of the figure columns: plays, conversions, rate, low, high, GMV, GPM, low, high, share.
FIGURE_FORMATS = (
    "#,##0",
    "#,##0",
    "0.00%",
    "0.00%",
    "0.00%",
    "#,##0.00",
    "#,##0.00",
    "#,##0.00",
    "#,##0.00",
    "0.0%",
)


def has_creator_results(project: Project) -> bool:
    """True when some creator of the project has results to compare."""
    return any(t.plays > 0 or t.conversions > 0 or t.gmv > 0 for t in project.creators)


def _figure_header(lang: str, symbol: str) -> list[str]:
    low, high = word("results.low", lang), word("results.high", lang)
    return [
        count_label("plays", lang), count_label("conversions", lang), word("cr.cvr", lang), low, high,
        f"{count_label('gmv', lang)} ({symbol})", word("cr.gpm", lang), low, high, word("cr.share", lang),
    ]  # fmt: skip


def _figures(s: Standing) -> list[object]:
    return [s.plays, s.conversions, s.cvr.value, s.cvr.low, s.cvr.high, s.gmv,
            s.gpm.value, s.gpm.low, s.gpm.high, s.share_gmv]  # fmt: skip


def _format(ws: Worksheet, first_figure: int) -> None:
    for cell, fmt in zip(ws[ws.max_row][first_figure:], FIGURE_FORMATS, strict=False):
        if isinstance(cell.value, (int, float)):
            cell.number_format = fmt


def _creators_table(ws: Worksheet, analysis: CreatorAnalysis, lang: str, symbol: str) -> None:
    head = [word("cr.creator", lang), word("cr.handle", lang), word("platform", lang), word("variant", lang),
            word("status", lang), word("cr.pending", lang), *_figure_header(lang, symbol), word("cr.link", lang)]  # fmt: skip
    append_row(ws, head)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in analysis.rows:
        t = row.creator
        about: list[object] = [safe_text(t.name), safe_text(t.handle), platform_name(t.platform, lang) if t.platform else "",
                               safe_text(row.variant), creator_status_label(t.status, lang), "✓" if row.pending else ""]  # fmt: skip
        figures = [None] * len(FIGURE_FORMATS) if row.pending else _figures(row)
        append_row(ws, [*about, *figures, safe_text(t.link)])
        _format(ws, len(about))


def _variants_table(ws: Worksheet, analysis: CreatorAnalysis, lang: str, symbol: str) -> None:
    append_row(ws, [word("cr.variants", lang)])
    ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
    append_row(ws, [word("variant", lang), word("cr.with_results", lang), word("cr.pending", lang),
               *_figure_header(lang, symbol)])  # fmt: skip
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for group in analysis.groups:
        counts: list[object] = [safe_text(group.name or word("cr.no_variant", lang)),
                                len(group.creators), len(group.pending)]  # fmt: skip
        figures = _figures(group) if group.creators else [None] * len(FIGURE_FORMATS)
        append_row(ws, [*counts, *figures])
        _format(ws, len(counts))


def _cw(key: str, lang: str) -> str:
    return say_in(lang, f"doc.cost.{key}")


def add_cost_table(ws: Worksheet, analysis: CreatorAnalysis, lang: str) -> None:
    """Each priced creator's and variant's cost (exact), cost per 1,000 plays, cost per order and ROI,
    with their 95 % intervals; then the cost in words. Nothing when no fee or commission is entered."""
    from studio.models.money import symbol as money_symbol
    from studio.models.money import to_decimal
    from studio.results.creators_cost_words import cost_sentences

    rows: list[Standing] = [*analysis.rows, *analysis.groups]
    if not any(s.costs is not None for s in rows):
        return
    sign = money_symbol(analysis.currency)
    append_row(ws, [_cw("title", lang)])
    ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
    low, high = word("results.low", lang), word("results.high", lang)
    append_row(ws, [_cw("name", lang), f"{_cw('cost', lang)} ({sign})", f"{_cw('cpm', lang)} ({sign})", low, high,
                    f"{_cw('cpo', lang)} ({sign})", low, high, _cw("roi", lang), low, high])  # fmt: skip
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for s in rows:
        c = s.costs
        if c is None:
            continue
        name = (
            s.name
            if isinstance(s, CreatorRow)
            else _cw("variant", lang) + (s.name or word("cr.no_variant", lang))
        )
        figures = [float(to_decimal(c.cost, c.currency)), c.cpm.value, c.cpm.low, c.cpm.high, c.per_order.value,
                   c.per_order.low, c.per_order.high, c.roi.value, c.roi.low, c.roi.high]  # fmt: skip
        append_row(ws, [safe_text(name), *figures])
        for cell in ws[ws.max_row][1:8]:
            cell.number_format = "#,##0.00"
        for cell in ws[ws.max_row][8:11]:
            cell.number_format = '0.00"×"'
    for text in cost_sentences(analysis, lang, sign):
        append_row(ws, [safe_text(text)])


def _widths(ws: Worksheet) -> None:
    """Names and handles readable, figures wide enough for their headers, the link at the end."""
    widths = {"A": 18, "B": 16, "C": 12, "D": 18, "E": 10, "F": 10}
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width
    for index in range(7, 7 + len(FIGURE_FORMATS)):
        ws.column_dimensions[get_column_letter(index)].width = 13
    ws.column_dimensions[get_column_letter(7 + len(FIGURE_FORMATS))].width = 44
    for cell in ws[2]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def add_creators_sheet(workbook: Workbook, project: Project, script: Script, lang: str) -> Worksheet:
    """Append the creators sheet (creators, variants across creators, verdicts, charts); returns it."""
    ws = workbook.create_sheet(word("cr.sheet", lang))
    analysis = analyse_creators(project, script)
    symbol = currency(project.platform)
    append_row(ws, [word("cr.title", lang)])
    ws["A1"].font = Font(bold=True, size=14)
    _creators_table(ws, analysis, lang, symbol)
    ws.append([])
    _variants_table(ws, analysis, lang, symbol)
    ws.append([])
    append_row(ws, [word("results.verdicts", lang)])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for text in sentences(analysis, lang, symbol):
        append_row(ws, [safe_text(text)])
    ws.append([])
    append_row(ws, [word("cr.note", lang)])
    ws.append([])
    add_cost_table(ws, analysis, lang)
    _widths(ws)
    shown = creator_panels(analysis, CREATOR, lang) + creator_panels(analysis, VARIANT, lang)
    add_interval_charts(ws, shown, lang, per_row=2)
    return ws
