"""Closing the window while a table cell is still being edited keeps the edit instead of writing to a closed file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from studio.store.document import ProjectFile
from studio.ui.document_controller import DocumentController
from studio.ui.mainwindow import MainWindow
from studio.ui.views.shotlist_model import COLUMN

from .conftest import reopen


def _window(path: Path, settings, qtbot) -> MainWindow:
    win = MainWindow(DocumentController(ProjectFile.open(path)), None, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def _type_into_cell(table, index, text: str, qtbot) -> None:
    table.setCurrentIndex(index)
    qtbot.waitUntil(table.isVisible)
    table.edit(index)
    kinds = (QLineEdit, QPlainTextEdit, QTextEdit)
    editors = [e for kind in kinds for e in table.findChildren(kind) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    editor.insert(text) if isinstance(editor, QLineEdit) else editor.insertPlainText(text)


def test_closing_with_a_creator_name_half_typed_saves_it(sample_path_en: Path, settings, qtbot) -> None:
    win = _window(sample_path_en, settings, qtbot)
    view = win.show_tab("creators")
    _type_into_cell(view.table, view.model.index(0, 0), "Mia Chen (renamed)", qtbot)
    win.close()  # the editor is still open: its value must reach the file before the file closes
    assert reopen(sample_path_en).creators[0].name == "Mia Chen (renamed)"


def test_closing_with_a_shot_list_cell_half_typed_saves_it(sample_path_en: Path, settings, qtbot) -> None:
    win = _window(sample_path_en, settings, qtbot)
    view = win.show_tab("shotlist")
    index = view.table.model().index(0, COLUMN["voiceover"])
    _type_into_cell(view.table, index, "Typed just before closing", qtbot)
    win.close()
    shots = [
        s for beat in reopen(sample_path_en).scripts[0].beats for a in beat.alternatives for s in a.shots
    ]
    assert "Typed just before closing" in [s.voiceover for s in shots]
