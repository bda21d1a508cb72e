"""Every action is in a menu with its shortcut; Edit works on the view in front; beats move and go."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.ui.commands import SetFieldCommand
from studio.ui.menus import EDIT_ITEMS
from tests.ui.conftest import reopen


def _menu(window, title: str):
    return next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)


def _texts(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_edit_view_and_help_list_every_action_with_its_shortcut(window):
    edit = _menu(window, "Edit")
    names = _texts(edit)
    for wanted in (
        "Undo",
        "Redo",
        "Cut",
        "Copy",
        "Paste",
        "Duplicate Shots",
        "Move Shots Up",
        "Move Shots Down",
        "Delete Shots",
        "Move Beat Up",
        "Move Beat Down",
        "Remove Beat",
        "Find…",
        "Command Palette…",
    ):
        assert wanted in names, wanted
    for act in edit.actions():
        if not act.isSeparator():
            assert not act.shortcut().isEmpty(), act.text()
    view = _texts(_menu(window, "View"))
    assert set(window.tab_titles().values()) <= set(view)  # every tab, the Brief too
    assert {
        "Write",
        "Shot list",
        "Storyboard",
        "Variants",
        "Preview",
        "Results",
        "Navigator",
        "Guide",
        "Timeline",
        "Show the Covered Area (Safe Area)",
    } <= set(view)
    help_names = _texts(_menu(window, "Help"))
    assert {"Keyboard Shortcuts", "How a Selling Video Is Built", "About Studio"} <= set(help_names)
    keys = [a.shortcut().toString() for a in window.menus.all_actions() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)  # no key does two things


def test_ctrl_d_in_the_shot_list_duplicates_through_the_edit_menu(window, doc, qtbot):
    view = window.show_tab("shotlist")
    before = len(view.model.rows)
    view.table.selectRow(0)
    view.table.setFocus()
    assert window.menus.edit["duplicate"].isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(view.model.rows) == before + 1  # one action fired: the key is not ambiguous
    window.menus.edit["delete"].trigger()
    assert len(view.model.rows) == before


def test_edit_items_follow_the_view_in_front(window, doc, qtbot):
    window.show_tab("variants")
    QApplication.processEvents()
    window.menus.update_edit_actions()
    assert not window.menus.edit["duplicate"].isEnabled()
    write = window.show_tab("write")
    shot = doc.script.beats[1].alternatives[0].shots[0]
    doc.select([shot.id])
    assert window.menus.edit["duplicate"].isEnabled() and window.menus.edit["move_beat_up"].isEnabled()
    window.menus.edit["duplicate"].trigger()
    alt = doc.script.beats[1].alternatives[0]
    assert alt.shots[1].voiceover == shot.voiceover and doc.selection == [alt.shots[1].id]
    window.menus.edit["move_up"].trigger()
    assert alt.shots[0].id == doc.selection[0]
    assert write.card_for(doc.script.beats[1]) is not None


def test_move_shots_up_crosses_into_the_previous_beat_in_the_write_tab_as_in_the_shot_list(window, doc):
    # One Alt+Up for both views (DocumentController.move_shots): at its alternative's top a shot goes
    # to the end of the alternative the current variant plays in the previous beat. The Write tab
    # used to stop there; the shot list always crossed, and a scriptwriter reading the cut expects it.
    window.show_tab("write")
    first, second = doc.script.beats[0], doc.script.beats[1]
    played = next(a for a in first.alternatives if a.id == doc.variant.choices.get(first.id, a.id))
    shot = second.alternatives[0].shots[0]
    doc.select([shot.id])
    window.menus.update_edit_actions()
    window.menus.edit["move_up"].trigger()
    assert played.shots[-1] is shot and doc.selection == [shot.id]
    assert doc.undo_stack.undoText() == "Move shots up"
    saved = reopen(doc.pf.path).scripts[0].beats[0].alternatives[first.alternatives.index(played)]
    assert saved.shots[-1].id == shot.id
    window.menus.edit["move_down"].trigger()
    assert second.alternatives[0].shots[0] is shot
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert second.alternatives[0].shots[0] is shot and shot not in played.shots


def test_beats_move_and_are_removed_from_the_window_with_undo(window, doc):
    write = window.show_tab("write")
    beats = doc.script.beats
    first, second = beats[0], beats[1]
    doc.select([second.alternatives[0].shots[0].id])
    window.menus.edit["move_beat_up"].trigger()
    assert doc.script.beats[0] is second and doc.script.beats[1] is first
    write.rebuild()
    assert [c.beat for c in write.cards][:2] == [second, first]
    on_disk = reopen(doc.pf.path).scripts[0].beats
    assert on_disk[0].id == second.id
    count = len(doc.script.beats)
    window.menus.edit["remove_beat"].trigger()
    assert second not in doc.script.beats and len(doc.script.beats) == count - 1
    assert len(reopen(doc.pf.path).scripts[0].beats) == count - 1
    doc.undo_stack.undo()
    assert doc.script.beats[0] is second
    doc.undo_stack.undo()
    assert doc.script.beats[0] is first


def test_the_card_menu_moves_and_removes_its_beat(window, doc):
    write = window.show_tab("write")
    card = write.cards[-1]
    menu = write.beat_menu(card)
    texts = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    assert not texts["Move Beat Down"].isEnabled()  # the last beat
    texts["Move Beat Up"].trigger()
    assert doc.script.beats[-2] is card.beat


def test_copy_and_paste_from_the_menu_act_on_the_focused_text_field(window, doc, qtbot):
    write = window.show_tab("write")
    card = write.cards[0]
    edit = card.rows[card.alt.shots[0].id].editors["voiceover"]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    window.menus.update_edit_actions()
    assert window.menus.edit["copy"].isEnabled()
    window.menus.edit["copy"].trigger()
    assert QApplication.clipboard().text() == card.alt.shots[0].voiceover


def test_the_covered_area_toggle_reaches_the_storyboard(window):
    act = window.menus.covered_action
    act.trigger()
    board = window.pages["storyboard"].view
    assert board is not None and board.show_covered and act.isChecked()
    act.trigger()
    assert not board.show_covered


def test_edit_items_are_all_wired(window):
    names = {item[0] for item in EDIT_ITEMS if item is not None}
    assert names <= set(window.menus.edit)


def test_help_lists_the_shortcuts_and_explains_the_beats(window, qtbot):
    from studio.ui.dialogs.help import ShortcutsDialog, StructureGuide

    dialog = ShortcutsDialog(window.menus.all_actions(), window)
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())
    }
    assert rows["Command Palette"] == "Ctrl+K" and rows["Duplicate Shots"] == "Ctrl+D"
    dialog.filter.setText("ctrl+k")
    shown = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert [dialog.table.item(r, 0).text() for r in shown] == ["Command Palette"]
    english = StructureGuide(window).html()
    assert all(word in english for word in ("Hook", "Pain point", "Solution", "Proof", "Call to action"))


def test_the_guide_to_the_beats_reads_in_chinese(zh_window):
    from studio.ui.dialogs.help import StructureGuide

    chinese = StructureGuide(zh_window).html()
    assert all(
        word in chinese for word in ("五个段落", "钩子", "痛点", "解决方案", "证明", "行动号召", "最后 5 秒")
    )
    assert "Five beats" not in chinese and "In Studio" not in chinese


def test_the_shortcut_list_reads_without_mnemonics_or_undo_text_in_chinese(zh_window, doc, qtbot):
    from studio.ui.dialogs.help import ShortcutsDialog

    shot = doc.script.beats[0].alternatives[0].shots[0]
    doc.push(SetFieldCommand(doc.project, shot, "notes", "x"))  # Undo now names what it would undo
    dialog = ShortcutsDialog(zh_window.menus.all_actions(), zh_window)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "撤销" in names and "命令面板" in names
    assert not [n for n in names if re.search(r"\([A-Z]\)$", n)]  # no "(N)" left from "(&N)"


def test_editing_keys_typed_in_a_field_stay_in_the_field(window, doc, qtbot):
    write = window.show_tab("write")
    card = write.cards[0]
    shot = card.alt.shots[0]
    doc.select([shot.id])
    window.menus.update_edit_actions()
    assert window.menus.edit["delete"].isEnabled()
    count = len(card.alt.shots)
    row = card.rows[shot.id]
    for field in (row.duration, row.editors["voiceover"]):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        assert len(card.alt.shots) == count, field  # Delete deletes text, never the shot being typed in
    # Ctrl+D has no meaning in a text field: it duplicates the shot being written, as the menu says.
    qtbot.keyClick(row.editors["voiceover"], Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(card.alt.shots) == count + 1
