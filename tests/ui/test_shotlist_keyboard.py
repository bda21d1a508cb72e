"""A keyboard-first Shot list: Ctrl+2 lands in the table, arrow keys move rows and never change a filter,
the current cell is framed, and the columns a user hides or reorders come back with the project."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from studio.ui.views.shotlist_model import COLUMN


def _shotlist_by_keyboard(window, qtbot):
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.current_view()
    qtbot.waitUntil(lambda: view.table.hasFocus())
    return view


def test_ctrl_2_puts_the_keyboard_in_the_table_and_arrows_move_rows(window, qtbot):
    view = _shotlist_by_keyboard(window, qtbot)
    filters = [
        c.currentIndex()
        for c in (view.beat_filter, view.location_filter, view.talent_filter, view.status_filter)
    ]
    view.table.setCurrentIndex(view.proxy.index(0, COLUMN["code"]))
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() == 2
    assert filters == [
        c.currentIndex()
        for c in (view.beat_filter, view.location_filter, view.talent_filter, view.status_filter)
    ]


def test_arrow_keys_on_a_filter_open_it_instead_of_changing_it(window, qtbot):
    view = _shotlist_by_keyboard(window, qtbot)
    combo = view.status_filter
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    before = combo.currentIndex()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == before
    qtbot.waitUntil(lambda: combo.view().isVisible())
    combo.hidePopup()


def test_the_current_cell_is_framed(window, qtbot):
    view = _shotlist_by_keyboard(window, qtbot)
    index = view.proxy.index(1, COLUMN["voiceover"])
    view.table.setCurrentIndex(index)
    view.table.viewport().grab()  # the first paint may still fit the columns to the width
    rect = view.table.visualRect(index)
    assert view.table.hasFocus()
    picture = view.table.viewport().grab().toImage()
    pen = view.table.palette().highlightedText().color()
    x, y = rect.center().x(), rect.top() + 1
    assert QColor(picture.pixel(x, y)) == pen


def test_hidden_and_moved_columns_come_back_with_the_project(window, doc, qtbot, settings):
    from studio.ui.mainwindow import MainWindow

    view = _shotlist_by_keyboard(window, qtbot)
    header = view.table.horizontalHeader()
    menu = view.columns.menu(view)
    notes = next(a for a in menu.actions() if a.text() == "Notes")
    notes.trigger()  # unticked, as a click in the header's menu does
    assert view.table.isColumnHidden(COLUMN["notes"])
    assert not next(a for a in menu.actions() if a.text() == "No.").isEnabled()  # the code stays
    header.moveSection(header.visualIndex(COLUMN["status"]), 1)  # what dragging the header does
    window.close()
    again = MainWindow(doc, None, settings)
    again.replacing = True
    qtbot.addWidget(again)
    again.show()
    view2 = again.show_tab("shotlist")
    assert view2.table.isColumnHidden(COLUMN["notes"])
    assert view2.table.horizontalHeader().logicalIndex(1) == COLUMN["status"]
    view2.columns.show_all()
    assert (
        not view2.table.isColumnHidden(COLUMN["notes"])
        and view2.table.horizontalHeader().logicalIndex(1) != COLUMN["status"]
    )
