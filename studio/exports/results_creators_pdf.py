"""The creators page of the PDF: a table of the creators, the interval charts by creator and by variant, verdicts."""

from __future__ import annotations

import dataclasses
from typing import Any

from studio.exports.common import word
from studio.exports.results_pdf import AXIS_MM, CONTROL_RGB, MUTED_RGB, ROW_MM, TITLE_MM, draw_panel
from studio.models.entities import Project, Script
from studio.models.vocab import creator_status_label
from studio.results.chart import Panel
from studio.results.creators import CreatorAnalysis, analyse_creators
from studio.results.creators_chart import creator_panels
from studio.results.creators_verdict import CREATOR, VARIANT, best_names, matrix_verdicts
from studio.results.creators_words import sentences
from studio.results.format import currency, format_count, format_money, format_percent
from studio.results.metrics import count_label

#: Column shares of the page width: creator, variant, status, plays, conversions, rate, GMV, GPM, share.
COLUMNS = (0.15, 0.17, 0.09, 0.09, 0.08, 0.12, 0.12, 0.10, 0.08)
#: Columns that hold numbers (right-aligned).
NUMERIC = frozenset(range(3, 9))
LINE_MM = 4.6
#: Panels side by side, and the most creators a chart draws (a page holds about that many rows).
PER_ROW, MAX_BARS = 4, 24


def _fitted(panel: Panel, analysis: CreatorAnalysis) -> Panel:
    """A creators' panel cut to the MAX_BARS creators with the most plays (the table lists them all)."""
    if len(panel.bars) <= MAX_BARS:
        return panel
    plays = {r.name: r.plays for r in analysis.with_results}
    kept = sorted(panel.bars, key=lambda b: -plays.get(b.name, 0))[:MAX_BARS]
    order = {id(b): i for i, b in enumerate(panel.bars)}
    return dataclasses.replace(panel, bars=tuple(sorted(kept, key=lambda b: order[id(b)])))


def _cells(pdf: Any, values: list[str], widths: list[float], bold: bool = False) -> None:
    pdf.set_font(pdf.family, "B" if bold else "", 8)
    for i, (value, w) in enumerate(zip(values, widths, strict=True)):
        text = pdf.txt(value)
        while text and pdf.get_string_width(text) > w - 1.5:
            text = text[:-1]
        pdf.cell(w, LINE_MM, text, align="R" if i in NUMERIC else "L")
    pdf.ln(LINE_MM)


def _table(pdf: Any, analysis: CreatorAnalysis, lang: str, width: float, symbol: str) -> None:
    widths = [width * c for c in COLUMNS]
    head = [word("cr.creator", lang), word("variant", lang), word("status", lang), count_label("plays", lang),
            count_label("conversions", lang), word("cr.cvr", lang), count_label("gmv", lang), "GPM",
            word("cr.share", lang)]  # fmt: skip
    _cells(pdf, head, widths, bold=True)
    best = best_names(matrix_verdicts(analysis), CREATOR)
    star = "★ " if pdf.unicode else "* "
    for row in analysis.rows:
        t = row.creator
        about = [t.name, row.variant or "–", creator_status_label(t.status, lang)]
        if row.pending:
            pdf.set_text_color(*MUTED_RGB)
            _cells(pdf, [*about, "–", "–", word("cr.pending", lang), "–", "–", "–"], widths)
            pdf.set_text_color(*CONTROL_RGB)
            continue
        rate, gpm = format_percent(row.cvr.value), format_money(row.gpm.value, symbol)
        rate = star + rate if best.get("play_cvr") == row.name else rate
        gpm = star + gpm if best.get("gpm") == row.name else gpm
        _cells(pdf, [*about, format_count(row.plays), format_count(row.conversions), rate,
                     format_money(row.gmv, symbol), gpm, format_percent(row.share_gmv, 1)], widths)  # fmt: skip


def add_creators_page(pdf: Any, project: Project, script: Script, lang: str, width: float) -> None:
    """A new page comparing the creators and the variants across them (charts with 95 % intervals)."""
    analysis = analyse_creators(project, script)
    symbol = currency(project.platform)
    pdf.add_page(orientation="L")
    pdf.set_font(pdf.family, "B", 16)
    pdf.cell(0, 8, pdf.txt(word("cr.title", lang)), new_x="LMARGIN", new_y="NEXT")
    _table(pdf, analysis, lang, width, symbol)
    pdf.ln(2)
    pdf.set_font(pdf.family, "", 8)
    pdf.set_text_color(*MUTED_RGB)
    legend = word("cr.legend", lang)
    if len(analysis.with_results) > MAX_BARS:
        legend += " " + word("cr.top", lang, n=MAX_BARS)
    pdf.multi_cell(0, 4, pdf.txt(legend), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(*CONTROL_RGB)
    shown = [_fitted(p, analysis) for p in creator_panels(analysis, CREATOR, lang)]
    shown += creator_panels(analysis, VARIANT, lang)
    panel_w = width / PER_ROW
    rows = max((len(p.bars) for p in shown), default=0)
    panel_h = TITLE_MM + rows * ROW_MM + AXIS_MM + 4
    top = pdf.get_y() + 2
    if shown and top + panel_h > pdf.h - pdf.b_margin:
        pdf.add_page(orientation="L")
        top = pdf.get_y()
    for i, panel in enumerate(shown):
        draw_panel(pdf, panel, pdf.l_margin + (i % PER_ROW) * panel_w, top + (i // PER_ROW) * panel_h,
                   panel_w - 5, symbol)  # fmt: skip
    pdf.set_y(top + -(-len(shown) // PER_ROW) * panel_h + 1)
    pdf.set_font(pdf.family, "", 8.5)
    for text in sentences(analysis, lang, symbol):
        pdf.multi_cell(0, 4.2, pdf.txt(text), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font(pdf.family, "", 7)
    pdf.set_text_color(*MUTED_RGB)
    pdf.ln(1)
    pdf.multi_cell(0, 3.6, pdf.txt(word("cr.note", lang)), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(*CONTROL_RGB)
