"""Flagged words are underlined in the Write view's fields where they are typed, as writers know from
Word's spell checker, and a mark leaves a word as soon as it is typed over."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

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
    qtbot.waitUntil(lambda: finding_marks(doc).marks.get((shot.id, "voiceover")), timeout=15000)
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
