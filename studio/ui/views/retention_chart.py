"""Retention curves drawn over the timeline: every variant's curve, and its beats and shots underneath.

The share still watching (0–100 %) runs up the left; time runs along the bottom on the same scale
as the beat strips below, one strip per variant with a curve, so a drop sits above the beat and the
shot where it happens. A dashed line marks 3 s with each variant's share there; a dot marks the
completion at the end of each variant's cut.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.models.entities import Script
from studio.models.timeline import beat_spans, cut
from studio.models.vocab import beat_label
from studio.results.retention import HOOK_S, CurveReading
from studio.ui.views.common import beat_color, text_on, ui_lang

#: Curve colours in variant order (the control is drawn in the text colour).
CURVE_COLORS = ("#2e9e5b", "#4a7fc1", "#e08a1e", "#8e44ad", "#c0392b", "#16a085")
LEFT, RIGHT, TOP, AXIS_H, STRIP_H, STRIP_GAP = 44, 16, 22, 18, 16, 3


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

    def plot_rect(self) -> QRectF:
        """Where the curves are drawn."""
        strips = len(self.reads) * (STRIP_H + STRIP_GAP)
        return QRectF(LEFT, TOP, self.width() - LEFT - RIGHT, self.height() - TOP - AXIS_H - strips - 6)

    def x_of(self, seconds: float) -> float:
        """Horizontal position of a time."""
        plot = self.plot_rect()
        return plot.left() + plot.width() * seconds / self.span_s()

    def y_of(self, share: float) -> float:
        """Vertical position of a share."""
        plot = self.plot_rect()
        return plot.bottom() - plot.height() * share

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Grid, curves, 3 s line, completion dots, legend, beat strips."""
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
        self._completion_labels(p)
        self._hook_line(p, plot, muted)
        self._legend(p)
        self._strips(p, plot)
        p.end()

    def _grid(self, p: QPainter, plot: QRectF, muted: QColor) -> None:
        grid = QColor(muted)
        grid.setAlpha(60)
        metrics = QFontMetrics(self.font())
        for share in (0.0, 0.25, 0.5, 0.75, 1.0):
            y = self.y_of(share)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            label = f"{share * 100:.0f}%"
            p.drawText(QPointF(plot.left() - metrics.horizontalAdvance(label) - 4, y + 4), label)
        span = self.span_s()
        step = 1 if span <= 12 else 2 if span <= 30 else 5 if span <= 90 else 15
        bottom = self.height() - AXIS_H + 12
        unit = "秒" if ui_lang() == "zh" else "s"
        for second in range(0, int(span) + 1, step):
            x = self.x_of(second)
            label = f"{second}{unit}"
            p.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2, bottom), label)

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

    def _completion_labels(self, p: QPainter) -> None:
        """Each curve's completion beside its end dot, nudged apart so none overlap."""
        ends = sorted(
            (
                (self.y_of(r.completion), i, r, r.completion)
                for i, r in enumerate(self.reads)
                if r.completion is not None
            ),
            key=lambda e: e[0],
        )
        last = -1e9
        gap = QFontMetrics(self.font()).height()
        for y, i, read, share in ends:
            y = max(y - 6, last + gap)
            last = y
            end = min(read.duration_s, len(read.curve) - 1)
            p.setPen(self.color(i))
            p.drawText(QPointF(self.x_of(end) - 34, y), f"{share * 100:.0f}%")

    def _hook_line(self, p: QPainter, plot: QRectF, muted: QColor) -> None:
        x = self.x_of(HOOK_S)
        p.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, plot.top()), QPointF(x, self.height() - AXIS_H))
        p.setPen(muted)
        p.drawText(QPointF(x + 3, plot.top() - 6), "3秒" if ui_lang() == "zh" else "3 s")
        for i, read in enumerate(self.reads):
            if read.at_3s is None:
                continue
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.color(i))
            p.drawEllipse(QPointF(x, self.y_of(read.at_3s)), 3.5, 3.5)
            p.setPen(self.color(i))
            p.drawText(QPointF(x + 6, self.y_of(read.at_3s) + 4), f"{read.at_3s * 100:.0f}%")

    def _legend(self, p: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        x = LEFT
        for i, read in enumerate(self.reads):
            p.setPen(QPen(self.color(i), 3))
            p.drawLine(QPointF(x, 10), QPointF(x + 16, 10))
            p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            p.drawText(QPointF(x + 20, 14), read.variant.name)
            x += 32 + metrics.horizontalAdvance(read.variant.name)

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
