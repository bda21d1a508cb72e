"""Small multiples of the results: per metric, each variant's value as a dot on its 95 % interval.

Drawn with QPainter (PySide6-Essentials ships no QtCharts). The control's value is a dashed
reference line and its name says "control"; the winner is drawn in the accent colour with a star.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.results.chart import Bar, Panel, tick_label, value_label

#: Panel geometry in pixels.
PANEL_MIN_WIDTH = 250
ROW_HEIGHT = 20
TITLE_HEIGHT = 20
AXIS_HEIGHT = 16
GAP = 12
LEGEND_HEIGHT = 20
#: The winner's colour: a green that reads on light and dark palettes.
WINNER_COLOR = "#2e9e5b"
#: Ordinary variants: a muted blue.
BAR_COLOR = "#4a7fc1"


class ResultsChart(QWidget):
    """Every metric's panel in a grid that reflows with the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panels: list[Panel] = []
        self.symbol = ""
        self.legend = ""
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_panels(self, panels: list[Panel], symbol: str, legend: str, empty_text: str) -> None:
        """Show these panels (money in ``symbol``) under ``legend``; ``empty_text`` when there are none."""
        self.panels, self.symbol, self.legend, self.empty_text = panels, symbol, legend, empty_text
        self.updateGeometry()
        self.update()

    def columns(self, width: int | None = None) -> int:
        """How many panels fit side by side."""
        width = self.width() if width is None else width
        return max(1, min(len(self.panels) or 1, width // PANEL_MIN_WIDTH))

    def panel_height(self) -> int:
        """The height of one panel: title, one row per variant, the axis."""
        rows = max((len(p.bars) for p in self.panels), default=0)
        return TITLE_HEIGHT + rows * ROW_HEIGHT + AXIS_HEIGHT + GAP

    def heightForWidth(self, width: int) -> int:
        """Tall enough for every row of panels at this width."""
        if not self.panels:
            return 40
        rows = -(-len(self.panels) // self.columns(width))
        return LEGEND_HEIGHT + rows * self.panel_height()

    def hasHeightForWidth(self) -> bool:
        """The height follows the width (panels reflow)."""
        return True

    def sizeHint(self) -> QSize:
        """Three panels across by default."""
        width = 3 * PANEL_MIN_WIDTH
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """One row of panels."""
        return QSize(PANEL_MIN_WIDTH, LEGEND_HEIGHT + self.panel_height())

    def panel_rects(self) -> list[QRectF]:
        """Where each panel is drawn, in order."""
        cols = self.columns()
        width = self.width() / cols
        height = self.panel_height()
        return [
            QRectF((i % cols) * width, LEGEND_HEIGHT + (i // cols) * height, width, height)
            for i in range(len(self.panels))
        ]

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw every panel, or the empty text."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        if not self.panels:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRectF(4, 0, self.width() - 8, LEGEND_HEIGHT), Qt.AlignmentFlag.AlignLeft, self.legend
        )
        for panel, rect in zip(self.panels, self.panel_rects(), strict=True):
            self._draw_panel(painter, panel, rect.adjusted(4, 0, -GAP, -GAP))
        painter.end()

    def _draw_panel(self, p: QPainter, panel: Panel, rect: QRectF) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(text)
        p.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), TITLE_HEIGHT),
            Qt.AlignmentFlag.AlignLeft,
            panel.title,
        )
        metrics = QFontMetrics(self.font())
        strong = QFontMetrics(bold)
        widest = max(
            (strong if b.is_winner else metrics).horizontalAdvance(self._name(b)) for b in panel.bars
        )
        name_w = min(rect.width() * 0.42, widest + 8)
        value_w = (
            max(
                metrics.horizontalAdvance(value_label(panel.metric, b.value, self.symbol)) for b in panel.bars
            )
            + 6
        )
        plot = QRectF(rect.left() + name_w, rect.top() + TITLE_HEIGHT, rect.width() - name_w - value_w,
                      len(panel.bars) * ROW_HEIGHT)  # fmt: skip

        def x_of(v: float) -> float:
            span = panel.axis_max - panel.axis_min
            return plot.left() + plot.width() * max(0.0, min(1.0, (v - panel.axis_min) / span))

        p.setFont(self.font())
        grid = QColor(muted)
        grid.setAlpha(70)
        last_right = -1e9
        for tick in panel.ticks:
            x = x_of(tick)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            label = tick_label(panel.metric, tick, self.symbol)
            w = metrics.horizontalAdvance(label)
            left = min(x - w / 2, rect.right() - w)
            if left < last_right + 6:
                continue  # labels never overlap: skip one that would
            p.setPen(muted)
            p.drawText(QPointF(left, plot.bottom() + 12), label)
            last_right = left + w
        if panel.reference is not None:
            p.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
            x = x_of(panel.reference)
            p.drawLine(QPointF(x, plot.top() - 2), QPointF(x, plot.bottom()))
        for i, bar in enumerate(panel.bars):
            self._draw_bar(p, panel, bar, plot, i, name_w, x_of, metrics)

    def _name(self, bar: Bar) -> str:
        return f"★ {bar.name}" if bar.is_winner else bar.name

    def _draw_bar(self, p: QPainter, panel: Panel, bar: Bar, plot: QRectF, i: int, name_w: float,
                  x_of: Callable[[float], float], metrics: QFontMetrics) -> None:  # fmt: skip
        pal = self.palette()
        y = plot.top() + i * ROW_HEIGHT + ROW_HEIGHT / 2
        color = QColor(WINNER_COLOR if bar.is_winner else BAR_COLOR)
        if bar.is_control and not bar.is_winner:
            color = pal.color(QPalette.ColorRole.WindowText)
        font = QFont(self.font())
        font.setBold(bar.is_winner)
        p.setFont(font)
        p.setPen(color if bar.is_winner else pal.color(QPalette.ColorRole.WindowText))
        name = QFontMetrics(font).elidedText(self._name(bar), Qt.TextElideMode.ElideMiddle, int(name_w - 6))
        p.drawText(QRectF(plot.left() - name_w, y - ROW_HEIGHT / 2, name_w - 6, ROW_HEIGHT),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)  # fmt: skip
        value = bar.value
        if value is None:
            return
        low, high = bar.low, bar.high
        if low is not None:
            right = x_of(high) if high is not None else plot.right()
            p.setPen(QPen(color, 3 if bar.is_winner else 2))
            p.drawLine(QPointF(x_of(low), y), QPointF(right, y))
            p.drawLine(QPointF(x_of(low), y - 4), QPointF(x_of(low), y + 4))
            if high is not None:
                p.drawLine(QPointF(right, y - 4), QPointF(right, y + 4))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        radius = 5 if bar.is_winner else 4
        p.drawEllipse(QPointF(x_of(value), y), radius, radius)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(color if bar.is_winner else pal.color(QPalette.ColorRole.WindowText))
        p.drawText(QRectF(plot.right() + 4, y - ROW_HEIGHT / 2, 200, ROW_HEIGHT),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   value_label(panel.metric, value, self.symbol))  # fmt: skip
