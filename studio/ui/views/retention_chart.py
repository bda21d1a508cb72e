"""Retention curves drawn over the timeline: every variant's curve, and its beats and shots underneath.

The share still watching (0–100 %) runs up the left; time runs along the bottom on the same scale
as the beat strips below, one strip per variant with a curve, so a drop sits above the beat and the
shot where it happens. A dashed line marks 3 s with each variant's share there; a dot marks the
completion at the end of each variant's cut.

Every text's box is laid out first (:meth:`RetentionChart.label_boxes`, with
:mod:`studio.results.label_layout`) and drawn where it was laid out, so no label, value or legend
entry can overlap another or the 3 s line, however close the values are.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.models.entities import Script
from studio.models.timeline import beat_spans, cut
from studio.models.vocab import beat_label
from studio.results.label_layout import Box, flow, spread
from studio.results.retention import HOOK_S, CurveReading
from studio.ui.views.view_common import beat_color, text_on, ui_lang
from studio.wording import say_in

#: Curve colours in variant order (the control is drawn in the text colour).
CURVE_COLORS = ("#2e9e5b", "#4a7fc1", "#e08a1e", "#8e44ad", "#c0392b", "#16a085")
LEFT, RIGHT, AXIS_H, STRIP_H, STRIP_GAP = 44, 16, 18, 16, 3
#: Legend swatch width and the room between it and the name, and between entries.
SWATCH, SWATCH_GAP, ENTRY_GAP = 16, 4, 12
#: Seconds between time-axis labels, the smallest that leaves room between them is used.
TICK_STEPS = (1, 2, 5, 10, 15, 30, 60, 120)


class Label(NamedTuple):
    """A text the chart draws, in its box, in its colour (None: the muted text colour)."""

    box: Box
    text: str
    color: QColor | None = None
    #: A legend entry: its box starts with the curve's swatch, the name follows.
    legend: bool = False


class RetentionChart(QWidget):
    """Curves of the variants that have one, over their beat strips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.script: Script | None = None
        self.reads: list[CurveReading] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)

    def set_curves(self, script: Script, reads: list[CurveReading], empty_text: str) -> None:
        """Show these readings of ``script``'s variants."""
        self.script, self.reads, self.empty_text = script, reads, empty_text
        self.update()

    def sizeHint(self) -> QSize:
        """Wide and moderately tall."""
        return QSize(760, 320)

    def color(self, index: int) -> QColor:
        """The colour of the index-th curve (the control's is the text colour)."""
        read = self.reads[index]
        if self.script is not None and read.variant is self.script.base_variant:
            return self.palette().color(QPalette.ColorRole.WindowText)
        return QColor(CURVE_COLORS[index % len(CURVE_COLORS)])

    def span_s(self) -> float:
        """The time axis end: the longest cut or curve."""
        return max([r.duration_s for r in self.reads] + [len(r.curve) - 1 for r in self.reads] + [1.0])

    def legend_labels(self) -> list[Label]:
        """One entry a variant (the swatch is drawn left of its name), wrapped into rows to fit."""
        metrics = QFontMetrics(self.font())
        names = [r.variant.name for r in self.reads]
        widths = [SWATCH + SWATCH_GAP + metrics.horizontalAdvance(n) + 2 for n in names]
        boxes = flow(widths, metrics.height(), LEFT, self.width() - RIGHT, 2, ENTRY_GAP)
        return [Label(b, n, legend=True) for b, n in zip(boxes, names, strict=True)]

    def _caption_box(self) -> Box:
        """The "3 s" caption: its own band between the legend and the plot."""
        metrics = QFontMetrics(self.font())
        legend = self.legend_labels()
        top = max((lb.box.bottom for lb in legend), default=2) + 2
        text = self._caption_text()
        return Box(self.x_of(HOOK_S) + 3, top, metrics.horizontalAdvance(text) + 2, metrics.height())

    def _caption_text(self) -> str:
        return say_in(ui_lang(), "doc.retention.hook")

    def plot_rect(self) -> QRectF:
        """Where the curves are drawn: below the legend and the 3 s caption, above the beat strips."""
        top = self._caption_box().bottom + 4
        strips = len(self.reads) * (STRIP_H + STRIP_GAP)
        return QRectF(
            LEFT, top, self.width() - LEFT - RIGHT, max(1.0, self.height() - top - AXIS_H - strips - 6)
        )

    def x_of(self, seconds: float) -> float:
        """Horizontal position of a time (the plot spans the width between the margins)."""
        return LEFT + max(1.0, self.width() - LEFT - RIGHT) * seconds / self.span_s()

    def y_of(self, share: float) -> float:
        """Vertical position of a share."""
        plot = self.plot_rect()
        return plot.bottom() - plot.height() * share

    def grid_labels(self) -> list[Label]:
        """The share labels left of the plot and the time labels under the strips, spaced to fit."""
        metrics = QFontMetrics(self.font())
        plot = self.plot_rect()
        h = metrics.height()
        out: list[Label] = []
        shares = (0.0, 0.25, 0.5, 0.75, 1.0) if plot.height() >= 4 * h else (0.0, 0.5, 1.0)
        for share in shares if plot.height() >= 2 * h else (0.0, 1.0):
            text = f"{share * 100:.0f}%"
            w = metrics.horizontalAdvance(text) + 2
            out.append(Label(Box(plot.left() - w - 4, self.y_of(share) - h / 2, w, h), text))
        unit = say_in(ui_lang(), "doc.retention.unit")
        span = self.span_s()
        widest = metrics.horizontalAdvance(f"{int(span)}{unit}") + 2
        per_s = plot.width() / span
        step = next((t for t in TICK_STEPS if t * per_s >= widest + 8), TICK_STEPS[-1])
        top = self.height() - AXIS_H + 1
        for second in range(0, int(span) + 1, step):
            text = f"{second}{unit}"
            w = metrics.horizontalAdvance(text) + 2
            x = min(max(self.x_of(second) - w / 2, 0.0), self.width() - w)
            out.append(Label(Box(x, top, w, h), text))
        return out

    def value_labels(self) -> list[Label]:
        """Each curve's share at 3 s right of the 3 s line and its completion left of its end dot,
        each column spread so crowded values stay readable; one column if the two would meet."""
        metrics = QFontMetrics(self.font())
        plot = self.plot_rect()
        h = metrics.height()
        hook_x = self.x_of(HOOK_S) + 6
        at3 = [(i, r.at_3s) for i, r in enumerate(self.reads) if r.at_3s is not None]
        ends = [(i, r.completion) for i, r in enumerate(self.reads) if r.completion is not None]
        texts3 = [f"{v * 100:.0f}%" for _i, v in at3]
        texts_end = [f"{v * 100:.0f}%" for _i, v in ends]
        xs3 = [hook_x for _ in at3]
        xs_end = []
        for (i, _v), text in zip(ends, texts_end, strict=True):
            read = self.reads[i]
            end_x = self.x_of(min(read.duration_s, len(read.curve) - 1))
            xs_end.append(max(plot.left() + 2, end_x - 8 - metrics.horizontalAdvance(text) - 2))
        wants3 = [self.y_of(v) for _i, v in at3]
        wants_end = [self.y_of(v) - h / 2 - 3 for _i, v in ends]  # just above the dot
        lo, hi = plot.top(), plot.bottom()

        def boxes(xs: list[float], texts: list[str], tops: list[float]) -> list[Box]:
            return [
                Box(x, t, metrics.horizontalAdvance(s) + 2, h)
                for x, s, t in zip(xs, texts, tops, strict=True)
            ]

        first = boxes(xs3, texts3, spread(wants3, h, lo, hi))
        second = boxes(xs_end, texts_end, spread(wants_end, h, lo, hi))
        if any(a.intersects(b) for a in first for b in second):
            tops = spread(wants3 + wants_end, h, lo, hi)
            first = boxes(xs3, texts3, tops[: len(at3)])
            second = boxes(xs_end, texts_end, tops[len(at3) :])
        out = [Label(b, t, self.color(i)) for b, t, (i, _v) in zip(first, texts3, at3, strict=True)]
        out += [Label(b, t, self.color(i)) for b, t, (i, _v) in zip(second, texts_end, ends, strict=True)]
        return out

    def label_boxes(self) -> list[Label]:
        """Every text the chart draws, where it draws it: grid, legend, 3 s caption and values."""
        if not self.reads or self.script is None:
            return []
        caption = Label(self._caption_box(), self._caption_text())
        return [*self.grid_labels(), *self.legend_labels(), caption, *self.value_labels()]

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Grid, curves, 3 s line, completion dots, legend, beat strips, then every label in its box."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        if not self.reads or self.script is None:
            p.setPen(muted)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        plot = self.plot_rect()
        self._grid(p, plot, muted)
        for i, read in enumerate(self.reads):
            self._curve(p, read, self.color(i))
        self._hook_line(p, plot, muted)
        self._swatches(p)
        self._strips(p, plot)
        text = pal.color(QPalette.ColorRole.WindowText)
        for label in self.label_boxes():
            b = label.box
            p.setPen(label.color or (text if label.legend else muted))
            indent = SWATCH + SWATCH_GAP if label.legend else 0
            rect = QRectF(b.x + indent, b.y, b.w - indent, b.h)
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label.text)
        p.end()

    def _grid(self, p: QPainter, plot: QRectF, muted: QColor) -> None:
        grid = QColor(muted)
        grid.setAlpha(60)
        p.setPen(QPen(grid, 1))
        for share in (0.0, 0.25, 0.5, 0.75, 1.0):
            y = self.y_of(share)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def _curve(self, p: QPainter, read: CurveReading, color: QColor) -> None:
        path = QPainterPath()
        for second, share in enumerate(read.curve):
            point = QPointF(self.x_of(second), self.y_of(share))
            if second == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        p.setPen(QPen(color, 2.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        if read.completion is not None:
            end = min(read.duration_s, len(read.curve) - 1)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawEllipse(QPointF(self.x_of(end), self.y_of(read.completion)), 4, 4)

    def _hook_line(self, p: QPainter, plot: QRectF, muted: QColor) -> None:
        x = self.x_of(HOOK_S)
        p.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, plot.top()), QPointF(x, self.height() - AXIS_H))
        for i, read in enumerate(self.reads):
            if read.at_3s is None:
                continue
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.color(i))
            p.drawEllipse(QPointF(x, self.y_of(read.at_3s)), 3.5, 3.5)

    def _swatches(self, p: QPainter) -> None:
        for i, label in enumerate(self.legend_labels()):
            y = label.box.y + label.box.h / 2
            p.setPen(QPen(self.color(i), 3))
            p.drawLine(QPointF(label.box.x, y), QPointF(label.box.x + SWATCH, y))

    def _strips(self, p: QPainter, plot: QRectF) -> None:
        assert self.script is not None
        metrics = QFontMetrics(self.font())
        y = plot.bottom() + 6
        for i, read in enumerate(self.reads):
            for span in beat_spans(self.script, read.variant):
                rect = QRectF(
                    self.x_of(span.start_ds / 10),
                    y,
                    self.x_of(span.end_ds / 10) - self.x_of(span.start_ds / 10),
                    STRIP_H,
                )
                color = beat_color(span.beat)
                p.fillRect(rect, color)
                p.setPen(text_on(color))
                name = f"{beat_label(span.beat.kind, span.beat.name, ui_lang())} {span.alt.label}"
                label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(rect.width()) - 4)
                if metrics.horizontalAdvance(label) > rect.width() - 4 or label.startswith("…"):
                    label = span.alt.label
                p.drawText(rect.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)
            tick = QColor(255, 255, 255, 150)
            p.setPen(QPen(tick, 1))
            for shot in cut(self.script, read.variant)[1:]:
                x = self.x_of(shot.start_ds / 10)
                p.drawLine(QPointF(x, y + STRIP_H * 0.55), QPointF(x, y + STRIP_H))
            p.setPen(QPen(self.color(i), 3))
            p.drawLine(QPointF(plot.left() - 8, y + 2), QPointF(plot.left() - 8, y + STRIP_H - 2))
            y += STRIP_H + STRIP_GAP
