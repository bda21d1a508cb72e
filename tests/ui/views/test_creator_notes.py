"""A creator's notes written on several lines in the table: line breaks kept, one undo step, the file reopened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from studio.ui.views.creator_list import CreatorListView
from studio.ui.views.creator_notes import MIN_LINES, NotesEditor

NOTES = 9


def _open(view: CreatorListView, row: int, qtbot) -> NotesEditor:
    index = view.model.index(row, NOTES)
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)  # the platform's "edit this cell" key
    editor = view.table.findChild(NotesEditor)
    assert editor is not None and editor.isVisible()
    return editor


def _view(doc, qtbot) -> CreatorListView:
    view = CreatorListView(doc)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_notes_keep_their_line_breaks_in_one_undo_step(zh_doc, qtbot, reopen) -> None:
    view = _view(zh_doc, qtbot)
    steps = zh_doc.undo_stack.count()
    editor = _open(view, 1, qtbot)
    assert isinstance(editor, QPlainTextEdit) and editor.toPlainText() == zh_doc.project.creators[1].notes
    short = editor.height()
    editor.selectAll()
    editor.insertPlainText("已寄样")  # typed through the input method
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter is a new line, not the end of the edit
    editor.insertPlainText("等回稿")
    for _ in range(MIN_LINES + 1):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        editor.insertPlainText("改第二版")
    assert editor.isVisible() and editor.height() > short  # it grew with the lines
    assert editor.geometry().bottom() <= view.table.viewport().height()
    assert zh_doc.undo_stack.count() == steps  # nothing taken before the edit ends
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.table.findChild(NotesEditor) is None or not view.table.findChild(NotesEditor).isVisible()
    want = "已寄样\n等回稿" + "\n改第二版" * (MIN_LINES + 1)
    assert zh_doc.project.creators[1].notes == want and zh_doc.undo_stack.count() == steps + 1
    assert view.model.index(1, NOTES).data().startswith("已寄样 ⏎ 等回稿")  # one line in the cell
    assert view.model.index(1, NOTES).data(Qt.ItemDataRole.ToolTipRole) == want
    zh_doc.undo()
    assert zh_doc.project.creators[1].notes != want
    zh_doc.redo()
    assert reopen(zh_doc).creators[1].notes == want


def test_escape_drops_the_edit_and_the_last_row_opens_upwards(zh_doc, qtbot) -> None:
    view = _view(zh_doc, qtbot)
    view.resize(1366, 300)
    last = len(zh_doc.project.creators) - 1
    before, steps = zh_doc.project.creators[last].notes, zh_doc.undo_stack.count()
    editor = _open(view, last, qtbot)
    assert editor.geometry().bottom() <= view.table.viewport().height()  # inside the table, not cut off
    editor.insertPlainText("不要了")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert zh_doc.project.creators[last].notes == before and zh_doc.undo_stack.count() == steps


def test_the_editor_speaks_chinese(zh_window, qtbot) -> None:
    zh_window.resize(1366, 768)
    view = zh_window.show_tab("creators")
    qtbot.waitUntil(view.isVisible)
    editor = _open(view, 0, qtbot)
    assert editor.placeholderText() == "备注：Enter 换行，Ctrl+Enter 完成"
    assert editor.toolTip() == "Enter：换行 · Ctrl+Enter：完成 · Esc：取消"
    editor.selectAll()
    editor.insertPlainText("第一行")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor.insertPlainText("第二行")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab moves on and keeps the text
    assert zh_window.doc.project.creators[0].notes == "第一行\n第二行"
