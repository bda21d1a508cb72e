"""The shot list's camera columns (angle, lens, interior/exterior, time of day, set-up): hidden until shown,
then edited from the keyboard like any other cell, each edit one undo step that reaches the file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from studio.models.enums import Setting
from studio.ui.views.shotlist_model import CAMERA_COLUMNS, COLUMN
from tests.ui.conftest import reopen


@pytest.fixture
def view(doc, qtbot):
    from studio.ui.views.shotlist import ShotListView

    widget = ShotListView(doc)
    qtbot.addWidget(widget)
    widget.resize(1366, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.table.setFocus()
    return widget


def _go_to(view, row: int, key: str) -> None:
    index = view.proxy.index(row, COLUMN[key])
    view.table.setCurrentIndex(index)
    view.table.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def test_camera_columns_are_shown_on_asking_and_edited_from_the_keyboard(view, doc, qtbot) -> None:
    assert all(view.table.isColumnHidden(COLUMN[k]) for k in CAMERA_COLUMNS)
    for key in ("lens", "setting"):
        view.columns.set_shown(COLUMN[key], True)
    assert view.model.headerData(COLUMN["lens"], Qt.Orientation.Horizontal) == "Lens"
    _go_to(view, 0, "lens")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "35mm")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    shot = view.model.rows[0].shot
    qtbot.waitUntil(lambda: shot.lens == "35mm")
    _go_to(view, 0, "setting")
    view.table.edit(view.table.currentIndex())
    combo = next(c for c in view.table.findChildren(QComboBox))
    assert combo.findText("Exterior") >= 0 and combo.findText("Int./ext.") >= 0
    combo.setCurrentIndex(combo.findData(Setting.EXTERIOR.value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shot.setting is Setting.EXTERIOR)
    assert view.proxy.index(0, COLUMN["setting"]).data() == "Exterior"
    on_disk = {s.id: s for _, _, s in reopen(doc.pf.path).scripts[0].iter_shots()}
    assert (on_disk[shot.id].lens, on_disk[shot.id].setting) == ("35mm", Setting.EXTERIOR)
    doc.undo_stack.undo()
    assert shot.setting is None and shot.lens == "35mm"
