"""The results page of the PDF: the same per-metric charts as the Results view, then the verdicts."""

from __future__ import annotations

from typing import Any

from studio.exports.common import word
from studio.models.entities import Project, Script
from studio.results.analysis import analyse
from studio.results.chart import Bar, Panel, panels, tick_label, value_label
from studio.results.format import currency
from studio.results.verdict import sentences

#: Colours (RGB) as in the Results view: the winner green, the others blue, the control dark.
WINNER_RGB = (46, 158, 91)
OTHER_RGB = (74, 127, 193)
CONTROL_RGB = (34, 34, 34)
MUTED_RGB = (130, 130, 130)
#: Panel geometry in millimetres.
ROW_MM, TITLE_MM, AXIS_MM, PER_ROW = 5.5, 6.0, 5.0, 3


def has_results(project: Project, script: Script) -> bool:
    """True when any variant of the script has results to chart."""
    return any(v.id in project.results for v in script.variants)


def add_results_page(pdf: Any, project: Project, script: Script, lang: str, width: float) -> None:
    """A new page with every metric's chart (95 % intervals, control marked, winner highlighted)."""
    analysis = analyse(script, project.results)
    shown = panels(analysis, lang)
    symbol = currency(project.platform)
    pdf.add_page(orientation="L")
    pdf.set_font(pdf.family, "B", 16)
    pdf.cell(0, 8, pdf.txt(word("results.title", lang)), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", 8)
    pdf.set_text_color(*MUTED_RGB)
    pdf.multi_cell(0, 4, pdf.txt(word("results.legend", lang, control=analysis.control.name)),
                   new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.set_text_color(*CONTROL_RGB)
    top = pdf.get_y() + 2
    panel_w = width / PER_ROW
    rows = max((len(p.bars) for p in shown), default=0)
    panel_h = TITLE_MM + rows * ROW_MM + AXIS_MM + 4
    for i, panel in enumerate(shown):
        x = pdf.l_margin + (i % PER_ROW) * panel_w
        y = top + (i // PER_ROW) * panel_h
        draw_panel(pdf, panel, x, y, panel_w - 6, symbol)
    pdf.set_y(top + -(-len(shown) // PER_ROW) * panel_h + 2)
    pdf.set_font(pdf.family, "", 9)
    for text in sentences(analysis, lang):
        pdf.multi_cell(0, 4.6, pdf.txt(text), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", 7.5)
    pdf.set_text_color(*MUTED_RGB)
    pdf.ln(1)
    pdf.multi_cell(0, 3.8, pdf.txt(word("results.note", lang)), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*CONTROL_RGB)


def draw_panel(pdf: Any, panel: Panel, x: float, y: float, w: float, symbol: str) -> None:
    """One panel of dots on their intervals at (x, y), ``w`` wide (see :data:`ROW_MM` for its height)."""
    pdf.set_font(pdf.family, "B", 9)
    pdf.set_xy(x, y)
    pdf.cell(w, TITLE_MM - 1, pdf.txt(panel.title))
    pdf.set_font(pdf.family, "", 7.5)
    name_w, value_w = w * 0.34, 16.0
    left, right = x + name_w, x + w - value_w
    plot_top, plot_bottom = y + TITLE_MM, y + TITLE_MM + len(panel.bars) * ROW_MM
    span = panel.axis_max - panel.axis_min

    def x_of(v: float) -> float:
        return left + (right - left) * max(0.0, min(1.0, (v - panel.axis_min) / span))

    pdf.set_line_width(0.1)
    pdf.set_draw_color(220, 220, 220)
    pdf.set_text_color(*MUTED_RGB)
    last = -1e9
    for tick in panel.ticks:
        tx = x_of(tick)
        pdf.line(tx, plot_top, tx, plot_bottom)
        label = pdf.txt(tick_label(panel.metric, tick, symbol))
        lw = pdf.get_string_width(label)
        if tx - lw / 2 > last + 1:
            pdf.text(tx - lw / 2, plot_bottom + 3.5, label)
            last = tx + lw / 2
    if panel.reference is not None:
        pdf.set_draw_color(*MUTED_RGB)
        with pdf.local_context():
            pdf.set_dash_pattern(dash=0.8, gap=0.8)
            pdf.line(x_of(panel.reference), plot_top, x_of(panel.reference), plot_bottom)
    for i, bar in enumerate(panel.bars):
        _bar(pdf, panel, bar, x, plot_top + i * ROW_MM + ROW_MM / 2, name_w, right, x_of, symbol)
    pdf.set_text_color(*CONTROL_RGB)


def _bar(pdf: Any, panel: Panel, bar: Bar, x: float, cy: float, name_w: float, right: float,
         x_of: Any, symbol: str) -> None:  # fmt: skip
    colour = WINNER_RGB if bar.is_winner else (CONTROL_RGB if bar.is_control else OTHER_RGB)
    pdf.set_font(pdf.family, "B" if bar.is_winner else "", 7.5)
    pdf.set_text_color(*(WINNER_RGB if bar.is_winner else CONTROL_RGB))
    name = ("★ " if bar.is_winner and pdf.unicode else "* " if bar.is_winner else "") + bar.name
    text = pdf.txt(name)
    while text and pdf.get_string_width(text) > name_w - 1.5:
        text = text[:-1]
    pdf.text(x, cy + 1.2, text)
    if bar.value is None:
        return
    pdf.set_draw_color(*colour)
    pdf.set_fill_color(*colour)
    pdf.set_line_width(0.5 if bar.is_winner else 0.35)
    if bar.low is not None:
        end = x_of(bar.high) if bar.high is not None else right
        pdf.line(x_of(bar.low), cy, end, cy)
        pdf.line(x_of(bar.low), cy - 1, x_of(bar.low), cy + 1)
        if bar.high is not None:
            pdf.line(end, cy - 1, end, cy + 1)
    r = 1.1 if bar.is_winner else 0.9
    pdf.ellipse(x_of(bar.value) - r, cy - r, 2 * r, 2 * r, style="F")
    pdf.text(right + 1.5, cy + 1.2, pdf.txt(value_label(panel.metric, bar.value, symbol)))
    pdf.set_line_width(0.2)
