"""The shot list as a user drives it: edit cells, reorder, duplicate, undo, filter; then read the file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QLineEdit

from studio.models.enums import ShotSize, ShotStatus
from studio.models.timeline import cut, union
from studio.ui.views.shotlist_model import COLUMN
from tests.ui.conftest import reopen


@pytest.fixture
def view(doc, qtbot):
    from studio.ui.views.shotlist import ShotListView

    widget = ShotListView(doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.table.setFocus()
    return widget


def codes(view) -> list[str]:
    return [r.shot.code for r in view.model.rows]


def disk_codes(doc) -> list[str]:
    project = reopen(doc.pf.path)
    script = project.scripts[0]
    variant = next(v for v in script.variants if v.id == doc.variant.id)
    return [t.shot.code for t in cut(script, variant)]


def go_to(view, row: int, key: str) -> None:
    index = view.proxy.index(row, COLUMN[key])
    view.table.setCurrentIndex(index)
    view.table.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def test_shows_the_current_cut_with_running_timecodes(view, doc):
    timed = cut(doc.script, doc.variant)
    assert view.model.rowCount() == len(timed)
    last = view.model.rowCount() - 1
    assert view.proxy.index(last, COLUMN["start"]).data() == "00:{:02d}.{}".format(
        *divmod(timed[-1].start_ds, 10)
    )
    assert str(len(timed)) in view.totals.text()


def test_enter_edits_a_cell_and_the_text_reaches_the_file(view, doc, qtbot):
    go_to(view, 1, "visual")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("熬夜后的暗沉脸 close-up")  # keyClicks cannot type CJK offscreen
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    shot = view.model.rows[1].shot
    qtbot.waitUntil(lambda: shot.visual == "熬夜后的暗沉脸 close-up")
    on_disk = {s.id: s for _, _, s in reopen(doc.pf.path).scripts[0].iter_shots()}
    assert on_disk[shot.id].visual == "熬夜后的暗沉脸 close-up"
    doc.undo_stack.undo()
    assert shot.visual != "熬夜后的暗沉脸 close-up"


def test_tab_moves_to_the_next_cell_while_editing(view, qtbot):
    go_to(view, 0, "visual")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    editor.setText("first")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.table.currentIndex().column() == COLUMN["voiceover"])
    assert view.model.rows[0].shot.visual == "first"


def test_duration_spin_box_edit_moves_later_timecodes(view, doc, qtbot):
    before = view.proxy.index(2, COLUMN["start"]).data()
    go_to(view, 0, "duration_ds")
    view.table.edit(view.table.currentIndex())
    spin = view.table.findChild(QDoubleSpinBox)
    assert spin is not None
    spin.setValue(spin.value() + 2.0)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.proxy.index(2, COLUMN["start"]).data() != before)
    shot = view.model.rows[0].shot
    on_disk = {s.id: s for _, _, s in reopen(doc.pf.path).scripts[0].iter_shots()}
    assert on_disk[shot.id].duration_ds == shot.duration_ds


def test_shot_size_combo_offers_translated_labels(view, doc, qtbot):
    go_to(view, 0, "shot_size")
    view.table.edit(view.table.currentIndex())
    combo = next(c for c in view.table.findChildren(QComboBox))
    assert combo.findText("Extreme close-up") >= 0
    combo.setCurrentIndex(combo.findData(ShotSize.WIDE.value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    shot = view.model.rows[0].shot
    qtbot.waitUntil(lambda: shot.shot_size is ShotSize.WIDE)
    assert view.proxy.index(0, COLUMN["shot_size"]).data() == "Wide"


def test_alt_down_ctrl_d_undo_redo_reach_the_file(view, doc, qtbot):
    start = codes(view)
    go_to(view, 0, "code")
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = [start[1], start[0], *start[2:]]
    assert codes(view) == moved
    assert disk_codes(doc) == moved
    assert view.selected_shots()[0].code == start[0]  # the moved shot stays selected

    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(view.model.rows) == len(start) + 1
    copy = view.model.rows[2].shot
    assert copy.code not in start and copy.visual == view.model.rows[1].shot.visual
    assert disk_codes(doc) == codes(view)

    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert codes(view) == start
    assert disk_codes(doc) == start
    doc.undo_stack.redo()
    assert disk_codes(doc) == moved


def test_alt_up_at_a_beat_boundary_moves_into_the_previous_beat(view, doc):
    rows = view.model.rows
    first_of_second_beat = next(i for i, r in enumerate(rows) if r.beat is not rows[0].beat)
    shot = rows[first_of_second_beat].shot
    view.select_shots([shot])
    view.move_up()
    row = view.model.row_for(shot.id)
    assert row == first_of_second_beat  # same place in the list ...
    assert view.model.rows[row].beat is rows[0].beat  # ... but now in the first beat
    view.move_up()
    assert view.model.row_for(shot.id) == first_of_second_beat - 1


def test_delete_and_multi_select(view, doc, qtbot):
    start = codes(view)
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.proxy.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert [s.code for s in view.selected_shots()] == [start[0], start[2]]
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert codes(view) == [start[1], *start[3:]]
    assert disk_codes(doc) == [start[1], *start[3:]]
    doc.undo_stack.undo()
    assert disk_codes(doc) == start


def test_drag_and_drop_moves_rows(view, doc):
    start = codes(view)
    data = view.proxy.mimeData([view.proxy.index(0, 0)])
    view.proxy.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, view.proxy.index(-1, -1))
    assert codes(view) == [start[1], start[2], start[0], *start[3:]]
    assert disk_codes(doc) == codes(view)
    assert doc.undo_stack.count() == 1


def test_copy_and_paste_shots(view, doc):
    start = codes(view)
    view.table.selectRow(0)
    view.copy()
    view.table.selectRow(len(start) - 1)
    view.paste()
    assert len(view.model.rows) == len(start) + 1
    pasted = view.model.rows[-1].shot
    assert pasted.visual == view.model.rows[0].shot.visual and pasted.code not in start
    assert len(disk_codes(doc)) == len(start) + 1


def test_move_to_another_beat(view, doc):
    shot = view.model.rows[0].shot
    last_beat = doc.script.beats[-1]
    view.select_shots([shot])
    view.move_to_beat(last_beat.id)
    assert view.model.rows[-1].shot is shot
    project = reopen(doc.pf.path)
    beat = next(b for b in project.scripts[0].beats if b.id == last_beat.id)
    assert any(s.id == shot.id for a in beat.alternatives for s in a.shots)


def test_filters_by_beat_location_talent_and_status(view, doc):
    beat = doc.script.beats[0]
    view.beat_filter.setCurrentIndex(view.beat_filter.findData(beat.id))
    shown = view.proxy.rowCount()
    assert 0 < shown < view.model.rowCount()
    assert all(view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) is beat for r in range(shown))
    assert "shown" in view.totals.text()
    view.reset_filters()
    assert view.proxy.rowCount() == view.model.rowCount()

    location = next(r.shot.location for r in view.model.rows if r.shot.location)
    view.location_filter.setCurrentIndex(view.location_filter.findData(location))
    assert all(view.model.rows[view.proxy.mapToSource(view.proxy.index(r, 0)).row()].shot.location == location
               for r in range(view.proxy.rowCount()))  # fmt: skip
    view.reset_filters()
    view.status_filter.setCurrentIndex(view.status_filter.findData(ShotStatus.APPROVED.value))
    assert view.proxy.rowCount() == 0


def test_union_shows_every_shot_to_film_with_its_variants(view, doc):
    view.union_box.setChecked(True)
    assert view.model.rowCount() == len(union(doc.script))
    assert not view.table.isColumnHidden(COLUMN["variants"])
    shared = view.proxy.index(0, COLUMN["variants"]).data()
    assert doc.script.base_variant.name in shared
    assert "to film" in view.totals.text()


def test_selection_follows_the_document(view, doc):
    shot = view.model.rows[4].shot
    doc.select([shot.id])
    assert view.selected_shots() == [shot]
    view.table.selectRow(1)
    assert doc.selection == [view.model.rows[1].shot.id]


def test_current_variant_change_shows_its_cut(view, doc):
    other = next(v for v in doc.script.variants if not v.is_base)
    doc.set_current(variant=other)
    assert codes(view) == [t.shot.code for t in cut(doc.script, other)]


def test_frames_are_shown_large_enough_to_tell_apart(view, doc, qtbot):
    row = next(i for i, r in enumerate(view.model.rows) if r.shot.frame)
    index = view.model.index(row, COLUMN["frame"])
    qtbot.waitUntil(lambda: view.model.data(index, Qt.ItemDataRole.DecorationRole) is not None, timeout=5000)
    pixmap = view.model.data(index, Qt.ItemDataRole.DecorationRole)
    shown = pixmap.size().scaled(view.table.iconSize(), Qt.AspectRatioMode.KeepAspectRatio)
    assert shown.height() >= 40
    assert view.table.rowHeight(row) >= shown.height()
    assert view.table.columnWidth(COLUMN["frame"]) >= shown.width()


def test_a_code_another_shot_has_is_refused_with_the_reason(view, doc, qtbot, monkeypatch):
    """Shot codes are unique in a script (a model rule): typing a taken one changes nothing and says why."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append(text))
    taken = view.model.rows[0].shot.code
    shot = view.model.rows[1].shot
    before = shot.code
    go_to(view, 1, "code")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, taken.lower())
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(said))
    assert shot.code == before and taken in said[0] and "code" in said[0]
    assert disk_codes(doc)[1] == before
