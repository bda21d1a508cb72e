"""Flagged words are underlined where no editor is open too: in the Write view's previews and in the Shot
list's cells, wavy red for errors as in the editors, with the finding and its fix when the pointer rests
on the word. Driven as a user does: typed into a Shot list cell by keyboard, then looked at in both views."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QWidget

from studio.ui.views.marked_text import spans
from studio.ui.views.shotlist_model import COLUMN, ShotRole
from studio.ui.views.text_marks import COLOURS, finding_marks
from tests.ui.waits import settle

#: An absolute claim (an error) and words the guide leaves alone.
TEXT = "Honestly the best serum I have used"
WORD = "best"


def _is_red(c: QColor) -> bool:
    want = QColor(COLOURS["error"])
    return (
        abs(c.red() - want.red()) < 60
        and abs(c.green() - want.green()) < 60
        and abs(c.blue() - want.blue()) < 60
    )


def _red_pixels(image: QImage, area: QRectF | None = None) -> int:
    """Pixels of the error underline's red (antialiased: near it), in ``area`` (logical pixels) or all."""
    ratio = image.devicePixelRatio()
    box = QRectF(0, 0, image.width(), image.height()) if area is None else QRectF(
        area.x() * ratio, area.y() * ratio, area.width() * ratio, area.height() * ratio)  # fmt: skip
    n = 0
    for y in range(max(0, int(box.top())), min(image.height(), int(box.bottom()) + 1)):
        for x in range(max(0, int(box.left())), min(image.width(), int(box.right()) + 1)):
            n += _is_red(image.pixelColor(x, y))
    return n


def _under(layout, origin, start: int, end: int, offset: QPointF | None = None) -> QRectF:
    """The band under characters start..end where their wave is drawn (first line), in the image's coordinates."""
    left, right, y = spans(layout, origin, start, end)[0]
    offset = offset or QPointF(0, 0)
    return QRectF(left - offset.x(), y - 4 - offset.y(), right - left, 7)


def _hover(widget: QWidget, point: QPoint) -> str:
    """Rest the pointer at ``point`` (a tooltip event, as Qt sends it) and read the tooltip."""
    QToolTip.hideText()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point)))
    return QToolTip.text()


def _word_point(layout, origin, position: int) -> QPoint:
    line = layout.lineForTextPosition(position)
    x = line.cursorToX(position)[0] + 2
    return QPoint(round(origin.x() + x), round(origin.y() + line.y() + line.height() / 2))


def _type_in_shot_list(window, doc, qtbot, shot) -> object:
    """Type TEXT into the shot's voice-over cell by keyboard (Enter to edit, Enter to commit)."""
    view = window.show_tab("shotlist")
    qtbot.waitExposed(window)
    table, proxy = view.table, view.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ShotRole) is shot)
    index = proxy.index(row, COLUMN["voiceover"])
    table.setFocus()
    table.setCurrentIndex(index)
    table.scrollTo(index)
    qtbot.keyClick(table, "\r")  # Enter edits the current cell, as in a spreadsheet
    editor = qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=5000)
    del editor
    edit = QApplication.focusWidget()
    edit.selectAll()
    qtbot.keyClicks(edit, TEXT)
    qtbot.keyClick(edit, "\r")
    qtbot.waitUntil(lambda: shot.voiceover == TEXT, timeout=5000)
    qtbot.waitUntil(lambda: bool(finding_marks(doc).marks.get((shot.id, "voiceover"))), timeout=15000)
    return view, index


def test_a_flagged_word_is_underlined_in_the_shot_list_cell_with_its_finding_on_hover(window, doc, qtbot):
    qtbot.waitUntil(lambda: window.docks_ready and window.guide.checked, timeout=15000)
    shot = doc.script.beats[2].alternatives[0].shots[0]
    view, index = _type_in_shot_list(window, doc, qtbot, shot)
    table = view.table
    settle(qtbot)
    # The user reads on in the next row (the current row is drawn selected, in the highlight's colours).
    other = index.sibling(index.row() + 1 if index.row() + 1 < view.proxy.rowCount() else 0, COLUMN["visual"])
    table.setCurrentIndex(other)
    table.scrollTo(index)  # a narrower window scrolls the table sideways: bring the cell back into view
    table.viewport().repaint()
    delegate = table.itemDelegateForIndex(index)
    drawn = delegate._drawn.get((index.row(), index.column()))
    assert drawn is not None, "the cell was painted with its marks"
    layout, origin = drawn
    at = TEXT.index(WORD)
    rect = table.visualRect(index)
    cell = table.viewport().grab(rect).toImage()
    offset = QPointF(rect.topLeft())
    # The wavy red line under the word, none under "Honestly", none in the cell beside it.
    assert _red_pixels(cell, _under(layout, origin, at, at + len(WORD), offset)) >= len(WORD) * 3
    assert _red_pixels(cell, _under(layout, origin, 0, 8, offset)) == 0
    plain = table.viewport().grab(table.visualRect(index.sibling(index.row(), COLUMN["sound"]))).toImage()
    assert _red_pixels(plain) == 0
    tip = _hover(table.viewport(), _word_point(layout, origin, at))
    finding = next(m[3] for m in finding_marks(doc).marks[(shot.id, "voiceover")] if m[0] <= at < m[1])
    assert finding.message("en") in tip and "→ " + finding.fix.text("en") in tip
    elsewhere = _hover(table.viewport(), _word_point(layout, origin, 1))  # on "Honestly": the text, then why
    assert elsewhere.startswith(TEXT) and finding.message("en") in elsewhere


def test_a_flagged_word_is_underlined_in_the_write_preview_before_any_editor_opens(window, doc, qtbot):
    qtbot.waitUntil(lambda: window.docks_ready and window.guide.checked, timeout=15000)
    shot = doc.script.beats[2].alternatives[0].shots[0]
    _type_in_shot_list(window, doc, qtbot, shot)
    write = window.show_tab("write")
    settle(qtbot)
    row = write.row_for(shot.id)
    assert row is not None and "voiceover" in row.previews  # no editor: the cheap preview shows the text
    preview = row.previews["voiceover"]
    write.reveal(preview)
    qtbot.waitUntil(preview.isVisible)
    image = preview.grab().toImage()  # paints it
    assert preview._drawn is not None
    layout, origin = preview._drawn
    at = TEXT.index(WORD)
    assert _red_pixels(image, _under(layout, origin, at, at + len(WORD))) >= len(WORD) * 3
    assert _red_pixels(image, _under(layout, origin, 0, 8)) == 0
    clean = row.previews["onscreen_text"].grab().toImage()
    assert _red_pixels(clean) == 0
    tip = _hover(preview, _word_point(layout, origin, at))
    finding = next(m[3] for m in finding_marks(doc).marks[(shot.id, "voiceover")] if m[0] <= at < m[1])
    assert finding.message("en") in tip and "→ " + finding.fix.text("en") in tip
    assert _hover(preview, _word_point(layout, origin, 1)) in ("", preview.toolTip())  # no finding there
    # Undoing the words takes the underline away from the preview at the next check.
    window.undo_action.trigger() if hasattr(window, "undo_action") else doc.undo()
    qtbot.waitUntil(lambda: shot.voiceover != TEXT, timeout=5000)
    qtbot.waitUntil(lambda: not finding_marks(doc).marks.get((shot.id, "voiceover")), timeout=15000)
    preview = row.previews.get("voiceover") or preview
    preview.grab()
    assert preview._drawn is None and _red_pixels(preview.grab().toImage()) == 0


def test_the_menu_key_on_a_flagged_cell_offers_its_fix_first(window, doc, qtbot, monkeypatch):
    from PySide6.QtGui import QContextMenuEvent

    from studio.ui.views import text_marks

    qtbot.waitUntil(lambda: window.docks_ready and window.guide.checked, timeout=15000)
    shot = doc.script.beats[2].alternatives[0].shots[0]
    view, index = _type_in_shot_list(window, doc, qtbot, shot)
    table = view.table
    settle(qtbot)
    table.setCurrentIndex(index)  # the keyboard on the flagged cell
    shown: list = []
    monkeypatch.setattr(text_marks, "show_menu", lambda menu, _where: shown.append(menu))
    centre = table.visualRect(index).center()
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, centre,
                                                                table.viewport().mapToGlobal(centre)))  # fmt: skip
    assert shown, "the context menu opened"
    first = shown[0].actions()[0]
    marks = finding_marks(doc).marks[(shot.id, "voiceover")]
    fixes = [m[3].fix.text("en") for m in marks if m[3].fix is not None and m[3].fix.applicable]
    assert first.text().startswith("Fix: ") and first.text()[5:] in fixes
    steps = doc.undo_stack.count()
    first.trigger()
    assert doc.undo_stack.count() == steps + 1 and shot.voiceover != TEXT
    # Elsewhere (a cell with no flagged word) the menu is the table's own.
    table.setCurrentIndex(index.sibling(index.row(), COLUMN["sound"]))
    shown.clear()
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, centre,
                                                                table.viewport().mapToGlobal(centre)))  # fmt: skip
    assert shown and not shown[0].actions()[0].text().startswith("Fix: ")
