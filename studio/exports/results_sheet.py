"""The A/B results sheet of the workbook: counts, rates with 95 % intervals, tests and verdicts."""

from __future__ import annotations

import logging

from openpyxl.styles import Font
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from studio.exports.common import safe_text, word
from studio.models.entities import RESULT_COUNTS, Project, Script
from studio.results.analysis import analyse
from studio.results.metrics import METRICS, count_label
from studio.results.verdict import sentences

log = logging.getLogger(__name__)


def add_results_sheet(
    workbook: Workbook, project: Project, script: Script, lang: str, title: str | None = None
) -> Worksheet:
    """Append a sheet with the script's results; returns it."""
    ws = workbook.create_sheet(title or word("results.sheet", lang))
    bold = Font(bold=True)
    analysis = analyse(script, project.results)
    ws.append([word("results.title", lang)])
    ws["A1"].font = Font(bold=True, size=14)
    header = [word("variant", lang), word("results.control", lang)] + [
        count_label(c, lang) for c in (*RESULT_COUNTS, "spend")
    ]
    formats = ["@", "@"] + ["#,##0"] * len(RESULT_COUNTS) + ["#,##0.00"]
    for m in METRICS:
        header += [m.label(lang), word("results.low", lang), word("results.high", lang)]
        formats += ["0.00%" if m.is_rate else "#,##0.00"] * 3
        if m.is_rate:
            header.append(f"{m.label(lang)} {word('results.p', lang)}")
            formats.append("0.0000")
    ws.append(header)
    for cell in ws[2]:
        cell.font = bold
    for row in analysis.rows:
        values: list[object] = [safe_text(row.variant.name), "✓" if row.is_control else ""]
        if row.result is None:
            ws.append(values)
            continue
        values += [getattr(row.result, c) for c in RESULT_COUNTS] + [row.result.spend]
        for m in METRICS:
            est = row.estimates[m.key]
            values += [est.value, est.low, est.high]
            if m.is_rate:
                comp = row.comparisons.get(m.key)
                values.append(None if comp is None else comp.p_adjusted)
        ws.append(values)
        for cell, fmt in zip(ws[ws.max_row], formats, strict=False):
            if isinstance(cell.value, (int, float)):
                cell.number_format = fmt
    ws.append([])
    ws.append([word("results.verdicts", lang)])
    ws.cell(ws.max_row, 1).font = bold
    if not any(r.result for r in analysis.rows):
        ws.append([word("results.none", lang)])
    for text in sentences(analysis, lang):
        ws.append([safe_text(text)])
    ws.append([])
    ws.append([word("results.note", lang)])
    ws.column_dimensions["A"].width = 18
    return ws
