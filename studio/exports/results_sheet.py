"""The A/B results sheet of the workbook: counts, rates with 95 % intervals, tests, verdicts and charts.

Each metric also gets a native Excel column chart of the variants with custom error bars for the
95 % interval: the control's column grey, the winner's green (the same reading as the Results view).
"""

from __future__ import annotations

import logging

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import NumDataSource, NumRef
from openpyxl.chart.error_bar import ErrorBars
from openpyxl.chart.marker import DataPoint
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from studio.exports.common import safe_text, word
from studio.exports.xlsx_common import append_row
from studio.models.entities import RESULT_COUNTS, Project, Script
from studio.results.analysis import analyse
from studio.results.chart import Panel, panels
from studio.results.metrics import METRICS, count_label
from studio.results.verdict import sentences

log = logging.getLogger(__name__)

#: Column fills (RGB hex) of the charts: the control grey, the winner green, the others blue.
CONTROL_FILL = "7F7F7F"
WINNER_FILL = "2E9E5B"
OTHER_FILL = "4A7FC1"
#: Chart size in centimetres, and how many charts sit side by side.
CHART_W, CHART_H, PER_ROW = 12.0, 6.5, 3


def add_results_sheet(
    workbook: Workbook, project: Project, script: Script, lang: str, title: str | None = None
) -> Worksheet:
    """Append a sheet with the script's results; returns it."""
    ws = workbook.create_sheet(title or word("results.sheet", lang))
    bold = Font(bold=True)
    analysis = analyse(script, project.results)
    append_row(ws, [word("results.title", lang)])
    ws["A1"].font = Font(bold=True, size=14)
    inputs = (*RESULT_COUNTS, "spend", "gmv")
    header = [word("variant", lang), word("results.control", lang)] + [count_label(c, lang) for c in inputs]
    formats = ["@", "@"] + ["#,##0"] * len(RESULT_COUNTS) + ["#,##0.00", "#,##0.00"]
    for m in METRICS:
        header += [m.label(lang), word("results.low", lang), word("results.high", lang)]
        formats += ["0.00%" if m.is_rate else "#,##0.00"] * 3
        if m.is_rate:
            header.append(f"{m.label(lang)} {word('results.p', lang)}")
            formats.append("0.0000")
    append_row(ws, header)
    for cell in ws[2]:
        cell.font = bold
    for row in analysis.rows:
        values: list[object] = [safe_text(row.variant.name), "✓" if row.is_control else ""]
        if row.result is None:
            append_row(ws, values)
            continue
        values += [getattr(row.result, c) for c in inputs]
        for m in METRICS:
            est = row.estimates[m.key]
            values += [est.value, est.low, est.high]
            if m.is_rate:
                comp = row.comparisons.get(m.key)
                values.append(None if comp is None else comp.p_adjusted)
        append_row(ws, values)
        for cell, fmt in zip(ws[ws.max_row], formats, strict=False):
            if isinstance(cell.value, (int, float)):
                cell.number_format = fmt
    ws.append([])
    append_row(ws, [word("results.verdicts", lang)])
    ws.cell(ws.max_row, 1).font = bold
    if not any(r.result for r in analysis.rows):
        append_row(ws, [word("results.none", lang)])
    for text in sentences(analysis, lang):
        append_row(ws, [safe_text(text)])
    ws.append([])
    append_row(ws, [word("results.note", lang)])
    ws.column_dimensions["A"].width = 18
    add_interval_charts(ws, panels(analysis, lang), lang)
    return ws


def add_interval_charts(ws: Worksheet, shown: list[Panel], lang: str, per_row: int = PER_ROW) -> None:
    """Per panel a block of chart data (value, minus, plus) and a column chart with error bars over it."""
    if not shown:
        return
    ws.append([])
    append_row(ws, [word("results.charts", lang)])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    anchor_row = ws.max_row + 2
    blocks: list[tuple[Panel, int, int]] = []
    for panel in shown:
        ws.append([])
        append_row(ws, [panel.title, panel.title, word("results.minus", lang), word("results.plus", lang)])
        first = ws.max_row + 1
        for bar in panel.bars:
            name = bar.name + (f" ({word('results.control', lang)})" if bar.is_control else "")
            name = f"★ {name}" if bar.is_winner else name
            value = bar.value
            minus = None if value is None or bar.low is None else value - bar.low
            plus = None if value is None or bar.high is None else bar.high - value
            append_row(ws, [safe_text(name), value, minus, plus])
            fmt = "0.00%" if panel.metric.is_rate else "#,##0.00"
            for cell in ws[ws.max_row][1:4]:
                cell.number_format = fmt
        blocks.append((panel, first, ws.max_row))
    # The charts go to the right of the tables, PER_ROW across, in the order of the metrics.
    left = len(ws[2]) + 2
    for i, (panel, first, last) in enumerate(blocks):
        chart = _chart(ws, panel, first, last)
        col = left + (i % per_row) * 8
        row = anchor_row + (i // per_row) * 14
        ws.add_chart(chart, f"{get_column_letter(col)}{row}")


def _axis_format(panel: Panel) -> str:
    """Enough decimals that neighbouring ticks differ (0.2 % steps must not all read "0%")."""
    step = panel.ticks[1] - panel.ticks[0] if len(panel.ticks) > 1 else 1.0
    if not panel.metric.is_rate:
        return "#,##0" if step >= 1 else "#,##0.00"
    pct = step * 100
    return "0%" if pct >= 1 else "0.0%" if pct >= 0.1 else "0.00%"


def _chart(ws: Worksheet, panel: Panel, first: int, last: int) -> BarChart:
    chart = BarChart()
    chart.type = "col"
    chart.title = panel.title
    chart.legend = None
    chart.width, chart.height = CHART_W, CHART_H
    chart.add_data(Reference(ws, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.y_axis.numFmt = _axis_format(panel)
    chart.y_axis.scaling.min = panel.axis_min
    chart.y_axis.scaling.max = panel.axis_max
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    series = chart.series[0]
    sheet = quote_sheetname(ws.title)

    def ref(col: str) -> NumDataSource:
        return NumDataSource(numRef=NumRef(f=f"{sheet}!${col}${first}:${col}${last}"))

    series.errBars = ErrorBars(errDir="y", errBarType="both", errValType="cust", noEndCap=False,
                               minus=ref("C"), plus=ref("D"))  # fmt: skip
    for idx, bar in enumerate(panel.bars):
        point = DataPoint(idx=idx)
        point.graphicalProperties.solidFill = WINNER_FILL if bar.is_winner else (
            CONTROL_FILL if bar.is_control else OTHER_FILL)  # fmt: skip
        series.dPt.append(point)
    return chart
