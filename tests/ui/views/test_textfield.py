"""The Write view's multi-line voice-over and caption fields: growing, keys, undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from studio.models.enums import BeatKind
from studio.ui.commands import SetFieldCommand
from studio.ui.views.textfield import MAX_LINES, GrowingTextEdit
from studio.ui.views.write import WriteView


def _shown_view(qtbot, doc) -> WriteView:
    view = WriteView(doc)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    return view


def _hook_row(view, doc):
    hook = next(b for b in doc.script.beats if b.kind is BeatKind.HOOK)
    return view.row_for(hook.alternatives[0].shots[0].id)


def test_the_field_grows_with_its_text_then_scrolls(qtbot, zh_doc):
    view = _shown_view(qtbot, zh_doc)
    edit = _hook_row(view, zh_doc).editors["voiceover"]
    edit.setText("短句")
    one = edit.height()
    assert edit.line_count() == 1
    edit.setText("第一行\n第二行")
    assert edit.line_count() == 2 and edit.height() > one
    two = edit.height()
    long_line = "这瓶精华里有百分之五的烟酰胺，搭配透明质酸和神经酰胺，质地清爽不黏腻。" * 3
    edit.setText(long_line)  # one paragraph that wraps at the field's width
    assert edit.line_count() >= 3 and edit.height() > two
    edit.setText("\n".join(f"第{i}行" for i in range(10)))
    tallest = edit.height()
    assert edit.line_count() == 10
    assert tallest < edit.fontMetrics().lineSpacing() * (MAX_LINES + 1) + 20  # capped: it scrolls
    assert edit.verticalScrollBar().maximum() > 0
    edit.setText("")
    assert edit.height() == one


def test_shift_enter_breaks_the_line_and_enter_moves_on(qtbot, zh_doc, reopen):
    view = _shown_view(qtbot, zh_doc)
    row = _hook_row(view, zh_doc)
    voice = row.editors["voiceover"]
    voice.setFocus(Qt.FocusReason.MouseFocusReason)
    voice.clear()
    qtbot.keyClicks(voice, "ab")
    qtbot.keyClick(voice, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(voice, "cd")
    assert row.shot.voiceover == "ab\ncd"
    qtbot.keyClick(voice, Qt.Key.Key_Return)
    assert row.shot.voiceover == "ab\ncd"  # plain Enter adds nothing ...
    captions = row.editors["onscreen_text"]  # made when Enter reached its preview
    assert QApplication.focusWidget() is captions  # ... it moves to the next field
    qtbot.keyClick(captions, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not captions and row.shot.onscreen_text != "\t"
    assert reopen(zh_doc).find(row.shot.id).voiceover == "ab\ncd"


def test_typing_is_one_undo_step_and_ctrl_z_undoes_it_in_the_document(qtbot, zh_doc):
    view = _shown_view(qtbot, zh_doc)
    row = _hook_row(view, zh_doc)
    voice = row.editors["voiceover"]
    old = row.shot.voiceover
    voice.setFocus(Qt.FocusReason.MouseFocusReason)
    voice.setCursorPosition(len(voice.text()))
    qtbot.keyClicks(voice, "xyz")
    assert zh_doc.undo_stack.count() == 1 and row.shot.voiceover == old + "xyz"
    qtbot.keyClick(voice, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.shot.voiceover == old and voice.text() == old  # the document's undo, not the editor's
    qtbot.keyClick(
        voice, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert row.shot.voiceover == old + "xyz" and voice.text() == old + "xyz"


def test_readonly_field_ignores_shift_enter(qtbot):
    edit = GrowingTextEdit("a")
    qtbot.addWidget(edit)
    edit.setReadOnly(True)
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert edit.text() == "a"


def test_rows_start_with_light_previews_showing_the_text(qtbot, zh_doc):
    view = _shown_view(qtbot, zh_doc)
    row = _hook_row(view, zh_doc)
    assert not row._editors  # no text editor is built until the writer enters a field
    assert row.previews["voiceover"].text() == row.shot.voiceover
    empty = row.shot.onscreen_text == ""
    assert row.previews["onscreen_text"].text() == (
        row.placeholders["onscreen_text"] if empty else row.shot.onscreen_text
    )
    zh_doc.push(SetFieldCommand(zh_doc.project, row.shot, "voiceover", "改过的口播"))
    assert row.previews["voiceover"].text() == "改过的口播"  # previews follow edits and undo
    zh_doc.undo_stack.undo()
    assert row.previews["voiceover"].text() == row.shot.voiceover


def test_tab_into_a_preview_types_in_its_editor(qtbot, zh_doc):
    view = _shown_view(qtbot, zh_doc)
    row = _hook_row(view, zh_doc)
    preview = row.previews["voiceover"]
    row.duration.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(row.duration, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "voiceover" in row._editors)
    voice = row._editors["voiceover"]
    qtbot.waitUntil(voice.hasFocus)
    assert not preview.isVisible() and row.editors["voiceover"] is voice
    voice.setCursorPosition(0)
    qtbot.keyClicks(voice, "A")
    assert row.shot.voiceover.startswith("A")
    qtbot.keyClick(voice, Qt.Key.Key_Tab)  # on to the captions, also through its preview
    qtbot.waitUntil(lambda: "onscreen_text" in row._editors and row._editors["onscreen_text"].hasFocus())


def test_clicking_a_preview_puts_the_cursor_where_clicked(qtbot, zh_doc):
    view = _shown_view(qtbot, zh_doc)
    row = _hook_row(view, zh_doc)
    preview = row.previews["voiceover"]
    text = row.shot.voiceover
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton, pos=preview.rect().bottomRight() - QPoint(3, 3))
    voice = row._editors["voiceover"]
    qtbot.waitUntil(voice.hasFocus)
    assert voice.cursorPosition() == len(text)  # after the last character, as in any editor
    qtbot.mouseClick(voice.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert voice.cursorPosition() == 0


def test_a_read_only_file_gives_read_only_editors(qtbot, sample_path):
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController

    doc = DocumentController(ProjectFile.open(sample_path, readonly=True))
    try:
        view = _shown_view(qtbot, doc)
        row = _hook_row(view, doc)
        row.previews["voiceover"].setFocus(Qt.FocusReason.TabFocusReason)
        voice = row._editors["voiceover"]
        assert voice.isReadOnly()
        qtbot.keyClick(voice, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        assert "\n" not in row.shot.voiceover and doc.undo_stack.count() == 0
    finally:
        doc.close()
