"""StoryboardView: the shots as a grid of frame cards in the variant's frame format, each picture in its crop."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.media.errors import ImageError
from studio.models import timeline
from studio.models.changes import Op
from studio.models.crop import Crop, CropMode, describe, placement
from studio.models.entities import Change, Shot
from studio.models.frame_format import format_preset
from studio.models.platforms import PlatformPreset
from studio.store.errors import WriteError
from studio.ui.document_controller import DocumentController
from studio.ui.views.board_model import BoardList, BoardModel, Card, ShotRole, image_from_mime
from studio.ui.views.thumbs import ThumbLoader
from studio.ui.views.view_common import WARNING_COLOR, Refresher, beat_color, seconds, tinted
from studio.wording import language, say

log = logging.getLogger(__name__)

#: Width of a card's frame in device-independent pixels (as many cards a row as fit).
CARD_WIDTH = 148
#: The narrowest frame a chosen number of cards a row may shrink a card to.
MIN_CARD_WIDTH = 72
#: The numbers of cards a row the user can choose (0: as many as fit at CARD_WIDTH).
PER_ROW = (0, 2, 3, 4, 5, 6, 8)
_TEXT_HEIGHT = 58
_PAD = 6


def show_menu(menu: QMenu, where: Any) -> None:
    """Open a card's context menu at ``where`` (a global point); tests look at the menu instead."""
    menu.exec(where)


class CardDelegate(QStyledItemDelegate):
    """Paints a card: beat stripe, frame or placeholder, covered area, code, duration, voice-over."""

    def __init__(self, board: StoryboardView) -> None:
        super().__init__(board)
        self.board = board

    def frame_size(self) -> QSize:
        """Size of the frame area for the platform's aspect, as wide as the chosen cards a row allow."""
        plat = self.board.platform()
        width = self.board.frame_width()
        return QSize(width, round(width * plat.aspect_h / plat.aspect_w))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        frame = self.frame_size()
        return QSize(frame.width() + 2 * _PAD, frame.height() + _TEXT_HEIGHT + 2 * _PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card: Card = index.data(ShotRole)
        if card is None:
            return
        pal = option.palette
        rect: QRect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(pal.color(QPalette.ColorRole.Highlight), 3)
            if selected
            else QPen(pal.color(QPalette.ColorRole.Mid), 1)
        )
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        hue = beat_color(card.beat)
        painter.fillRect(QRect(rect.left() + 4, rect.top() + 2, rect.width() - 8, 4), hue)
        fsize = self.frame_size()
        frame_rect = QRect(rect.left() + _PAD - 2, rect.top() + _PAD + 2, fsize.width(), fsize.height())
        self._paint_frame(painter, frame_rect, card, hue, pal)
        self._paint_text(painter, rect, frame_rect, card, pal)
        painter.restore()

    def _paint_frame(self, painter: QPainter, r: QRect, card: Card, hue: QColor, pal: QPalette) -> None:
        painter.fillRect(r, pal.color(QPalette.ColorRole.AlternateBase))
        pix = None
        digest = card.shot.frame
        if digest:
            dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
            pix = self.board.loader.pixmap(digest, "thumb", round(max(r.width(), r.height()) * dpr))
        if pix is not None and not pix.isNull():
            # The shot's own crop, placed as every export places it: fit shows the whole picture with
            # bands, fill covers the frame, a box shows at least the box (models/crop).
            place = placement((pix.width(), pix.height()), (r.width(), r.height()), card.shot.crop)
            left, top, right, bottom = place.target
            src_l, src_t, src_r, src_b = place.source
            painter.save()
            painter.setClipRect(r)
            painter.drawPixmap(
                QRectF(r.left() + left, r.top() + top, right - left, bottom - top),
                pix,
                QRectF(src_l, src_t, src_r - src_l, src_b - src_t),
            )
            painter.restore()
        else:
            painter.fillRect(r, tinted(self.board, hue, 0.35))
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            font = QFont(painter.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(r.adjusted(0, -20, 0, -20), Qt.AlignmentFlag.AlignCenter, card.shot.code)
            painter.setFont(self.board.font())
            if digest and not self.board.loader.is_missing(digest, "thumb", 0):
                note = self.tr("Loading…")
            elif digest:
                note = self.tr("Frame missing")
            else:
                note = self.tr("Drop an image here")
            painter.drawText(
                r.adjusted(4, 20, -4, 20), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, note
            )
        if self.board.show_covered:
            c = self.board.platform().covered
            shade = QColor(0, 0, 0, 110)
            w, h = r.width(), r.height()
            top, bottom = round(h * c.top), round(h * c.bottom)
            left, right = round(w * c.left), round(w * c.right)
            painter.fillRect(QRect(r.left(), r.top(), w, top), shade)
            painter.fillRect(QRect(r.left(), r.bottom() - bottom + 1, w, bottom), shade)
            painter.fillRect(QRect(r.left(), r.top() + top, left, h - top - bottom), shade)
            painter.fillRect(QRect(r.right() - right + 1, r.top() + top, right, h - top - bottom), shade)
            painter.setPen(QPen(QColor(255, 255, 255, 180), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                QRect(r.left() + left, r.top() + top, w - left - right - 1, h - top - bottom - 1)
            )
        if pix is not None and not pix.isNull():
            self._paint_crop_badge(painter, r, card.shot.crop)  # over the covered area's shade

    def crop_text(self, crop: Crop) -> str:
        """The crop as the card shows it: Fit, Fill or Crop 40×30%."""
        return describe(crop, language())

    def _paint_crop_badge(self, painter: QPainter, r: QRect, crop: Crop) -> None:
        """The shot's crop in a small dark label at the frame's top right corner."""
        text = self.crop_text(crop)
        font = QFont(self.board.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()
        w, h = metrics.horizontalAdvance(text) + 8, metrics.height() + 2
        badge = QRect(r.right() - w - 2, r.top() + 3, w, h)
        painter.fillRect(badge, QColor(0, 0, 0, 150))
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _paint_text(self, painter: QPainter, rect: QRect, frame: QRect, card: Card, pal: QPalette) -> None:
        text_rect = QRect(frame.left(), frame.bottom() + 4, frame.width(), rect.bottom() - frame.bottom() - 6)
        bold = QFont(self.board.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        line = painter.fontMetrics().height()
        painter.drawText(QRect(text_rect.left(), text_rect.top(), text_rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft, card.shot.code)  # fmt: skip
        painter.setFont(self.board.font())
        dur = self.tr("%1 s").replace("%1", seconds(card.shot.duration_ds))
        painter.drawText(QRect(text_rect.left(), text_rect.top(), text_rect.width(), line),
                         Qt.AlignmentFlag.AlignRight, dur)  # fmt: skip
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        body = QRect(
            text_rect.left(), text_rect.top() + line + 2, text_rect.width(), text_rect.height() - line - 2
        )
        metrics = painter.fontMetrics()
        lines = max(1, body.height() // metrics.lineSpacing())
        excerpt = card.shot.voiceover.replace("\n", " ")
        elided = metrics.elidedText(excerpt, Qt.TextElideMode.ElideRight, body.width() * lines - 8)
        painter.drawText(
            body,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere,
            elided,
        )


class StoryboardView(QWidget):
    """A grid of frame cards with code, duration and voice-over; drop or paste images onto cards."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.show_covered = False
        self.loader = ThumbLoader(doc, parent=self)
        self._syncing = False

        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("This variant"), "variant")
        self.scope.addItem(self.tr("All shots (shoot list)"), "all")
        self.scope.setToolTip(self.tr("Show the current variant's cut, or every shot of every alternative"))
        self.covered_button = QToolButton(self)
        self.covered_button.setText(self.tr("Covered area"))
        self.covered_button.setToolTip(
            self.tr("Shade the parts of the frame the platform's buttons and captions cover")
        )
        self.covered_button.setCheckable(True)
        self.per_row = QComboBox(self)
        for n in PER_ROW:
            self.per_row.addItem(self.tr("Auto") if n == 0 else self.tr("%1 a row").replace("%1", str(n)), n)
        self.per_row.setToolTip(self.tr("Cards per row: as many as fit, or a number that fills the width"))
        self.per_row.setAccessibleName(self.tr("Cards per row"))
        self.crop = QComboBox(self)
        self.crop.addItem(say("crop.fit"), CropMode.FIT.value)
        self.crop.addItem(say("crop.fill"), CropMode.FILL.value)
        self.crop.addItem(self.tr("Crop box…"), CropMode.BOX.value)
        self.crop.setToolTip(
            self.tr(
                "The selected shots' crop, kept in every frame format: fit shows the picture whole, with bands; "
                "fill covers the frame and crops the picture's edges; a crop box shows the part you choose"
            )
        )
        self.crop.setAccessibleName(self.tr("Crop of the selected shots"))
        self._settings: Any = None
        self.summary = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {WARNING_COLOR}; font-weight: bold;")
        self.message.hide()

        self.model = BoardModel(self)
        self.list = BoardList(self)
        self.list.setModel(self.model)
        self.delegate = CardDelegate(self)
        self.list.setItemDelegate(self.delegate)

        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.covered_button)
        top.addWidget(self.per_row)
        top.addWidget(self.crop)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)

        self.paste_action = QAction(self.tr("Paste image"), self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(self.paste)
        self.list.addAction(self.paste_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)

        self.scope.currentIndexChanged.connect(self.refresh)
        self.covered_button.toggled.connect(self.set_show_covered)
        self.per_row.currentIndexChanged.connect(self._on_layout_choice)
        self.crop.activated.connect(self._on_crop_choice)
        self.list.resized.connect(self._relayout)
        self.list.imageDropped.connect(self._on_drop)
        self.list.selectionModel().selectionChanged.connect(self._on_list_selection)
        self.loader.ready.connect(lambda _h: self.list.viewport().update())
        doc.selectionChanged.connect(self._follow_selection)
        self.refresher = Refresher(doc, self.refresh, accept=self._needs_rebuild, parent=self, on_change=self._on_change,
                                   widget=self)  # fmt: skip
        self.refresh()

    # --- layout ----------------------------------------------------------------

    def use_settings(self, settings: Any) -> None:
        """Take the cards a row and the cropping from the window's settings, and keep them there."""
        self._settings = None  # not written back while the boxes take the saved values
        index = self.per_row.findData(settings.storyboard_per_row)
        self.per_row.setCurrentIndex(max(0, index))
        self._settings = settings
        self._on_layout_choice()

    def cards_per_row(self) -> int:
        """The chosen number of cards a row (0: as many as fit)."""
        return int(self.per_row.currentData() or 0)

    def frame_width(self) -> int:
        """A card's frame width: CARD_WIDTH, or the width the chosen number of cards a row leaves each."""
        n = self.cards_per_row()
        if not n:
            return CARD_WIDTH
        # From the grid the cards are laid out on, so a card is painted the size it was placed at.
        grid = self.list.gridSize()
        cell = grid.width() if grid.isValid() else self._cell_width(n)
        return max(MIN_CARD_WIDTH, cell - 2 * _PAD - self.list.spacing())

    def _cell_width(self, n: int) -> int:
        # The scroll bar's room is always kept, so showing it never changes the cards' width (and back).
        lst = self.list
        room = lst.width() - 2 * lst.frameWidth() - lst.verticalScrollBar().sizeHint().width()
        return max(1, (room - 1) // n)

    def _on_layout_choice(self) -> None:
        if self._settings is not None:
            self._settings.storyboard_per_row = self.cards_per_row()
        self._relayout()

    def _relayout(self) -> None:
        """Lay the cards out again at the chosen number a row (a grid cell each) and repaint them."""
        n = self.cards_per_row()
        if n:
            cell = self._cell_width(n)
            width = max(MIN_CARD_WIDTH, cell - 2 * _PAD - self.list.spacing())
            plat = self.platform()
            height = (
                round(width * plat.aspect_h / plat.aspect_w) + _TEXT_HEIGHT + 2 * _PAD + self.list.spacing()
            )
            self.list.setGridSize(QSize(cell, height))
        elif self.list.gridSize().isValid():
            self.list.setGridSize(QSize())
        self.list.doItemsLayout()
        self.list.viewport().update()

    # --- content ---------------------------------------------------------------

    def platform(self) -> PlatformPreset:
        """The platform preset in the shown variant's frame format (the project's for the shoot list)."""
        variant = None if self.scope.currentData() == "all" else self.doc.variant
        return format_preset(self.doc.project, variant)

    def refresh(self) -> None:
        """Rebuild the cards from the model."""
        script = self.doc.script
        if self.scope.currentData() == "all":
            cards = [Card(b, a, s) for b, a, s in script.iter_shots()]
        else:
            cards = [Card(t.beat, t.alt, t.shot) for t in timeline.cut(script, self.doc.variant)]
        self.model.set_cards(cards)
        if self.cards_per_row():
            self._relayout()  # the platform's frame shape may have changed the cards' height
        self.list.empty_text = (
            self.tr(
                "This script has no shots yet. Write them in the Write tab, or paste a voice-over script there."
            )
            if self.scope.currentData() == "all"
            else self.tr(
                "No shots in this variant yet. Write them in the Write tab, or paste a voice-over script there."
            )
        )
        self.list.viewport().update()
        total = sum(c.shot.duration_ds for c in cards)
        self.summary.setText(
            self.tr("%1 shots · %2 s").replace("%1", str(len(cards))).replace("%2", seconds(total))
        )
        self._follow_selection(self.doc.selection)

    def _needs_rebuild(self, change: object) -> bool:
        return not (isinstance(change, Change) and change.op is Op.SET and isinstance(change.target, Shot))

    def _on_change(self, change: Change) -> None:
        if change.op is Op.SET and isinstance(change.target, Shot):
            if change.field == "duration_ds":
                self.refresher.schedule()
            self.model.shot_changed(change.target)
            if change.field == "crop":
                self._show_crop()

    def use_window_shortcuts(self) -> None:
        """Inside the main window, Edit ▸ Paste carries the key: drop the list's own, so it is not ambiguous."""
        self.list.removeAction(self.paste_action)

    def can_edit(self, name: str) -> bool:
        """Whether an Edit menu item can act now: pasting an image onto the current card."""
        return name == "paste" and self.current_card() is not None and not self.doc.readonly

    def set_show_covered(self, on: bool) -> None:
        """Show or hide the platform's covered area on every card."""
        self.show_covered = on
        if self.covered_button.isChecked() != on:
            self.covered_button.setChecked(on)
        self.list.viewport().update()

    # --- selection -------------------------------------------------------------

    def _on_list_selection(self) -> None:
        if self._syncing:
            return
        rows = sorted(i.row() for i in self.list.selectionModel().selectedIndexes())
        self.doc.select([self.model.cards[r].shot.id for r in rows])
        self._show_crop()

    def _follow_selection(self, ids: list[str]) -> None:
        self._syncing = True
        try:
            sel = self.list.selectionModel()
            sel.clearSelection()
            first = None
            for shot_id in ids:
                row = self.model.row_of(shot_id)
                if row >= 0:
                    idx = self.model.index(row)
                    sel.select(idx, sel.SelectionFlag.Select)
                    first = first or idx
            if first is not None:
                sel.setCurrentIndex(first, sel.SelectionFlag.NoUpdate)
                self.list.scrollTo(first)
        finally:
            self._syncing = False
        self._show_crop()

    def current_card(self) -> Card | None:
        """The card with keyboard focus (or the first selected one)."""
        idx = self.list.currentIndex()
        if not idx.isValid():
            rows = self.list.selectionModel().selectedIndexes()
            idx = rows[0] if rows else idx
        return idx.data(ShotRole) if idx.isValid() else None

    # --- frames ----------------------------------------------------------------

    def set_image(self, shot: Shot, data: bytes, name: str) -> bool:
        """Make an image the shot's frame (one undo step); False with a message when it is unusable."""
        if self.doc.readonly:
            self.show_message(self.tr("This project is open read-only; frames cannot be changed."))
            return False
        try:
            frame = self.doc.pf.store_image(data, name)
        except WriteError as exc:
            self.doc.writeFailed.emit(exc)
            return False
        except ImageError as exc:
            log.info("refused image %s: %s", name, exc)
            self.show_message(
                self.tr("“%1” is not an image Studio can use (%2). The frame was not changed.")
                .replace("%1", exc.name)
                .replace("%2", exc.detail or self.tr("unreadable"))
            )
            return False
        self.loader.forget(frame.hash)
        self.message.hide()
        # One undo step: the frame joins the catalogue and becomes the shot's.
        self.doc.add_frame(frame, self.tr("Set frame of %1").replace("%1", shot.code), shot)
        return shot.frame == frame.hash

    def set_image_from_mime(self, shot: Shot, mime: QMimeData) -> bool:
        """Use the image carried by a drop or the clipboard as the shot's frame."""
        found = image_from_mime(mime)
        if found is None:
            self.show_message(self.tr("There is no image to use here."))
            return False
        return self.set_image(shot, *found)

    def paste(self) -> bool:
        """Paste the clipboard's image onto the current card."""
        card = self.current_card()
        if card is None:
            self.show_message(self.tr("Select a card first, then paste an image onto it."))
            return False
        return self.set_image_from_mime(card.shot, QGuiApplication.clipboard().mimeData())

    def choose_image(self, shot: Shot) -> None:
        """Pick an image file for the shot."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a frame for %1").replace("%1", shot.code), str(self.doc.pf.path.parent),
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)"),
        )  # fmt: skip
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.show_message(
                self.tr("Cannot read %1: %2").replace("%1", path).replace("%2", exc.strerror or str(exc))
            )
            return
        self.set_image(shot, data, Path(path).name)

    def clear_frame(self, shot: Shot) -> None:
        """Remove the shot's frame (the image stays in the file for undo)."""
        if shot.frame:
            self.doc.set_field(shot, "frame", None, self.tr("Remove frame of %1").replace("%1", shot.code))

    # --- crops -----------------------------------------------------------------

    def selected_shots(self) -> list[Shot]:
        """The shots of the selected cards, in board order (the current card when none is selected)."""
        rows = sorted({i.row() for i in self.list.selectionModel().selectedIndexes()})
        shots = [self.model.cards[r].shot for r in rows if 0 <= r < len(self.model.cards)]
        if not shots and (card := self.current_card()) is not None:
            shots = [card.shot]
        return shots

    def _show_crop(self) -> None:
        """Show the current shot's crop in the crop box (disabled with nothing selected)."""
        shots = self.selected_shots()
        self.crop.setEnabled(bool(shots) and not self.doc.readonly)
        mode = shots[0].crop.mode.value if shots else CropMode.FIT.value
        self.crop.blockSignals(True)
        self.crop.setCurrentIndex(max(0, self.crop.findData(mode)))
        self.crop.blockSignals(False)

    def set_crop(self, shots: list[Shot], crop: Crop) -> None:
        """Give shots a crop, as one undo step (shots that have it already are left alone)."""
        changing = [s for s in shots if s.crop != crop]
        if not changing or self.doc.readonly:
            return
        text = self.tr("Crop of %1: %2").replace(
            "%1",
            changing[0].code if len(changing) == 1 else self.tr("%1 shots").replace("%1", str(len(changing))),
        )
        text = text.replace("%2", self.delegate.crop_text(crop))  # fmt: skip
        self.doc.set_fields([(shot, "crop", crop) for shot in changing], text)

    def adjust_crop(self, shot: Shot) -> bool:
        """Open the crop box dialog on the shot's picture; True when a box was set."""
        from PySide6.QtGui import QPixmap

        from studio.ui.dialogs.crop import CropDialog

        data = self.doc.pf.frame_bytes(shot.frame, "print") if shot.frame else None
        pixmap = QPixmap()
        if data is None or not pixmap.loadFromData(data):
            self.show_message(self.tr("%1 has no picture to crop: drop or paste one on its card first.")
                              .replace("%1", shot.code))  # fmt: skip
            return False
        plat = self.platform()
        dialog = CropDialog(pixmap, (plat.aspect_w * 100, plat.aspect_h * 100), shot.crop, shot.code, self)
        if dialog.exec() != CropDialog.DialogCode.Accepted:
            return False
        self.set_crop([shot], dialog.crop())
        return True

    def _on_crop_choice(self, _index: int) -> None:
        shots = self.selected_shots()
        mode = CropMode(str(self.crop.currentData()))
        if mode is CropMode.BOX:
            if shots:
                self.adjust_crop(shots[0])
        else:
            self.set_crop(shots, Crop(mode))
        self._show_crop()

    def show_message(self, text: str) -> None:
        """Show a problem above the board until the next successful change."""
        self.message.setText(text)
        self.message.show()

    def _on_drop(self, card: Card, mime: QMimeData) -> None:
        self.set_image_from_mime(card.shot, mime)

    def _context_menu(self, pos: Any) -> None:
        idx = self.list.indexAt(pos)
        if not idx.isValid():
            return
        card: Card = idx.data(ShotRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Choose image…"), lambda: self.choose_image(card.shot))
        menu.addAction(
            self.tr("Paste image"),
            lambda: self.set_image_from_mime(card.shot, QGuiApplication.clipboard().mimeData()),
        )
        remove = menu.addAction(self.tr("Remove frame"), lambda: self.clear_frame(card.shot))
        remove.setEnabled(bool(card.shot.frame))
        menu.addSeparator()
        shots = self.selected_shots() if card.shot in self.selected_shots() else [card.shot]
        for mode, name in ((CropMode.FIT, say("crop.fit")), (CropMode.FILL, say("crop.fill"))):
            action = menu.addAction(name, partial(self.set_crop, shots, Crop(mode)))
            action.setCheckable(True)
            action.setChecked(card.shot.crop.mode is mode)
            action.setEnabled(not self.doc.readonly)
        adjust = menu.addAction(self.tr("Adjust crop…"), lambda: self.adjust_crop(card.shot))
        adjust.setCheckable(True)
        adjust.setChecked(card.shot.crop.mode is CropMode.BOX)
        adjust.setEnabled(bool(card.shot.frame) and not self.doc.readonly)
        show_menu(menu, self.list.viewport().mapToGlobal(pos))
