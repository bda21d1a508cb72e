"""Adjust a shot's crop box: drag a box on the picture (or type it, or move it with the arrow keys).

The box is kept in fractions of the picture (models/crop), so it holds in every frame format; the
dashed outline shows what the current variant's frame will show of it (the box widened to the frame's
shape and kept inside the picture), the same placement every export uses.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.models.crop import MIN_BOX, Box, Crop, CropMode, placement
from studio.ui.dialogs.buttons import ok_cancel

#: How far one arrow key moves or resizes the box, as a fraction of the picture.
STEP = 0.01


def _clamped(box: Box) -> Box:
    """The box kept inside the picture and at least MIN_BOX on each side."""
    x, y, w, h = box
    w, h = min(1.0, max(MIN_BOX, w)), min(1.0, max(MIN_BOX, h))
    return min(max(0.0, x), 1.0 - w), min(max(0.0, y), 1.0 - h), w, h


class CropCanvas(QWidget):
    """The picture with the box drawn on it; a drag draws a new box, arrows move it (Shift+arrows resize)."""

    boxChanged = Signal()

    def __init__(
        self, pixmap: QPixmap, frame: tuple[int, int], box: Box, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pixmap = pixmap
        self.frame = frame
        self.box: Box = _clamped(box)
        self._start: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 320)
        self.setAccessibleName(self.tr("Crop box on the picture"))

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: fitted whole in the widget, centred."""
        size = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) / 2
        top = (self.height() - size.height()) / 2
        return QRectF(left, top, size.width(), size.height())

    def _to_widget(self, box: tuple[float, float, float, float]) -> QRectF:
        r = self.picture_rect()
        x, y, w, h = box
        return QRectF(r.left() + x * r.width(), r.top() + y * r.height(), w * r.width(), h * r.height())

    def _fraction(self, point: QPointF) -> tuple[float, float]:
        r = self.picture_rect()
        fx = (point.x() - r.left()) / max(1.0, r.width())
        fy = (point.y() - r.top()) / max(1.0, r.height())
        return min(1.0, max(0.0, fx)), min(1.0, max(0.0, fy))

    def set_box(self, box: Box) -> None:
        """Show another box (kept inside the picture)."""
        box = _clamped(box)
        if box != self.box:
            self.box = box
            self.update()
            self.boxChanged.emit()

    def shown(self) -> tuple[float, float, float, float]:
        """What the frame shows of the picture under the box, in fractions (left, top, width, height)."""
        pw, ph = max(1, self.pixmap.width()), max(1, self.pixmap.height())
        left, top, right, bottom = placement((pw, ph), self.frame, Crop(CropMode.BOX, self.box)).source
        return left / pw, top / ph, (right - left) / pw, (bottom - top) / ph

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.fillRect(self.rect(), self.palette().color(self.backgroundRole()))
        r = self.picture_rect()
        p.drawPixmap(r.toRect(), self.pixmap)
        box = self._to_widget(self.box)
        # the picture outside the box is dimmed, the box outlined, the frame's view dashed
        shade = QColor(0, 0, 0, 120)
        p.fillRect(QRectF(r.left(), r.top(), r.width(), box.top() - r.top()), shade)
        p.fillRect(QRectF(r.left(), box.bottom(), r.width(), r.bottom() - box.bottom()), shade)
        p.fillRect(QRectF(r.left(), box.top(), box.left() - r.left(), box.height()), shade)
        p.fillRect(QRectF(box.right(), box.top(), r.right() - box.right(), box.height()), shade)
        p.setPen(QPen(QColor(255, 214, 10), 2))
        p.drawRect(box)
        p.setPen(QPen(QColor(255, 255, 255), 1, Qt.PenStyle.DashLine))
        p.drawRect(self._to_widget(self.shown()))
        if self.hasFocus():
            p.setPen(QPen(self.palette().color(self.palette().ColorRole.Highlight), 1))
            p.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = event.position()
            self.setFocus()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is None:
            return
        x0, y0 = self._fraction(self._start)
        x1, y1 = self._fraction(event.position())
        self.set_box((min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self.mouseMoveEvent(event)
        self._start = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: (-STEP, 0.0),
            Qt.Key.Key_Right: (STEP, 0.0),
            Qt.Key.Key_Up: (0.0, -STEP),
            Qt.Key.Key_Down: (0.0, STEP),
        }
        move = moves.get(Qt.Key(event.key()))
        if move is None:
            super().keyPressEvent(event)
            return
        x, y, w, h = self.box
        dx, dy = move
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.set_box((x, y, w + dx, h + dy))  # Shift: the box grows right and down, or shrinks back
        else:
            self.set_box((x + dx, y + dy, w, h))


class CropDialog(QDialog):
    """Choose a shot's crop box on its picture; OK makes it the shot's crop."""

    def __init__(self, pixmap: QPixmap, frame: tuple[int, int], crop: Crop, code: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adjust crop of %1").replace("%1", code))
        box = crop.box if crop.box is not None else CropCanvas(pixmap, frame, (0, 0, 1, 1)).shown()
        self.canvas = CropCanvas(pixmap, frame, box, self)
        self.spins: list[QDoubleSpinBox] = []
        row = QHBoxLayout()
        for name in (self.tr("Left %"), self.tr("Top %"), self.tr("Width %"), self.tr("Height %")):
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setAccessibleName(name)
            row.addWidget(QLabel(name, self))
            row.addWidget(spin)
            spin.valueChanged.connect(self._from_spins)
            self.spins.append(spin)
        whole = QPushButton(self.tr("Whole picture"), self)
        whole.clicked.connect(lambda: self.canvas.set_box((0.0, 0.0, 1.0, 1.0)))
        row.addWidget(whole)
        hint = QLabel(
            self.tr("Drag a box on the picture, or move it with the arrow keys (Shift+arrows: size). "
                    "The dashed outline is what this variant's frame shows."), self)  # fmt: skip
        hint.setWordWrap(True)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.canvas.boxChanged.connect(self._to_spins)
        self._to_spins()
        self.canvas.setFocus()
        self.resize(640, 640)

    def _to_spins(self) -> None:
        for spin, value in zip(self.spins, self.canvas.box, strict=True):
            spin.blockSignals(True)
            spin.setValue(round(value * 100, 1))
            spin.blockSignals(False)

    def _from_spins(self) -> None:
        x, y, w, h = (spin.value() / 100 for spin in self.spins)
        self.canvas.set_box((x, y, w, h))
        self._to_spins()  # a value beyond the picture shows as kept inside it

    def crop(self) -> Crop:
        """The crop the dialog holds."""
        return Crop(CropMode.BOX, self.canvas.box)
