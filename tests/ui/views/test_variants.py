"""The variant matrix: create a variant by picking alternatives, change choices, compare two."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from studio.models import timeline
from studio.models.enums import BeatKind, VariantStatus
from studio.models.enums import TestVariable as Variable
from studio.ui.views.variants import VariantsView


def _view(qtbot, doc) -> VariantsView:
    view = VariantsView(doc)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_create_variant_from_the_form_is_saved(qtbot, zh_doc, reopen):
    view = _view(qtbot, zh_doc)
    script = zh_doc.script
    hook = next(b for b in script.beats if b.kind is BeatKind.HOOK)
    cta = next(b for b in script.beats if b.kind is BeatKind.CTA)
    view.new_name.setText("价格钩子+证言")
    view.new_variable.setCurrentIndex(view.new_variable.findData(Variable.HOOK.value))
    view.new_status.setCurrentIndex(view.new_status.findData(VariantStatus.IN_EDIT.value))
    view.new_hypothesis.setText("价格开头更抓人")
    view.new_combos[hook.id].setCurrentIndex(1)
    view.new_combos[cta.id].setCurrentIndex(1)
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert script.variants[-1].name == "价格钩子+证言"
    view.refresher.flush()
    assert view.matrix.columnCount() == len(script.variants)
    zh_doc.undo_stack.undo()
    assert all(v.name != "价格钩子+证言" for v in script.variants)
    zh_doc.undo_stack.redo()
    saved = reopen(zh_doc).scripts[0]
    made = saved.variant("价格钩子+证言")
    assert made is not None
    assert made.variable is Variable.HOOK and made.status is VariantStatus.IN_EDIT
    assert made.hypothesis == "价格开头更抓人"
    saved_hook = next(b for b in saved.beats if b.kind is BeatKind.HOOK)
    saved_cta = next(b for b in saved.beats if b.kind is BeatKind.CTA)
    assert timeline.chosen_alternative(made, saved_hook).label == "B"
    assert timeline.chosen_alternative(made, saved_cta).label == "B"


def test_duplicate_or_empty_name_is_refused(qtbot, zh_doc):
    view = _view(qtbot, zh_doc)
    count = len(zh_doc.script.variants)
    assert view.create_variant() is None
    view.new_name.setText(zh_doc.script.variants[1].name)
    assert view.create_variant() is None
    assert view.form_message.text()
    assert len(zh_doc.script.variants) == count


def test_matrix_cell_changes_the_choice_undoably(qtbot, zh_doc, reopen):
    view = _view(qtbot, zh_doc)
    script = zh_doc.script
    hook = next(b for b in script.beats if b.kind is BeatKind.HOOK)
    row = [b for b in script.beats if b.alternatives].index(hook)
    base_col = script.variants.index(script.base_variant)
    combo = view.matrix.cellWidget(row, base_col)
    assert isinstance(combo, QComboBox) and combo.currentIndex() == 0
    combo.setCurrentIndex(1)
    assert timeline.chosen_alternative(script.base_variant, hook) is hook.alternatives[1]
    zh_doc.undo_stack.undo()
    assert timeline.chosen_alternative(script.base_variant, hook) is hook.alternatives[0]
    view.refresher.flush()
    assert view.matrix.cellWidget(row, base_col).currentIndex() == 0
    zh_doc.undo_stack.redo()
    view.refresher.flush()
    assert view.matrix.cellWidget(row, base_col).currentIndex() == 1
    saved = reopen(zh_doc).scripts[0]
    saved_hook = next(b for b in saved.beats if b.kind is BeatKind.HOOK)
    assert timeline.chosen_alternative(saved.base_variant, saved_hook).label == "B"


def test_name_row_edits_variant_and_removal(qtbot, zh_doc, reopen):
    view = _view(qtbot, zh_doc)
    script = zh_doc.script
    victim = script.variants[3]
    rows = len([b for b in script.beats if b.alternatives])
    name_edit = view.matrix.cellWidget(rows, 1)
    name_edit.clear()
    name_edit.insert("价格钩子二号")
    name_edit.textEdited.emit(name_edit.text())
    assert script.variants[1].name == "价格钩子二号"
    view.matrix.selectColumn(3)
    view.remove_selected()
    assert victim not in script.variants
    saved = reopen(zh_doc).scripts[0]
    assert [v.name for v in saved.variants][1] == "价格钩子二号"
    assert all(v.id != victim.id for v in saved.variants)


def test_compare_highlights_differing_beats(qtbot, zh_doc):
    view = _view(qtbot, zh_doc)
    script = zh_doc.script
    view.compare_a.setCurrentIndex(0)
    view.compare_b.setCurrentIndex(1)  # the price-hook variant differs only in the hook
    differing = timeline.differing_beats(script, script.variants[0], script.variants[1])
    assert [b.kind for b in differing] == [BeatKind.HOOK]
    beats = [b for b in script.beats if b.alternatives]
    hook_row = beats.index(differing[0])
    base_bg = view.compare.item(hook_row + 1, 0).background()
    assert view.compare.item(hook_row, 0).background() != base_bg
    assert view.compare.item(hook_row, 0).font().bold()
    assert view.compare.item(hook_row, 1).text().startswith("B")
    assert "1" in view.compare_summary.text()


def test_a_choice_updates_the_matrix_in_place(qtbot, zh_doc):
    """Picking an alternative must not rebuild every cell (slow with many variants), yet show everything."""
    view = _view(qtbot, zh_doc)
    script = zh_doc.script
    beats = [b for b in script.beats if b.alternatives]
    hook = next(b for b in beats if b.kind is BeatKind.HOOK)
    row = beats.index(hook)
    other = script.variants[2]
    col = script.variants.index(other)
    base_col = script.variants.index(script.base_variant)
    cells = {
        (r, c): view.matrix.cellWidget(r, c) for r in range(len(beats)) for c in range(len(script.variants))
    }
    length_row = view.matrix.rowCount() - 1
    combo = cells[(row, col)]
    assert not combo.font().bold()  # plays the base's hook
    combo.setCurrentIndex(1)
    view.refresher.flush()
    assert {k: view.matrix.cellWidget(*k) for k in cells} == cells  # the same widgets: no rebuild
    assert combo.font().bold() and combo.toolTip()
    expected = f"{timeline.total_ds(script, other) / 10:.1f}"
    assert expected in view.matrix.item(length_row, col).text()
    # The base switching its hook changes which cells differ from it.
    cells[(row, base_col)].setCurrentIndex(1)
    view.refresher.flush()
    assert not combo.font().bold()
    zh_doc.undo_stack.undo()
    zh_doc.undo_stack.undo()
    view.refresher.flush()
    assert combo.currentIndex() == 0 and cells[(row, base_col)].currentIndex() == 0
    assert not combo.font().bold()
    assert view.matrix.cellWidget(row, col) is combo


def test_an_alternative_without_shots_says_so_in_the_matrix(qtbot, zh_doc):
    from studio.models import ops

    view = _view(qtbot, zh_doc)
    script = zh_doc.script
    proof = next(b for b in script.beats if b.kind is BeatKind.PROOF)
    empty = ops.insert_alternative(zh_doc.project, proof, len(proof.alternatives), ops.new_alternative(proof))
    view.refresher.flush()
    row = [b for b in script.beats if b.alternatives].index(proof)
    combo = view.matrix.cellWidget(row, 0)
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[-1] == f"{empty.label} (no shots)"
    assert all("no shots" not in t for t in texts[:-1])
    assert not view.matrix.verticalHeaderItem(row).icon().isNull()  # the beat's colour as a chip


def _names_on_disk(doc) -> list[str]:
    from studio.store.document import ProjectFile

    with ProjectFile.open(doc.pf.path, readonly=True) as pf:
        return [v.name for v in pf.project.scripts[0].variants]


def test_renaming_in_the_matrix_to_a_taken_name_is_refused_visibly(qtbot, doc):
    view = _view(qtbot, doc)
    script = doc.script
    rows = len([b for b in script.beats if b.alternatives])
    target, taken = script.variants[1], script.base_variant.name
    before = target.name
    name_edit = view.matrix.cellWidget(rows, 1)
    name_edit.setFocus()
    qtbot.waitUntil(name_edit.hasFocus)
    name_edit.selectAll()
    qtbot.keyClicks(name_edit, f" {taken.upper()}")
    # Refused by the model: the reason is shown beside the matrix, naming both names; nothing changed.
    assert view.matrix_message.isVisible()
    assert taken in view.matrix_message.text() and "taken" in view.matrix_message.text()
    assert target.name != f" {taken.upper()}" and target.name.strip().casefold() != taken.casefold()
    assert _names_on_disk(doc).count(taken) == 1 and target.name in _names_on_disk(doc)
    # Typing on to a free name is taken, and the warning goes.
    qtbot.keyClicks(name_edit, " 2")
    assert target.name == f" {taken.upper()} 2"
    assert not view.matrix_message.isVisible()
    # Back to a taken name and leaving the cell: the cell shows the variant's real name again.
    qtbot.keyClick(name_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(name_edit, Qt.Key.Key_Backspace)
    assert view.matrix_message.isVisible()
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)
    assert name_edit.text() == target.name == f" {taken.upper()} 2" != before
    assert view.matrix_message.isVisible()
    assert _names_on_disk(doc)[1] == target.name


def test_post_date_typed_in_the_matrix_is_saved_and_a_bad_one_refused(qtbot, zh_doc, reopen):
    """A post day typed in the variant's column is kept (one undo step); 2月30日 is refused with a line."""
    view = _view(qtbot, zh_doc)
    script = zh_doc.script
    variant = script.variants[1]
    edit = view._editors[(variant.id, "post_date")]
    edit.setFocus()
    qtbot.keyClicks(edit, "2026/12/3")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert variant.post_date == "2026-12-03" and edit.text() == "2026-12-03"
    edit.selectAll()
    qtbot.keyClicks(edit, "2026-02-30")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert variant.post_date == "2026-12-03" and edit.text() == "2026-12-03"
    assert view.matrix_message.isVisible() and "2026-02-30" in view.matrix_message.text()
    zh_doc.undo_stack.undo()
    view.refresher.flush()
    assert variant.post_date == "" and view._editors[(variant.id, "post_date")].text() == ""
    zh_doc.undo_stack.redo()
    assert reopen(zh_doc).scripts[0].variants[1].post_date == "2026-12-03"


def test_a_shot_edit_keeps_the_matrix_and_updates_lengths_and_comparison(qtbot, zh_doc):
    """A typed voice-over or a new duration changes no cell of the matrix (rebuilding it blocked the window
    at 5,000 shots), yet the lengths and the comparison show it."""
    view = _view(qtbot, zh_doc)
    script = zh_doc.script
    beats = [b for b in script.beats if b.alternatives]
    cells = {
        (r, c): view.matrix.cellWidget(r, c) for r in range(len(beats)) for c in range(len(script.variants))
    }
    view.compare_a.setCurrentIndex(0)
    view.compare_b.setCurrentIndex(1)
    base = script.variants[0]
    shot = timeline.chosen_alternative(base, beats[0]).shots[0]
    zh_doc.set_field(shot, "voiceover", "全新的一句开场白", "Edit voice-over")
    zh_doc.set_field(shot, "duration_ds", shot.duration_ds + 50, "Change duration")
    view.refresher.flush()
    view.shot_refresher.flush()
    assert {k: view.matrix.cellWidget(*k) for k in cells} == cells  # the same widgets: no rebuild
    assert "全新的一句开场白" in view.compare.item(0, 0).text()
    length_row = view.matrix.rowCount() - 1
    assert f"{timeline.total_ds(script, base) / 10:.1f}" in view.matrix.item(length_row, 0).text()
