"""The Creators tab shows GMV in the project's currency, as the Results view does, and still takes what people type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from studio.ui.commands import SetFieldCommand
from studio.ui.views.creator_list import CreatorListView

NAME, GMV = 0, 8


def _view(doc, qtbot) -> CreatorListView:
    view = CreatorListView(doc)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    return view


def _type_into_gmv(view: CreatorListView, qtbot, row: int, typed: str) -> str:
    """Open the GMV cell's editor as a double-click would, put ``typed`` in it, press Enter; returns what it
    opened with."""
    index = view.model.index(row, GMV)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editors = [e for e in view.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    opened = editor.text()
    editor.setText(typed)  # (an input method's text: key clicks cannot carry ¥ or 万)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editing = view.table.State.EditingState
    qtbot.waitUntil(lambda: view.table.state() != editing, timeout=3000)  # Qt commits Enter queued
    return opened


def test_chinese_project_shows_yuan_and_takes_typed_money(zh_doc, qtbot) -> None:
    view = _view(zh_doc, qtbot)
    assert view.model.index(0, GMV).data() == "¥30,690.00"
    assert view.model.index(1, GMV).data() == "¥0.00"
    assert view.summary.text().endswith("GMV ¥135,135.00")
    opened = _type_into_gmv(view, qtbot, 1, "¥3,980")
    assert opened == "0"  # the editor holds the bare number, not the shown money
    assert zh_doc.project.creators[1].gmv == 3980 and view.model.index(1, GMV).data() == "¥3,980.00"
    _type_into_gmv(view, qtbot, 1, "1.2万")
    assert zh_doc.project.creators[1].gmv == 12000 and view.model.index(1, GMV).data() == "¥12,000.00"
    assert view.summary.text().endswith("GMV ¥147,135.00")


def test_english_project_shows_dollars_and_follows_a_platform_change(doc, qtbot) -> None:
    view = _view(doc, qtbot)
    assert [view.model.index(r, GMV).data() for r in (0, 1)] == ["$5,320.00", "$0.00"]
    _type_into_gmv(view, qtbot, 0, "$1,234.5")
    assert doc.project.creators[0].gmv == 1234.5 and view.model.index(0, GMV).data() == "$1,234.50"
    doc.push(SetFieldCommand(doc.project, doc.project, "platform", "douyin", "Platform"))
    assert view.model.index(0, GMV).data() == "¥1,234.50"
    doc.undo_stack.undo()
    assert view.model.index(0, GMV).data() == "$1,234.50"


@pytest.mark.parametrize("typed", ["很多", "¥3,980左右"])
def test_money_that_is_not_a_number_is_refused_and_the_shown_value_stays(zh_doc, qtbot, typed: str) -> None:
    view = _view(zh_doc, qtbot)
    _type_into_gmv(view, qtbot, 0, typed)
    assert zh_doc.project.creators[0].gmv == 30690 and view.model.index(0, GMV).data() == "¥30,690.00"
    assert view.message.isVisible() and "is not a number" in view.message.text()


def test_the_chinese_interface_shows_the_same_money(zh_doc, qtbot, qapp) -> None:
    from studio.ui.app import Translators

    translators = Translators(qapp)
    translators.install("zh")
    try:
        view = _view(zh_doc, qtbot)
        assert view.model.index(0, GMV).data() == "¥30,690.00"
        assert "¥135,135.00" in view.summary.text() and "GMV" not in view.model.index(0, NAME).data()
        _type_into_gmv(view, qtbot, 0, "3.5w")
        assert zh_doc.project.creators[0].gmv == 35000 and view.model.index(0, GMV).data() == "¥35,000.00"
    finally:
        translators.install("en")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_money_fits_its_column_on_a_laptop_screen(zh_doc, settings, qtbot, qapp, lang: str) -> None:
    """At 1366x768 with the docks open, "¥51,480.00" is read whole, not "¥51,48…"."""
    from studio.ui.app import Translators
    from studio.ui.mainwindow import MainWindow

    translators = Translators(qapp)
    translators.install(lang)
    try:
        win = MainWindow(zh_doc, None, settings)
        win.replacing = True
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        view = win.show_tab("creators")
        qtbot.waitUntil(lambda: view.table.viewport().width() > 600, timeout=3000)  # laid out, columns fitted
        metrics = view.table.fontMetrics()
        for row in range(view.model.rowCount()):
            text = view.model.index(row, GMV).data()
            assert metrics.horizontalAdvance(text) <= view.table.columnWidth(GMV) - 8, text
        assert view.table.columnWidth(NAME) >= metrics.horizontalAdvance("小鹿")
    finally:
        translators.install("en")
