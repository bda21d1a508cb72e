"""The storyboard's item model, card grid and image drops: the parts without painting."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from studio.models.entities import Alternative, Beat, Shot

log = logging.getLogger(__name__)

ShotRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Card:
    """One card of the board: a shot and where it sits."""

    beat: Beat
    alt: Alternative
    shot: Shot


class BoardModel(QAbstractListModel):
    """The cards of the board: the current variant's cut, or every shot of the script."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[Card] = []
        self._row: dict[str, int] = {}

    def set_cards(self, cards: list[Card]) -> None:
        """Replace the cards."""
        self.beginResetModel()
        self.cards = cards
        self._row = {c.shot.id: i for i, c in enumerate(cards)}
        self.endResetModel()

    def row_of(self, shot_id: str) -> int:
        """The row of a shot, or -1."""
        return self._row.get(shot_id, -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        card = self.cards[index.row()]
        if role == ShotRole:
            return card
        if role == Qt.ItemDataRole.DisplayRole:
            return card.shot.code
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (card.shot.code, card.shot.visual, card.shot.voiceover) if t)
        return None

    def shot_changed(self, shot: Shot) -> None:
        """Repaint one card after a field of its shot changed."""
        row = self.row_of(shot.id)
        if row >= 0:
            idx = self.index(row)
            self.dataChanged.emit(idx, idx)


class BoardList(QListView):
    """The card grid; images dropped on a card become its frame."""

    imageDropped = Signal(object, object)
    #: The list changed size (the view fits a chosen number of cards a row to its width).
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragEnabled(False)
        self.setDropIndicatorShown(True)
        #: What the grid says when it has no cards (set by the view, translated there).
        self.empty_text = ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    @staticmethod
    def carries_image(mime: QMimeData) -> bool:
        """True when dropped data may hold an image."""
        return mime.hasImage() or mime.hasUrls() or any(f.startswith("image/") for f in mime.formats())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            # An empty grid says what to do instead of showing a blank area.
            p = QPainter(self.viewport())
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.carries_image(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and self.carries_image(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            event.ignore()
            return
        event.acceptProposedAction()
        self.imageDropped.emit(index.data(ShotRole), event.mimeData())


def image_from_mime(mime: QMimeData) -> tuple[bytes, str] | None:
    """The image bytes and a file name carried by a drop or the clipboard, or None."""
    for fmt in mime.formats():
        if fmt.startswith("image/"):
            data = bytes(mime.data(fmt).data())
            if data:
                return data, "pasted." + fmt.split("/", 1)[1].split(";")[0]
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            try:
                return path.read_bytes(), path.name
            except OSError as exc:
                log.info("cannot read dropped file %s: %s", path, exc)
                return b"", path.name
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            buf = QByteArray()
            dev = QBuffer(buf)
            dev.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(dev, "PNG")  # type: ignore[call-overload]  # PySide6 types the format as bytes only
            return bytes(buf.data()), "pasted.png"
    return None
