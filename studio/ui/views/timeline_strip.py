"""TimelineStrip: the current variant as proportional beat blocks with shot ticks and guide lines."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from studio.models import timeline
from studio.models.changes import Op
from studio.models.entities import Change, Shot
from studio.ui.document_controller import DocumentController
from studio.ui.views.view_common import (
    DEFAULT_CTA_LIMIT_S,
    DEFAULT_HOOK_LIMIT_S,
    WARNING_COLOR,
    Refresher,
    beat_color,
    beat_title,
    seconds,
    setting_s,
    text_on,
)

log = logging.getLogger(__name__)

_MARGIN = 8
_RULER = 16
#: The row under the band that names the hook line and the CTA window.
_MARKS = 15


def _changes_the_strip(change: object) -> bool:
    """False for edits the strip does not draw (a shot's words): typing never redraws 1,000 ticks."""
    if isinstance(change, Change) and change.op is Op.SET and isinstance(change.target, Shot):
        return change.field == "duration_ds"
    return not (isinstance(change, Change) and change.op is Op.RESULTS)  # no result is drawn here


class TimelineStrip(QWidget):
    """Beats as coloured blocks sized by duration, shot ticks, the hook line and the CTA window.

    Clicking a shot selects it in every view.
    """

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.spans: list[timeline.BeatSpan] = []
        self.shots: list[timeline.TimedShot] = []
        self.total = 0
        #: The scale while a paint is under way (see paintEvent), else None.
        self._painting: float | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(64 + _MARKS)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip("")
        self.refresher = Refresher(doc, self.refresh, accept=_changes_the_strip, parent=self)
        doc.selectionChanged.connect(lambda _ids: self.update())
        self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(800, 72 + _MARKS)

    def refresh(self) -> None:
        """Recompute the cut from the model and repaint."""
        self.spans = timeline.beat_spans(self.doc.script, self.doc.variant)
        self.shots = timeline.cut(self.doc.script, self.doc.variant)
        self.total = self.spans[-1].end_ds if self.spans else 0
        self.update()

    # --- geometry --------------------------------------------------------------

    def _scale(self) -> float:
        """Pixels per tenth of a second; the strip shows at least the hook and CTA windows."""
        if self._painting is not None:
            return self._painting
        hook = round(setting_s(self.doc.project, "hook_limit_s", DEFAULT_HOOK_LIMIT_S) * 10)
        span = max(self.total, hook, 1)
        return (self.width() - 2 * _MARGIN) / span

    def x_of(self, ds: int) -> float:
        """Horizontal position of a time."""
        return _MARGIN + ds * self._scale()

    def hook_x(self) -> float:
        """Horizontal position of the dashed hook line (the hook limit of the project's settings)."""
        return self.x_of(round(setting_s(self.doc.project, "hook_limit_s", DEFAULT_HOOK_LIMIT_S) * 10))

    @staticmethod
    def over_budget(span: timeline.BeatSpan) -> bool:
        """True when a beat runs past its time budget (its block gets a warning outline)."""
        return span.beat.budget_ds is not None and span.duration_ds > span.beat.budget_ds

    def shot_at(self, x: float) -> timeline.TimedShot | None:
        """The shot under a horizontal position."""
        ds = (x - _MARGIN) / self._scale()
        for timed in self.shots:
            if timed.start_ds <= ds < timed.end_ds:
                return timed
        return None

    def _band(self) -> QRectF:
        return QRectF(_MARGIN, _RULER + 4, self.width() - 2 * _MARGIN, self.height() - _RULER - 10 - _MARKS)

    # --- painting --------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        # One scale for the whole paint: it reads the project's settings, and a 5,000-shot cut asks
        # for thousands of positions (each shot's tick, each ruler mark): 0.3 s a paint before.
        self._painting = None
        self._painting = self._scale()
        try:
            self._paint(event)
        finally:
            self._painting = None

    def _paint(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
        band = self._band()
        self._paint_ruler(p, pal)
        p.fillRect(band, pal.color(QPalette.ColorRole.Base))
        if self.total <= 0:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(band, Qt.AlignmentFlag.AlignCenter, self.tr("No shots in this variant yet"))
            return
        self._paint_cta(p, band)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        for span in self.spans:
            left, right = self.x_of(span.start_ds), self.x_of(span.end_ds)
            color = beat_color(span.beat)
            if span.duration_ds <= 0:
                self._paint_gap(p, band, left, color)
                continue
            block = QRectF(left, band.top(), max(1.0, right - left), band.height())
            over = self.over_budget(span)
            p.setPen(QPen(QColor(WARNING_COLOR), 2) if over else QPen(color.darker(130), 1))
            p.setBrush(color)
            p.drawRoundedRect(block.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            p.setPen(text_on(color))
            p.setFont(small)
            label = f"{beat_title(span.beat)} {span.alt.label}"
            room = block.adjusted(4, 2, -2, 0)
            hook = self.hook_x()
            if room.left() - 3 <= hook <= room.left() + p.fontMetrics().horizontalAdvance(label) + 3:
                room.setLeft(hook + 4)  # start the name after the hook line, never under it
            text = p.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(room.width()))
            p.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        selected = set(self.doc.selection)
        tick = QPen(QColor(255, 255, 255, 200), 1)
        last_tick = -10.0
        for timed in self.shots:
            x = self.x_of(timed.start_ds)
            if timed.start_ds > 0 and x - last_tick >= 2:  # ticks closer than 2 px would be one smear
                last_tick = x
                p.setPen(tick)
                p.drawLine(QPointF(x, band.bottom() - band.height() * 0.45), QPointF(x, band.bottom()))
            if timed.shot.id in selected:
                rect = QRectF(x, band.top() - 2, self.x_of(timed.end_ds) - x, band.height() + 4)
                p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect)
        self._paint_hook(p, band)

    def empty_beats(self) -> list[timeline.BeatSpan]:
        """Beats the current variant plays with no shots (drawn as a warning mark, not a block)."""
        return [span for span in self.spans if span.duration_ds <= 0]

    def _paint_gap(self, p: QPainter, band: QRectF, x: float, color: QColor) -> None:
        """A beat without shots: a narrow dashed slot in its colour, so the hole is visible."""
        slot = QRectF(x - 3, band.top() + 2, 6, band.height() - 4)
        p.setPen(QPen(QColor(WARNING_COLOR), 1.5, Qt.PenStyle.DashLine))
        p.setBrush(QColor(color.red(), color.green(), color.blue(), 90))
        p.drawRoundedRect(slot, 2, 2)

    def _paint_ruler(self, p: QPainter, pal: QPalette) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        p.setFont(small)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        span = max(self.total, 1)
        step = 10 if span <= 300 else 50 if span <= 1200 else 100
        # Label every tick that leaves room for its text: 1, 2, 5, 10 … seconds apart.
        room = p.fontMetrics().horizontalAdvance(self.tick_label(1000)) + 16
        label_every = next(
            (
                n
                for n in (10, 20, 50, 100, 150, 300, 600, 1200, 3000)
                if n % step == 0 and n * self._scale() >= room
            ),
            6000,
        )
        for ds in range(0, span + 1, step):
            x = self.x_of(ds)
            major = ds % label_every == 0
            p.drawLine(QPointF(x, _RULER - (6 if major else 3)), QPointF(x, _RULER))
            text = self.tick_label(ds)
            if major and x + 2 + p.fontMetrics().horizontalAdvance(text) < self.width():
                p.drawText(QPointF(x + 2, _RULER - 6), text)

    def tick_label(self, ds: int) -> str:
        """A ruler mark in whole seconds: '2s', in Chinese '2秒'."""
        return self.tr("%1s", "ruler mark in whole seconds").replace("%1", str(ds // 10))

    def _paint_cta(self, p: QPainter, band: QRectF) -> None:
        cta = round(setting_s(self.doc.project, "cta_limit_s", DEFAULT_CTA_LIMIT_S) * 10)
        start = max(0, self.total - cta)
        window = QRectF(
            self.x_of(start), band.top() - 4, self.x_of(self.total) - self.x_of(start), band.height() + 8
        )
        tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(60)
        p.fillRect(window, tint)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        p.setPen(QPen(highlight, 1.5, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(window.left(), band.top() - 4), QPointF(window.left(), band.bottom() + 4))
        # Named under the band, ending at the window's end: "CTA: last 5 s".
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        p.setPen(QPen(highlight.lighter(150) if dark else highlight.darker(130)))  # readable on either
        p.setFont(self._mark_font())
        text = self.cta_label()
        width = p.fontMetrics().horizontalAdvance(text)
        left = max(window.left(), window.right() - width)
        hook_end = self.hook_x() + 4 + p.fontMetrics().horizontalAdvance(self.hook_label())
        if left < hook_end:  # a short script: keep the two names apart
            left = hook_end + 6
        p.drawText(QRectF(left, band.bottom() + 3, width + 2, _MARKS), Qt.AlignmentFlag.AlignLeft, text)

    def _paint_hook(self, p: QPainter, band: QRectF) -> None:
        x = self.hook_x()
        p.setPen(QPen(QColor(WARNING_COLOR), 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, band.top() - 6), QPointF(x, band.bottom() + _MARKS - 2))
        # Named under the band, right of the line: "3 s hook".
        p.setFont(self._mark_font())
        text = self.hook_label()
        p.drawText(QRectF(x + 4, band.bottom() + 3, p.fontMetrics().horizontalAdvance(text) + 2, _MARKS),
                   Qt.AlignmentFlag.AlignLeft, text)  # fmt: skip

    def _mark_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
        font.setBold(True)
        return font

    def hook_label(self) -> str:
        """The hook line's name, e.g. '3 s hook' ('3秒钩子')."""
        hook = setting_s(self.doc.project, "hook_limit_s", DEFAULT_HOOK_LIMIT_S)
        return self.tr("%1 s hook", "the timeline's hook line").replace("%1", f"{hook:g}")

    def cta_label(self) -> str:
        """The CTA window's name, e.g. 'CTA: last 5 s' ('CTA：最后5秒')."""
        cta = setting_s(self.doc.project, "cta_limit_s", DEFAULT_CTA_LIMIT_S)
        return self.tr("CTA: last %1 s", "the timeline's call-to-action window").replace("%1", f"{cta:g}")

    # --- interaction -----------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        timed = self.shot_at(event.position().x())
        if timed is None:
            return
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            ids = self.doc.selection
            if timed.shot.id in ids:
                ids.remove(timed.shot.id)
            else:
                ids.append(timed.shot.id)
            self.doc.select(ids)
        else:
            self.doc.select([timed.shot.id])

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent):
            self._tooltip(event)
            return True
        return super().event(event)

    def _tooltip(self, event: QHelpEvent) -> None:
        gap = next((s for s in self.empty_beats() if abs(self.x_of(s.start_ds) - event.pos().x()) <= 4), None)
        if gap is not None:
            QToolTip.showText(
                event.globalPos(),
                self.tr("%1 %2 has no shots: this variant skips the beat")
                .replace("%1", beat_title(gap.beat))
                .replace("%2", gap.alt.label),
                self,
            )
            return
        timed = self.shot_at(event.pos().x())
        if timed is None:
            hook = setting_s(self.doc.project, "hook_limit_s", DEFAULT_HOOK_LIMIT_S)
            cta = setting_s(self.doc.project, "cta_limit_s", DEFAULT_CTA_LIMIT_S)
            QToolTip.showText(
                event.globalPos(),
                self.tr(
                    "Dashed line: the hook must land by %1 s. Shaded: the last %2 s, where the call to action belongs."
                )
                .replace("%1", f"{hook:g}")
                .replace("%2", f"{cta:g}"),
                self,
            )
            return
        text = (
            self.tr("%1 · %2 %3 · %4–%5 s")
            .replace("%1", timed.shot.code)
            .replace("%2", beat_title(timed.beat))
        )
        text = (
            text.replace("%3", timed.alt.label)
            .replace("%4", seconds(timed.start_ds))
            .replace("%5", seconds(timed.end_ds))
        )
        if timed.shot.voiceover:
            text += "\n" + timed.shot.voiceover
        QToolTip.showText(event.globalPos(), text, self)
