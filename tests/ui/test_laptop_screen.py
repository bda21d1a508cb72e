"""Every view works on a laptop: at 1366x768 (and 1536x864, a 1920x1080 screen at 125 %) the key
columns and controls lie inside the window and inside their scroll area's viewport."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTableView, QWidget

from studio.ui.commands import SetFieldCommand
from studio.ui.views.shotlist_model import COLUMN
from tests.ui.waits import settle

SIZES = [(1366, 768), (1536, 864)]


@pytest.fixture(params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def laptop(request, doc, settings, qtbot):
    """A main window on the English sample at a laptop's size, fresh settings, docks and guide ready."""
    from studio.ui.mainwindow import MainWindow

    win = MainWindow(None, None, settings)
    win.replacing = True
    qtbot.addWidget(win)
    win.resize(*request.param)
    win.show()
    qtbot.waitExposed(win)
    win.attach(doc)
    qtbot.waitUntil(lambda: win.docks_ready and win.guide.checked, timeout=10000)
    settle(qtbot)
    # The size asked for (a window as large as a 125 % laptop's screen keeps inside it: a few pixels less).
    width, height = request.param
    assert width - 8 <= win.width() <= width and height - 8 <= win.height() <= height
    return win


def _window_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def visible_in(widget: QWidget, window: QWidget) -> bool:
    """Shown, inside the window, and inside the viewport of every scroll area around it."""
    if not widget.isVisible():
        return False
    rect = _window_rect(widget)
    if not window.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and not _window_rect(parent.viewport()).contains(rect):
            return False
        parent = parent.parentWidget()
    return True


def column_visible(table: QTableView, column: int) -> bool:
    """A column lies wholly inside the table's viewport."""
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return (
        not table.isColumnHidden(column)
        and left >= 0
        and left + header.sectionSize(column) <= table.viewport().width()
    )


def test_write_cards_show_their_controls_and_fields(laptop):
    write = laptop.show_tab("write")
    QApplication.processEvents()
    card = write.cards[0]
    for widget in (write.paste_button, card.title, card.gauge, card.add_alt_button, card.beat_button):
        assert visible_in(widget, laptop), widget
    assert card.library_button is not None and visible_in(card.library_button, laptop)
    row = card.rows[card.alt.shots[0].id]
    for widget in (
        row.code,
        row.duration,
        row.previews["voiceover"],
        row.previews["onscreen_text"],
        row.remove,
    ):
        assert visible_in(widget, laptop), widget


def test_shot_list_keeps_the_voice_over_on_screen(laptop):
    view = laptop.show_tab("shotlist")
    QApplication.processEvents()
    for key in ("code", "frame", "beat", "duration_ds", "visual", "voiceover"):
        assert column_visible(view.table, COLUMN[key]), key
    assert view.table.columnWidth(COLUMN["voiceover"]) >= 160
    header = view.table.horizontalHeader()
    for key in ("code", "beat", "start", "duration_ds", "shot_size", "camera_move"):
        title = view.model.headerData(COLUMN[key], Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(title) <= view.table.columnWidth(COLUMN[key]) - 8, title
    for widget in (view.union_box, view.beat_filter, view.status_filter, view.clear_filters, view.totals):
        assert visible_in(widget, laptop), widget
    # Narrow cells elide; the whole text is the tooltip (and a narrow header's too).
    tip, shown = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DisplayRole
    for key in ("beat", "camera_move", "voiceover"):
        index = view.proxy.index(0, COLUMN[key])
        assert index.data(tip) and index.data(tip) == index.data(shown), key
    assert view.model.headerData(COLUMN["duration_ds"], Qt.Orientation.Horizontal, tip) == "Duration (s)"


def test_variants_show_every_variant_and_the_hypotheses(laptop, doc, qtbot):
    view = laptop.show_tab("variants")
    QApplication.processEvents()
    matrix = view.matrix

    def last_row_in_view() -> bool:
        last = matrix.rowCount() - 1
        return matrix.rowViewportPosition(last) + matrix.rowHeight(last) <= matrix.viewport().height()

    # The view gives the matrix the height of its rows once shown (a zero timer after the show).
    qtbot.waitUntil(last_row_in_view, timeout=3000)
    assert len(doc.script.variants) == 4
    for col in range(matrix.columnCount()):
        assert column_visible(matrix, col), doc.script.variants[col].name
    # found by its header: the rows below the alternatives grew (status, post date, ...)
    headers = [matrix.verticalHeaderItem(row).text() for row in range(matrix.rowCount())]
    hypothesis_row = headers.index("Hypothesis")
    for col, variant in enumerate(doc.script.variants):
        edit = matrix.cellWidget(hypothesis_row, col)
        assert edit.toolTip() == variant.hypothesis  # the whole text, though the cell elides it
    assert visible_in(view.current_button, laptop) and visible_in(view.remove_button, laptop)
    view.tabs.setCurrentIndex(1)
    view.compare_b.setCurrentIndex(1)
    QApplication.processEvents()
    compare = view.compare
    rows = compare.rowCount()
    assert rows == 5
    assert compare.rowViewportPosition(rows - 1) + compare.rowHeight(rows - 1) <= compare.viewport().height()
    assert visible_in(view.compare_a, laptop) and visible_in(view.compare_b, laptop)


def test_storyboard_and_preview_controls(laptop):
    board = laptop.show_tab("storyboard")
    QApplication.processEvents()
    for widget in (board.scope, board.covered_button, board.list):
        assert visible_in(widget, laptop), widget
    preview = laptop.show_tab("preview")
    QApplication.processEvents()
    assert visible_in(preview.play_button, laptop)


def test_the_guide_shrinks_while_it_has_nothing_to_say_and_grows_back(laptop, doc, qtbot):
    from studio.ui.mainwindow import GUIDE_QUIET_WIDTH

    guide = laptop.guide
    if not guide.quiet:  # the sample may have findings: clear them by switching to a quiet state
        pytest.skip("the sample has findings in this variant")
    assert laptop.guide_dock.width() <= GUIDE_QUIET_WIDTH + 40  # its scope box sets the least width
    assert not guide.list.isVisible() and visible_in(guide.summary, laptop)
    hook = doc.script.beats[0]
    shot = hook.alternatives[0].shots[0]
    doc.push(SetFieldCommand(doc.project, shot, "voiceover", "a very long line " * 12))
    qtbot.waitUntil(lambda: not guide.quiet, timeout=5000)
    QApplication.processEvents()
    assert guide.list.isVisible() and guide.list.count() > 0
    assert laptop.guide_dock.width() >= 200
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: guide.quiet, timeout=5000)
    QApplication.processEvents()
    assert laptop.guide_dock.width() <= GUIDE_QUIET_WIDTH + 40  # its scope box sets the least width


def test_the_timeline_names_its_hook_line_and_cta_window(laptop, doc):
    strip = laptop.timeline
    assert strip.hook_label() == "3 s hook" and strip.cta_label() == "CTA: last 5 s"
    assert visible_in(strip, laptop)
    # The name under the line and the window's name fit under the band, apart from each other.
    fm = strip.fontMetrics()
    assert strip.hook_x() + fm.horizontalAdvance(strip.hook_label()) < strip.x_of(strip.total - 50)


def test_timeline_names_in_chinese(zh_window):
    strip = zh_window.timeline
    assert strip.hook_label() == "3秒钩子" and strip.cta_label() == "行动号召：最后5秒"
