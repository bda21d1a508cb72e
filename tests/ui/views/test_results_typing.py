"""The Results table typed like a spreadsheet, by keyboard only: typing starts editing, Tab moves to the
next count cell (the rates are skipped), Enter moves down, the table is never rebuilt under the cursor,
and a block copied from Excel fills the cells in one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from studio.models import ops
from studio.ui.views.results import FIRST_INPUT, INPUTS, ResultsView


def type_in(qtbot, table, text: str) -> None:
    """Type as a user does: the first key opens the cell's editor, the rest go to whatever has the focus."""
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget() or table, ch)


def _view(doc, qtbot) -> ResultsView:
    for variant in doc.script.variants:  # the sample carries results: start from an empty table
        ops.set_result(doc.project, None, variant.id)
    view = ResultsView(doc)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    return view


def test_a_whole_table_typed_by_keyboard(doc, qtbot) -> None:
    view = _view(doc, qtbot)
    t = view.table
    t.setCurrentCell(0, FIRST_INPUT)
    items = {(r, c): t.item(r, c) for r in range(t.rowCount()) for c in range(t.columnCount())}
    typed = {}
    for row, variant in enumerate(doc.script.variants):
        t.setCurrentCell(row, FIRST_INPUT)
        values = {"impressions": 20000 + row, "clicks": 900 + row, "conversions": 40 + row, "plays": 15000 + row,
                  "completions": 3000 + row}  # fmt: skip
        for name in INPUTS:
            assert t.currentColumn() == FIRST_INPUT + INPUTS.index(name), (name, t.currentColumn())
            if name in values:
                type_in(qtbot, t, str(values[name]))  # typing opens the cell's editor
            qtbot.keyClick(t.focusWidget(), Qt.Key.Key_Tab)
        typed[variant.id] = values
    for vid, values in typed.items():
        result = doc.project.results[vid]
        assert {k: getattr(result, k) for k in values} == values
    # every cell the user saw is the same cell: the table was updated in place, never rebuilt
    assert all(t.item(r, c) is item for (r, c), item in items.items())
    assert view.status.text() == ""


def test_tab_skips_the_rates_and_enter_moves_down(doc, qtbot) -> None:
    view = _view(doc, qtbot)
    t = view.table
    t.setCurrentCell(0, t.columnCount() - 1)
    qtbot.keyClick(t, Qt.Key.Key_Tab)
    assert (t.currentRow(), t.currentColumn()) == (1, FIRST_INPUT)  # next row's first count, not a rate
    type_in(qtbot, t, "1234")
    qtbot.keyClick(t.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: t.state() != t.State.EditingState
    )  # Qt commits the editor once the key is handled
    assert (t.currentRow(), t.currentColumn()) == (2, FIRST_INPUT)
    assert doc.project.results[doc.script.variants[1].id].impressions == 1234


def test_a_block_pasted_from_excel_fills_the_cells_in_one_step(doc, qtbot) -> None:
    view = _view(doc, qtbot)
    t = view.table
    QGuiApplication.clipboard().setText("10,000\t8,000\t5000\r\n12000\t9100\t6 200\r\n")  # Excel's CRLF rows
    t.setCurrentCell(0, FIRST_INPUT + INPUTS.index("impressions"))
    steps = doc.undo_stack.count()
    qtbot.keyClick(t, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    a, b = (doc.project.results[v.id] for v in doc.script.variants[:2])
    assert (a.impressions, a.plays, a.views_3s) == (10000, 8000, 5000)
    assert (b.impressions, b.plays, b.views_3s) == (12000, 9100, 6200)
    assert doc.undo_stack.count() == steps + 1
    doc.undo()
    assert (
        doc.script.variants[0].id not in doc.project.results
        or doc.project.results[doc.script.variants[0].id].impressions != 10000
    )
