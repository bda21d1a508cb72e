"""Flagged words are underlined in the Write view's fields where they are typed, as writers know from
Word's spell checker; a mark leaves a word as soon as it is typed over, and the field's context menu (the
Menu key too) offers the fix first."""

from __future__ import annotations

from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication

from studio.ui.views import text_marks
from studio.ui.views.text_marks import finding_marks


def _voiceover_editor(window, doc, qtbot, text: str):
    view = window.show_tab("write")
    qtbot.waitUntil(lambda: window.docks_ready and window.guide.checked, timeout=15000)
    shot = doc.script.beats[0].alternatives[0].shots[0]
    row = view.cards[0].rows[shot.id]
    edit = row.editor("voiceover")
    edit.setFocus()
    edit.selectAll()
    edit.insertPlainText(text)  # Chinese is inserted, not typed (offscreen key events carry no CJK)
    # (a bool: pytest-qt takes a callback returning None as an assertion that passed)
    qtbot.waitUntil(lambda: bool(finding_marks(doc).marks.get((shot.id, "voiceover"))), timeout=15000)
    return shot, edit


def _underlined(edit, start: int, end: int) -> bool:
    block = edit.document().findBlock(start)
    for fr in block.layout().formats():
        if fr.start <= start - block.position() and end - block.position() <= fr.start + fr.length:
            return fr.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    return False


def test_an_ad_law_word_is_underlined_where_it_is_typed(zh_window, doc, qtbot):
    text = "这是全网最好用的精华"
    shot, edit = _voiceover_editor(zh_window, doc, qtbot, text)
    qtbot.waitUntil(lambda: _underlined(edit, text.index("最好"), text.index("最好") + 2), timeout=15000)
    assert not _underlined(edit, 0, 2)  # 这是: no mark
    marks = finding_marks(doc).at(shot.id, "voiceover", edit.toPlainText(), text.index("最"))
    assert marks and "最" in marks[0][2]
    # typing over the word takes its mark away at once, before the next check
    cursor = edit.textCursor()
    cursor.setPosition(text.index("最"))
    cursor.setPosition(text.index("最") + 2, cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.insertPlainText("很好")
    assert not finding_marks(doc).at(shot.id, "voiceover", edit.toPlainText(), text.index("最"))
    assert not _underlined(edit, text.index("最"), text.index("最") + 2)


def test_the_context_menu_offers_the_fix_first_and_applies_it(zh_window, doc, qtbot, monkeypatch):
    text = "这是全网最好用的精华"
    shot, edit = _voiceover_editor(zh_window, doc, qtbot, text)
    cursor = edit.textCursor()
    cursor.setPosition(text.index("最"))  # the cursor on the flagged word, as the keyboard puts it
    edit.setTextCursor(cursor)
    shown: list = []
    monkeypatch.setattr(text_marks, "show_menu", lambda menu, _where: shown.append(menu))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard,
        edit.cursorRect().center(),
        edit.mapToGlobal(edit.cursorRect().center()),
    )  # the Menu key
    QApplication.sendEvent(edit, event)
    assert shown, "the context menu opened"
    first = shown[0].actions()[0]
    assert first.text().startswith("修复")  # the fix comes first, then Qt's own Undo/Cut/Copy...
    steps = doc.undo_stack.count()
    first.trigger()
    assert doc.undo_stack.count() == steps + 1
    assert "最好" not in shot.voiceover
