"""The PDF's "Where viewers leave" page: every variant's retention curve over its beats, then the words.

As in the Results view: the share still watching up the left, time along the bottom over one beat
strip per variant, a dashed line at 3 s with each curve's share there and each curve's completion
at its end. Every text is laid out first (:func:`layout`, pure geometry in millimetres with
:mod:`studio.results.label_layout`) and drawn where it was laid out: crowded values spread apart,
the legend wraps, the 3 s caption has a band of its own, so no two texts overlap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from studio.models.entities import Project, Script
from studio.models.palette import BEAT_HUES
from studio.models.timeline import beat_spans
from studio.models.vocab import beat_label
from studio.results.label_layout import Box, flow, spread
from studio.results.retention import HOOK_S, CurveReading, readings, sentences
from studio.wording import say_in

#: Curve colours in variant order (the control is drawn dark), as in the Results view.
CURVE_RGB = ((46, 158, 91), (74, 127, 193), (224, 138, 30), (142, 68, 173), (192, 57, 43), (22, 160, 133))
CONTROL_RGB, MUTED_RGB = (34, 34, 34), (130, 130, 130)
#: Geometry in millimetres; the label font in points.
LEFT_MM, RIGHT_MM, AXIS_MM, STRIP_MM, STRIP_GAP_MM, SWATCH_MM, FONT_PT = 11.0, 4.0, 5.0, 3.6, 0.8, 5.0, 7.5
TICK_STEPS = (1, 2, 5, 10, 15, 30, 60, 120)


def _w(lang: str, key: str) -> str:
    return say_in(lang, f"doc.retention.{key}")


@dataclass(frozen=True)
class Text:
    """A text of the chart in its box; ``rgb`` None is the muted colour; a legend entry starts with its swatch."""

    box: Box
    text: str
    rgb: tuple[int, int, int] | None = None
    legend: bool = False


@dataclass(frozen=True)
class ChartLayout:
    """Where everything of the chart goes."""

    plot: Box
    span_s: float
    strips_top: float
    texts: list[Text]

    def x_of(self, seconds: float) -> float:
        """Horizontal position of a time."""
        return self.plot.x + self.plot.w * seconds / self.span_s

    def y_of(self, share: float) -> float:
        """Vertical position of a share."""
        return self.plot.bottom - self.plot.h * share


def colour(script: Script, reads: list[CurveReading], i: int) -> tuple[int, int, int]:
    """The i-th curve's colour (the control's is dark)."""
    return CONTROL_RGB if reads[i].variant is script.base_variant else CURVE_RGB[i % len(CURVE_RGB)]


def layout(
    script: Script,
    reads: list[CurveReading],
    lang: str,
    frame: Box,
    text_w: Callable[[str], float],
    line_h: float,
) -> ChartLayout:
    """Every box of the chart inside ``frame``, given how wide a text is and how tall a line."""
    span = max([r.duration_s for r in reads] + [len(r.curve) - 1 for r in reads] + [1.0])
    names = [r.variant.name for r in reads]
    legend = flow([SWATCH_MM + 1.5 + text_w(n) + 0.5 for n in names], line_h, frame.x + LEFT_MM,
                  frame.right - RIGHT_MM, frame.y, 4.0)  # fmt: skip
    texts = [Text(b, n, legend=True) for b, n in zip(legend, names, strict=True)]
    band = max((b.bottom for b in legend), default=frame.y) + 0.8
    plot_w = frame.w - LEFT_MM - RIGHT_MM
    strips = len(reads) * (STRIP_MM + STRIP_GAP_MM)
    plot_top = band + line_h + 1.0
    plot = Box(frame.x + LEFT_MM, plot_top, plot_w, max(10.0, frame.bottom - plot_top - AXIS_MM - strips - 2))
    chart = ChartLayout(plot, span, plot.bottom + 2, [])
    hook = _w(lang, "hook")
    texts.append(Text(Box(chart.x_of(HOOK_S) + 0.8, band, text_w(hook) + 0.5, line_h), hook))
    for share in (0.0, 0.25, 0.5, 0.75, 1.0):
        label = f"{share * 100:.0f}%"
        w = text_w(label) + 0.5
        texts.append(Text(Box(plot.x - w - 1.2, chart.y_of(share) - line_h / 2, w, line_h), label))
    unit = _w(lang, "unit")
    widest = text_w(f"{int(span)}{unit}") + 0.5
    step = next((t for t in TICK_STEPS if t * plot.w / span >= widest + 2), TICK_STEPS[-1])
    axis_top = chart.strips_top + strips + 0.5
    for second in range(0, int(span) + 1, step):
        label = f"{second}{unit}"
        w = text_w(label) + 0.5
        x = min(max(chart.x_of(second) - w / 2, frame.x), frame.right - w)
        texts.append(Text(Box(x, axis_top, w, line_h), label))
    texts += _values(script, reads, chart, text_w, line_h)
    return ChartLayout(plot, span, chart.strips_top, texts)


def _values(
    script: Script,
    reads: list[CurveReading],
    chart: ChartLayout,
    text_w: Callable[[str], float],
    line_h: float,
) -> list[Text]:
    """The shares at 3 s right of the line and the completions left of their end dots, spread apart."""
    plot = chart.plot
    at3 = [(i, r.at_3s) for i, r in enumerate(reads) if r.at_3s is not None]
    ends = [(i, r.completion) for i, r in enumerate(reads) if r.completion is not None]

    def boxes(items: list[tuple[int, float]], xs: list[float], tops: list[float]) -> list[Text]:
        out = []
        for (i, v), x, top in zip(items, xs, tops, strict=True):
            label = f"{v * 100:.0f}%"
            out.append(Text(Box(x, top, text_w(label) + 0.5, line_h), label, colour(script, reads, i)))
        return out

    xs3 = [chart.x_of(HOOK_S) + 1.5 for _ in at3]
    xs_end = [
        max(plot.x + 0.5, chart.x_of(min(reads[i].duration_s, len(reads[i].curve) - 1)) - 2.0
            - text_w(f"{v * 100:.0f}%") - 0.5)
        for i, v in ends
    ]  # fmt: skip
    wants3 = [chart.y_of(v) for _i, v in at3]
    wants_end = [chart.y_of(v) - line_h / 2 - 1.0 for _i, v in ends]
    first = boxes(at3, xs3, spread(wants3, line_h, plot.y, plot.bottom, 0.3))
    second = boxes(ends, xs_end, spread(wants_end, line_h, plot.y, plot.bottom, 0.3))
    if any(a.box.intersects(b.box) for a in first for b in second):
        tops = spread(wants3 + wants_end, line_h, plot.y, plot.bottom, 0.3)
        first, second = boxes(at3, xs3, tops[: len(at3)]), boxes(ends, xs_end, tops[len(at3) :])
    return first + second


def has_curves(project: Project, script: Script) -> bool:
    """True when any variant of the script has a retention curve."""
    return any(
        project.results.get(v.id) is not None and project.results[v.id].retention for v in script.variants
    )


def add_retention_page(pdf: Any, project: Project, script: Script, lang: str, width: float) -> None:
    """A new page with the curves over their beats and the sentences that read them."""
    reads = readings(script, project.results, project.platform)
    if not reads:
        return
    pdf.add_page(orientation="L")
    pdf.set_font(pdf.family, "B", 16)
    pdf.cell(0, 8, pdf.txt(_w(lang, "title")), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", FONT_PT)
    line_h = FONT_PT * 0.3528 + 0.9
    frame = Box(pdf.l_margin, pdf.get_y() + 2, width, 110.0)
    chart = layout(script, reads, lang, frame, lambda s: float(pdf.get_string_width(pdf.txt(s))), line_h)
    _draw(pdf, script, reads, chart, lang, line_h)
    pdf.set_y(frame.bottom + 4)
    pdf.set_font(pdf.family, "", 9)
    pdf.set_text_color(*CONTROL_RGB)
    for text in sentences(script, project.results, lang, project.platform):
        pdf.multi_cell(0, 4.6, pdf.txt(text), new_x="LMARGIN", new_y="NEXT")


def _draw(
    pdf: Any, script: Script, reads: list[CurveReading], chart: ChartLayout, lang: str, line_h: float
) -> None:
    plot = chart.plot
    pdf.set_line_width(0.1)
    pdf.set_draw_color(220, 220, 220)
    for share in (0.0, 0.25, 0.5, 0.75, 1.0):
        pdf.line(plot.x, chart.y_of(share), plot.right, chart.y_of(share))
    for i, read in enumerate(reads):
        rgb = colour(script, reads, i)
        pdf.set_draw_color(*rgb)
        pdf.set_line_width(0.5)
        points = [(chart.x_of(s), chart.y_of(v)) for s, v in enumerate(read.curve)]
        for a, b in pairwise(points):
            pdf.line(a[0], a[1], b[0], b[1])
        pdf.set_fill_color(*rgb)
        if read.completion is not None:
            end = min(read.duration_s, len(read.curve) - 1)
            pdf.ellipse(chart.x_of(end) - 0.9, chart.y_of(read.completion) - 0.9, 1.8, 1.8, style="F")
        if read.at_3s is not None:
            pdf.ellipse(chart.x_of(HOOK_S) - 0.7, chart.y_of(read.at_3s) - 0.7, 1.4, 1.4, style="F")
    x3 = chart.x_of(HOOK_S)
    pdf.set_draw_color(*MUTED_RGB)
    pdf.set_line_width(0.15)
    with pdf.local_context():
        pdf.set_dash_pattern(dash=0.8, gap=0.8)
        pdf.line(x3, plot.y, x3, chart.strips_top + len(reads) * (STRIP_MM + STRIP_GAP_MM))
    _strips(pdf, script, reads, chart, lang)
    entry = 0
    for t in chart.texts:
        box = t.box
        if t.legend:  # legend entries come in the order of the curves
            pdf.set_draw_color(*colour(script, reads, entry))
            pdf.set_line_width(0.8)
            pdf.line(box.x, box.y + box.h / 2, box.x + SWATCH_MM, box.y + box.h / 2)
            entry += 1
        pdf.set_text_color(*(t.rgb or (CONTROL_RGB if t.legend else MUTED_RGB)))
        pdf.text(box.x + (SWATCH_MM + 1.5 if t.legend else 0.0), box.y + box.h * 0.75, pdf.txt(t.text))
    pdf.set_text_color(*CONTROL_RGB)
    pdf.set_line_width(0.2)


def _strips(pdf: Any, script: Script, reads: list[CurveReading], chart: ChartLayout, lang: str) -> None:
    """One strip of beats per variant under the plot, each beat named when its name fits inside it."""
    y = chart.strips_top
    for read in reads:
        for span in beat_spans(script, read.variant):
            x0, x1 = chart.x_of(span.start_ds / 10), chart.x_of(span.end_ds / 10)
            pdf.set_fill_color(*BEAT_HUES[span.beat.kind])
            pdf.rect(x0, y, max(0.1, x1 - x0), STRIP_MM, style="F")
            name = pdf.txt(f"{beat_label(span.beat.kind, span.beat.name, lang)} {span.alt.label}")
            if pdf.get_string_width(name) > x1 - x0 - 1:
                name = span.alt.label
            if pdf.get_string_width(name) <= x1 - x0 - 1:
                pdf.set_text_color(255, 255, 255)
                pdf.text(x0 + 0.6, y + STRIP_MM * 0.78, name)
        y += STRIP_MM + STRIP_GAP_MM
