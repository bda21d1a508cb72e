"""The storyboard's cards a row (chosen on its tab, kept in the settings) and a shot's fit/fill crop (kept in the document)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from studio.ui.views.storyboard import CARD_WIDTH
from tests.ui.views.conftest import png

SIZES = [(1366, 768), (1536, 864)]


def _window(qtbot, doc, settings, size):
    from studio.ui.mainwindow import MainWindow

    win = MainWindow(doc, None, settings)
    win.replacing = True
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


def _rows(board) -> list[list[int]]:
    """The cards' rows as the list lays them out (row numbers grouped by their top edge)."""
    tops: dict[int, list[int]] = {}
    for row in range(board.model.rowCount()):
        tops.setdefault(board.list.visualRect(board.model.index(row)).top(), []).append(row)
    return [tops[t] for t in sorted(tops)]


def _laid_out(board) -> bool:
    """The cards are placed at the size they are painted (a resize's layout is done)."""
    size = board.delegate.sizeHint(QStyleOptionViewItem(), board.model.index(0))
    return board.list.visualRect(board.model.index(0)).size() == size and board.list.width() > 300


def _frame_point(board, down: float) -> QPoint:
    """A point of the first card's frame, ``down`` of the way from its top, as the card is laid out now."""
    rect = board.list.visualRect(board.model.index(0))
    frame = board.delegate.frame_size()
    return QPoint(rect.center().x(), rect.top() + 10 + round(frame.height() * down))  # the card's edges


def _choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a combo box by keyboard, as a user tabbing to it would."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def _red_at(board, point: QPoint) -> bool:
    """Whether the board draws the test picture's red at a point of its viewport."""
    image = board.list.viewport().grab().toImage()
    ratio = image.devicePixelRatio()  # 1.25 on a 125 % screen: the image counts device pixels
    colour: QColor = image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))
    return colour.red() > 180 and colour.green() < 80 and colour.blue() < 80


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_cards_a_row_and_fill_are_chosen_and_kept(qtbot, doc, settings, size):
    win = _window(qtbot, doc, settings, size)
    board = win.show_tab("storyboard")
    QApplication.processEvents()
    assert board.per_row.currentText() == "Auto" and board.crop.currentText() == "Fit"
    assert board.delegate.frame_size().width() == CARD_WIDTH
    auto_rows = _rows(board)

    _choose(qtbot, board.per_row, "3 a row")
    qtbot.waitUntil(lambda: _laid_out(board) and len(_rows(board)[0]) == 3, timeout=3000)
    rows = _rows(board)
    assert all(len(r) == 3 for r in rows[:-1]) and len(rows) > len(auto_rows)
    viewport = board.list.viewport().rect()
    for row in rows[0]:
        assert viewport.contains(board.list.visualRect(board.model.index(row)))
    assert board.delegate.frame_size().width() > CARD_WIDTH  # the cards fill the width
    assert settings.storyboard_per_row == 3

    # A wide picture on the first card: fitted, its bands show above it; filled, it covers the frame.
    shot = board.model.cards[0].shot
    assert board.set_image(shot, png((220, 20, 20), (400, 100)), "wide.png")
    qtbot.waitUntil(lambda: board.loader.pixmap(shot.frame, "thumb", 0) is not None, timeout=5000)
    # Both points are read from the layout at each try: the guide's check may narrow its dock meanwhile.
    qtbot.waitUntil(lambda: _laid_out(board) and _red_at(board, _frame_point(board, 0.5)), timeout=5000)
    assert not _red_at(board, _frame_point(board, 0.05))  # the band above a wide picture
    # the crop is the shot's own: chosen for the selected card, kept in the document
    doc.select([shot.id])
    _choose(qtbot, board.crop, "Fill")  # each key picks, as in any closed combo box
    assert shot.crop.mode.value == "fill"
    qtbot.waitUntil(lambda: _laid_out(board) and _red_at(board, _frame_point(board, 0.05)), timeout=3000)

    # A new window takes the cards a row back from the settings, and the crop from the shot.
    win.close()
    again = _window(qtbot, doc, settings, size)
    board = again.show_tab("storyboard")
    QApplication.processEvents()
    doc.select([shot.id])
    assert board.per_row.currentText() == "3 a row" and board.crop.currentText() == "Fill"
    qtbot.waitUntil(lambda: len(_rows(board)[0]) == 3, timeout=3000)


def test_chosen_cards_a_row_follow_the_window_width(qtbot, doc, settings):
    settings.storyboard_per_row = 4
    win = _window(qtbot, doc, settings, SIZES[0])
    board = win.show_tab("storyboard")
    qtbot.waitUntil(lambda: len(_rows(board)[0]) == 4, timeout=3000)
    narrow = board.delegate.frame_size().width()
    win.resize(*SIZES[1])
    qtbot.waitUntil(lambda: board.delegate.frame_size().width() > narrow, timeout=3000)
    qtbot.waitUntil(lambda: len(_rows(board)[0]) == 4, timeout=3000)
    _choose(qtbot, board.per_row, "Auto")
    assert settings.storyboard_per_row == 0
    qtbot.waitUntil(lambda: board.delegate.frame_size().width() == CARD_WIDTH, timeout=3000)
    assert len(_rows(board)[0]) > 4


def test_the_choices_read_in_chinese(qtbot, zh_window):
    board = zh_window.show_tab("storyboard")
    texts = [board.per_row.itemText(i) for i in range(board.per_row.count())]
    texts += [board.crop.itemText(i) for i in range(board.crop.count())]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in t) or t.isdigit() for t in texts), texts
