"""PreviewView: the current variant played as an animatic (frames held for their durations)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QHideEvent, QIcon, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.models import timeline
from studio.models.caption_place import caption_place
from studio.models.crop import placement
from studio.models.frame_format import format_preset
from studio.models.platforms import PlatformPreset
from studio.ui.document_controller import DocumentController
from studio.ui.views.thumbs import ThumbLoader
from studio.ui.views.view_common import Refresher, beat_color, beat_title, tinted

log = logging.getLogger(__name__)

#: Playback advances in tenths of a second, the model's unit of time.
TICK_MS = 100


class FrameScreen(QWidget):
    """Draws the current frame in the platform's aspect with the caption on it."""

    def __init__(self, view: PreviewView) -> None:
        super().__init__(view)
        self.view = view
        self.caption_box: QRect | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 200)

    def sizeHint(self) -> QSize:
        return QSize(360, 640)

    def frame_rect(self) -> QRect:
        """Where the frame sits: as large as fits, in the variant's frame format."""
        plat = self.platform()
        size = QSize(plat.aspect_w * 100, plat.aspect_h * 100).scaled(
            self.size(), Qt.AspectRatioMode.KeepAspectRatio
        )
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(self.rect().center())
        return rect

    def platform(self) -> PlatformPreset:
        """The platform preset in the playing variant's frame format."""
        return format_preset(self.view.doc.project, self.view.doc.variant)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
        r = self.frame_rect()
        p.fillRect(r, QColor("black"))
        timed = self.view.current()
        if timed is None:
            p.setPen(QColor("white"))
            p.drawText(
                r,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Nothing to play yet"),
            )
            return
        pix = None
        if timed.shot.frame:
            edge = round(max(r.width(), r.height()) * self.devicePixelRatioF())
            # The print rendition is sharp enough for a screen-sized preview; decoding happens in the loader.
            pix = self.view.loader.pixmap(timed.shot.frame, "print", min(edge, 1200))
        if pix is not None and not pix.isNull():
            # the shot's crop, placed as the MP4 animatic places it (models/crop)
            place = placement((pix.width(), pix.height()), (r.width(), r.height()), timed.shot.crop)
            left, top, right, bottom = place.target
            src_l, src_t, src_r, src_b = place.source
            p.drawPixmap(QRectF(r.left() + left, r.top() + top, right - left, bottom - top), pix,
                         QRectF(src_l, src_t, src_r - src_l, src_b - src_t))  # fmt: skip
        else:
            p.fillRect(r, tinted(self, beat_color(timed.beat), 0.5))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 2)
            font.setBold(True)
            p.setFont(font)
            p.setPen(pal.color(QPalette.ColorRole.Text))
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, timed.shot.code)
        self._paint_caption(p, r, timed.shot.onscreen_text)

    def _paint_caption(self, p: QPainter, r: QRect, text: str) -> None:
        self.caption_box = None
        if not text:
            return
        # Where the MP4 animatic burns the on-screen text (models/caption_place): near the top of the
        # safe area, so the Preview shows the cut as it will be exported.
        place = caption_place(self.platform().covered, r.width(), r.height())
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, r.width() / 22))
        font.setBold(True)
        p.setFont(font)
        left, top, right = place.text_box
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        wrap_to = QRect(
            r.left() + left + place.pad, r.top() + place.text_top, max(1, place.text_width), r.height()
        )
        lines = p.fontMetrics().boundingRect(wrap_to, flags, text)
        box = QRect(r.left() + left, r.top() + top, right - left, lines.height() + place.pad + place.pad // 2)
        #: The on-screen text's box in the widget, as last painted (None: no on-screen text).
        self.caption_box = box
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 150))
        p.drawRoundedRect(box, place.pad, place.pad)
        p.restore()
        p.setPen(QPen(QColor(255, 214, 10)))  # the animatic's yellow on-screen text
        p.drawText(QRect(wrap_to.left(), wrap_to.top(), wrap_to.width(), lines.height()), flags, text)


class PreviewView(QWidget):
    """Plays the current variant: frames for their durations, voice-over and captions shown."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.cut: list[timeline.TimedShot] = []
        self.total = 0
        self.position = 0
        self.loader = ThumbLoader(doc, capacity=80, workers=1, parent=self)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        # Position follows the wall clock, so late timer ticks never slow the animatic down.
        self.clock = QElapsedTimer()
        self._clock_origin = 0

        self.screen_widget = FrameScreen(self)
        self.shot_label = QLabel(self)
        self.shot_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.voiceover = QLabel(self)
        self.voiceover.setWordWrap(True)
        self.voiceover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.voiceover.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        vo_font = QFont(self.font())
        vo_font.setPointSizeF(vo_font.pointSizeF() * 1.15)
        self.voiceover.setFont(vo_font)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setToolTip(self.tr("Position in the cut"))
        self.timecode = QLabel(self)
        self.timecode.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        style = self.style()
        self.back_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward),
                                        self.tr("Previous shot"), self.step_back)  # fmt: skip
        self.play_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
                                        self.tr("Play"), self.toggle_play)  # fmt: skip
        self.forward_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward),
                                           self.tr("Next shot"), self.step_forward)  # fmt: skip
        self.play_button.setShortcut(Qt.Key.Key_Space)

        controls = QHBoxLayout()
        controls.addWidget(self.back_button)
        controls.addWidget(self.play_button)
        controls.addWidget(self.forward_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.timecode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.screen_widget, 1)
        layout.addWidget(self.shot_label)
        layout.addWidget(self.voiceover)
        layout.addLayout(controls)

        self.slider.valueChanged.connect(self._on_slider)
        self.loader.ready.connect(lambda _h: self.screen_widget.update())
        doc.selectionChanged.connect(self._follow_selection)
        self.refresher = Refresher(doc, self.refresh, parent=self, widget=self)
        self.refresh()

    def _button(self, icon: QIcon, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # --- state -----------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the cut; keep the position when it still fits."""
        self.cut = timeline.cut(self.doc.script, self.doc.variant)
        self.total = self.cut[-1].end_ds if self.cut else 0
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, self.total - 1))
        self.slider.blockSignals(False)
        self.seek(min(self.position, max(0, self.total - 1)))

    def current(self) -> timeline.TimedShot | None:
        """The shot on screen."""
        for timed in self.cut:
            if timed.start_ds <= self.position < timed.end_ds:
                return timed
        return self.cut[-1] if self.cut else None

    @property
    def playing(self) -> bool:
        """True while the animatic runs."""
        return self.timer.isActive()

    def seek(self, ds: int) -> None:
        """Show the cut at a time (tenths of a second)."""
        self.position = max(0, min(ds, max(0, self.total - 1)))
        if self.slider.value() != self.position:
            self.slider.blockSignals(True)
            self.slider.setValue(self.position)
            self.slider.blockSignals(False)
        self._show()

    def _show(self) -> None:
        timed = self.current()
        end = timeline.format_timecode(self.total)
        self.timecode.setText(f"{timeline.format_timecode(self.position if timed else 0)} / {end}")
        if timed is None:
            self.shot_label.setText("")
            self.voiceover.setText("")
        else:
            self.shot_label.setText(
                self.tr("%1 · %2 %3 · shot %4 of %5").replace("%1", timed.shot.code)
                .replace("%2", beat_title(timed.beat)).replace("%3", timed.alt.label)
                .replace("%4", str(timed.index + 1)).replace("%5", str(len(self.cut)))
            )  # fmt: skip
            self.voiceover.setText(timed.shot.voiceover or self.tr("(no voice-over)"))
            # Decode the next frame ahead so the cut does not flash a placeholder.
            nxt = timed.index + 1
            if nxt < len(self.cut) and self.cut[nxt].shot.frame:
                r = self.screen_widget.frame_rect()
                edge = round(max(r.width(), r.height()) * self.devicePixelRatioF())
                self.loader.pixmap(self.cut[nxt].shot.frame or "", "print", min(edge, 1200))
        self.screen_widget.update()

    # --- transport ---------------------------------------------------------------

    def play(self) -> None:
        """Start playing from the position (from the start when at the end)."""
        if not self.cut:
            return
        if self.position >= self.total - 1:
            self.seek(0)
        self.clock.start()
        self._clock_origin = self.position
        self.timer.start()
        self.play_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPause))
        self.play_button.setToolTip(self.tr("Pause"))

    def pause(self) -> None:
        """Stop at the current position."""
        self.timer.stop()
        self.play_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setToolTip(self.tr("Play"))

    def toggle_play(self) -> None:
        """Play or pause."""
        if self.playing:
            self.pause()
        else:
            self.play()

    def step_forward(self) -> None:
        """Jump to the start of the next shot and select it."""
        timed = self.current()
        if timed is None or timed.index + 1 >= len(self.cut):
            return
        self._jump(self.cut[timed.index + 1])

    def step_back(self) -> None:
        """Jump to the start of this shot, or of the previous one when already there."""
        timed = self.current()
        if timed is None:
            return
        if self.position > timed.start_ds or timed.index == 0:
            self._jump(timed)
        else:
            self._jump(self.cut[timed.index - 1])

    def _jump(self, timed: timeline.TimedShot) -> None:
        self.pause()
        self.seek(timed.start_ds)
        self.doc.select([timed.shot.id])

    def _tick(self) -> None:
        target = self._clock_origin + self.clock.elapsed() // TICK_MS
        if target >= self.total - 1:
            self.seek(self.total - 1)
            self.pause()
            return
        self.seek(max(target, self.position))

    def _on_slider(self, value: int) -> None:
        self.seek(value)
        if self.playing:
            self.clock.restart()
            self._clock_origin = self.position

    def _follow_selection(self, ids: list[str]) -> None:
        if self.playing or not ids:
            return
        timed = self.current()
        if timed is not None and timed.shot.id == ids[0]:
            return
        for timed in self.cut:
            if timed.shot.id == ids[0]:
                self.seek(timed.start_ds)
                return

    def hideEvent(self, event: QHideEvent) -> None:
        self.pause()
        super().hideEvent(event)
