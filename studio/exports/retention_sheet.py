"""The workbook's retention sheet: every variant's share still watching per second, a line chart of the
curves, and the sentences that say where viewers leave (the beat that loses them faster than usual)."""

from __future__ import annotations

from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Font
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from studio.exports.common import safe_text
from studio.exports.retention_pdf import CONTROL_RGB, colour
from studio.exports.xlsx_common import append_row, sheet_title
from studio.models.entities import Project, Script
from studio.results.retention import readings, sentences
from studio.wording import say_in


def _w(lang: str, key: str) -> str:
    return say_in(lang, f"doc.retention.{key}")


def add_retention_sheet(
    workbook: Workbook, project: Project, script: Script, lang: str, taken: set[str]
) -> Worksheet | None:
    """Append the sheet when any variant has a curve; returns it (None when there is none)."""
    reads = readings(script, project.results, project.platform)
    if not reads:
        return None
    ws = workbook.create_sheet(sheet_title(_w(lang, "sheet"), taken))
    append_row(ws, [_w(lang, "title")])
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.append([])
    append_row(ws, [_w(lang, "where")])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for text in sentences(script, project.results, lang, project.platform):
        append_row(ws, [safe_text(text)])
    ws.append([])
    header = ws.max_row + 1
    append_row(ws, [_w(lang, "second"), *(safe_text(r.variant.name) for r in reads)])
    for cell in ws[header]:
        cell.font = Font(bold=True)
    longest = max(len(r.curve) for r in reads)
    for second in range(longest):
        row = [second, *(r.curve[second] if second < len(r.curve) else None for r in reads)]
        append_row(ws, row)
        for cell in ws[ws.max_row][1:]:
            cell.number_format = "0.0%"
    last = ws.max_row
    chart = LineChart()
    chart.title = _w(lang, "title")
    chart.y_axis.title = "%"
    chart.x_axis.title = _w(lang, "second")
    chart.y_axis.numFmt = "0%"
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.width, chart.height = 22.0, 11.0
    chart.add_data(
        Reference(ws, min_col=2, max_col=1 + len(reads), min_row=header, max_row=last), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
    for i, series in enumerate(chart.series):
        rgb = colour(script, reads, i)
        series.graphicalProperties.line.solidFill = "".join(f"{c:02X}" for c in rgb)
        series.graphicalProperties.line.width = 28000 if rgb == CONTROL_RGB else 22000
        series.smooth = False
    ws.add_chart(chart, f"{chr(ord('A') + min(len(reads) + 2, 20))}{header}")
    ws.column_dimensions["A"].width = 12
    return ws
