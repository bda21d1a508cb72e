"""The shot list answers request_focus like the Write view: select the row, edit the asked column."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from studio.models.enums import ShotStatus
from studio.models.timeline import cut
from studio.ui.views.shotlist import ShotListView
from studio.ui.views.shotlist_model import COLUMN
from studio.ui.views.view_common import request_focus


@pytest.fixture
def view(qtbot, zh_doc) -> ShotListView:
    widget = ShotListView(zh_doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    return widget


def _selected_ids(view) -> list[str]:
    return [s.id for s in view.selected_shots()]


def test_request_focus_selects_the_row_and_edits_the_field(qtbot, view, zh_doc, reopen):
    shot = cut(zh_doc.script, zh_doc.variant)[3].shot
    request_focus(zh_doc, shot.id, "visual")
    assert _selected_ids(view) == [shot.id] and zh_doc.selection == [shot.id]
    current = view.table.currentIndex()
    assert current.column() == COLUMN["visual"] and current.data(Qt.ItemDataRole.EditRole) == shot.visual
    assert view.table.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("近景：手持产品转一圈")  # keyClicks cannot type CJK offscreen
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shot.visual == "近景：手持产品转一圈")
    assert reopen(zh_doc).find(shot.id).visual == "近景：手持产品转一圈"


def test_no_field_means_the_voice_over(view, zh_doc):
    shot = cut(zh_doc.script, zh_doc.variant)[1].shot
    request_focus(zh_doc, shot.id, None)
    assert view.table.currentIndex().column() == COLUMN["voiceover"]
    assert view.table.state() == QAbstractItemView.State.EditingState


def test_a_filter_hiding_the_row_is_cleared(view, zh_doc):
    shot = cut(zh_doc.script, zh_doc.variant)[2].shot
    other = next(s for s in ShotStatus if s is not shot.status)
    view.status_filter.setCurrentIndex(view.status_filter.findData(other.value))
    assert view.model.row_for(shot.id) is not None and view.proxy.rowCount() < view.model.rowCount()
    request_focus(zh_doc, shot.id, "duration_ds")
    assert view.proxy.rowCount() == view.model.rowCount()  # every row again
    assert _selected_ids(view) == [shot.id]
    assert view.table.currentIndex().column() == COLUMN["duration_ds"]


def test_a_hidden_shot_list_selects_but_does_not_take_the_keyboard(qtbot, zh_doc):
    widget = ShotListView(zh_doc)
    qtbot.addWidget(widget)  # never shown: another tab is on screen
    shot = cut(zh_doc.script, zh_doc.variant)[0].shot
    request_focus(zh_doc, shot.id, "visual")
    assert _selected_ids(widget) == [shot.id]
    assert widget.table.currentIndex().column() == COLUMN["visual"]
    assert widget.table.state() != QAbstractItemView.State.EditingState


def test_a_read_only_file_selects_without_editing(qtbot, sample_path):
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController

    doc = DocumentController(ProjectFile.open(sample_path, readonly=True))
    try:
        widget = ShotListView(doc)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        shot = cut(doc.script, doc.variant)[0].shot
        request_focus(doc, shot.id, "voiceover")
        assert _selected_ids(widget) == [shot.id]
        assert widget.table.state() != QAbstractItemView.State.EditingState
    finally:
        doc.close()
