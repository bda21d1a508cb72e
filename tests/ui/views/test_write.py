"""The Write view as a scriptwriter uses it: type, add alternatives and shots, undo, reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.models.enums import BeatKind
from studio.ui.views.write import WriteView


def _hook(project):
    return next(b for b in project.scripts[0].beats if b.kind is BeatKind.HOOK)


def test_typing_voiceover_in_hook_card_is_saved_and_one_undo_step(qtbot, zh_doc, reopen):
    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    hook = _hook(zh_doc.project)
    shot = hook.alternatives[0].shots[0]
    card = view.card_for(hook)
    edit = card.rows[shot.id].editors["voiceover"]
    old = shot.voiceover
    edit.clear()
    edit.insert("熬夜党")
    edit.insert("看过来！")
    assert shot.voiceover == "熬夜党看过来！"
    assert zh_doc.undo_stack.count() == 1  # typing merges into one step
    zh_doc.undo_stack.undo()
    assert shot.voiceover == old
    assert edit.text() == old  # the editor follows undo
    zh_doc.undo_stack.redo()
    assert edit.text() == "熬夜党看过来！"
    captions = card.rows[shot.id].editors["onscreen_text"]
    captions.setText("熬夜党必看")
    saved = reopen(zh_doc)
    saved_shot = _hook(saved).alternatives[0].shots[0]
    assert saved_shot.voiceover == "熬夜党看过来！"
    assert saved_shot.onscreen_text == "熬夜党必看"


def test_add_alternative_in_one_action_and_undo(qtbot, zh_doc, reopen):
    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    hook = _hook(zh_doc.project)
    qtbot.mouseClick(view.card_for(hook).add_alt_button, Qt.MouseButton.LeftButton)
    assert [a.label for a in hook.alternatives] == ["A", "B", "C"]
    new = hook.alternatives[2]
    assert len(new.shots) == 1 and new.shots[0].code == "H-C-01"
    card = view.card_for(hook)
    assert card.alt is new and card.tabs.currentIndex() == 2  # the card shows the new alternative
    assert zh_doc.undo_stack.count() == 1
    zh_doc.undo_stack.undo()
    assert [a.label for a in hook.alternatives] == ["A", "B"]
    zh_doc.undo_stack.redo()
    view.rebuild()
    card = view.card_for(hook)
    card.rows[new.shots[0].id].editors["voiceover"].insert("月薪三千也能用")
    saved = _hook(reopen(zh_doc))
    assert [a.label for a in saved.alternatives] == ["A", "B", "C"]
    assert saved.alternatives[2].shots[0].voiceover == "月薪三千也能用"


def test_tabs_switch_alternative_and_gauge_warns_when_over(qtbot, zh_doc, reopen):
    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    hook = _hook(zh_doc.project)
    card = view.card_for(hook)
    used, budget = hook.alternatives[0].duration_ds, hook.budget_ds
    assert budget is not None
    assert card.gauge_text().endswith(f"{used / 10:.1f} / {budget / 10:.1f} s")
    assert card.gauge.over is (used > budget)
    card.tabs.setCurrentIndex(1)
    view.rebuild()
    card = view.card_for(hook)
    assert card.alt is hook.alternatives[1]
    assert set(card.rows) == {s.id for s in hook.alternatives[1].shots}
    first = hook.alternatives[1].shots[0]
    # Lengthen the first shot just enough to pass the budget, whatever the sample's figures are.
    over_by = budget - hook.alternatives[1].duration_ds + 5
    card.rows[first.id].duration.setValue((first.duration_ds + over_by) / 10)
    assert hook.alternatives[1].duration_ds == budget + 5
    assert card.gauge.over
    assert f"/ {budget / 10:.1f} s" in card.gauge_label.text() and card.gauge_label.styleSheet()
    assert "0.5" in card.gauge_label.toolTip()  # how much it is over
    saved = _hook(reopen(zh_doc))
    assert saved.alternatives[1].shots[0].duration_ds == first.duration_ds


def test_add_and_remove_shot_buttons(qtbot, zh_doc, reopen):
    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    beat = zh_doc.script.beats[1]
    alt = beat.alternatives[0]
    before = [s.id for s in alt.shots]
    qtbot.mouseClick(view.card_for(beat).add_shot_button, Qt.MouseButton.LeftButton)
    assert len(alt.shots) == len(before) + 1
    view.rebuild()
    removed = alt.shots[0]
    qtbot.mouseClick(view.card_for(beat).rows[removed.id].remove, Qt.MouseButton.LeftButton)
    assert removed not in alt.shots
    zh_doc.undo_stack.undo()
    assert alt.shots[0] is removed
    zh_doc.undo_stack.redo()
    saved = reopen(zh_doc).scripts[0].beats[1].alternatives[0]
    assert [s.id for s in saved.shots] == [*before[1:], alt.shots[-1].id]


def test_library_line_goes_into_the_hook(qtbot, zh_doc, reopen):
    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    hook = _hook(zh_doc.project)
    card = view.card_for(hook)
    groups = view.library_entries(hook)
    assert groups, "the bundled hook library has Chinese lines"
    line = groups[0][1][0][1]
    menu = view.library_menu(card)
    assert menu.actions()
    shot = view.insert_line(card, line)
    assert shot is hook.alternatives[0].shots[0]
    assert card.rows[shot.id].editors["voiceover"].text() == line
    assert _hook(reopen(zh_doc)).alternatives[0].shots[0].voiceover == line


def test_library_line_as_a_new_alternative_is_one_step(qtbot, zh_doc, reopen):
    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    cta = next(b for b in zh_doc.script.beats if b.kind is BeatKind.CTA)
    labels = [a.label for a in cta.alternatives]
    kept = [s.voiceover for a in cta.alternatives for s in a.shots]
    card = view.card_for(cta)
    line = view.library_entries(cta)[0][1][0][1]
    menu = view.library_menu(card)
    titles = [a.text() for a in menu.actions()]
    new_label = chr(ord(labels[-1]) + 1)
    assert f"Insert as new alternative {new_label}" in titles  # the menu says what it will make
    assert any(t.startswith("Replace the voice-over of C-A-") for t in titles)
    # The action under "new alternative" > first device > first line does it.
    fresh = next(a.menu() for a in menu.actions() if a.text().startswith("Insert as new"))
    fresh.actions()[0].menu().actions()[0].trigger()
    alt = cta.alternatives[-1]
    assert [a.label for a in cta.alternatives] == [*labels, new_label]
    assert [s.voiceover for s in alt.shots] == [line]
    assert alt.shots[0].duration_ds >= 20
    assert [s.voiceover for a in cta.alternatives[:-1] for s in a.shots] == kept  # nothing replaced
    assert view.card_for(cta).alt is alt  # the card shows the new alternative
    assert zh_doc.undo_stack.count() == 1
    zh_doc.undo_stack.undo()
    assert [a.label for a in cta.alternatives] == labels
    zh_doc.undo_stack.redo()
    saved = next(b for b in reopen(zh_doc).scripts[0].beats if b.kind is BeatKind.CTA)
    assert [s.voiceover for s in saved.alternatives[-1].shots] == [line]


def test_long_library_line_gets_time_to_be_spoken(qtbot, zh_doc):
    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    hook = _hook(zh_doc.project)
    long_line = "月薪三千到三万，我只用了这一个方法，今天全部告诉你"
    alt = view.insert_line_as_alternative(view.card_for(hook), long_line)
    assert alt.shots[0].duration_ds > 40  # 25 characters at about 4.5 per second


def test_selection_switches_card_to_the_selected_alternative(qtbot, zh_doc):
    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    hook = _hook(zh_doc.project)
    target = hook.alternatives[1].shots[0]
    zh_doc.select([target.id])
    row = view.row_for(target.id)
    assert row is not None and view.card_for(hook).alt is hook.alternatives[1]


SCRIPT_ZH = (
    "熬夜党看过来！你的脸是不是越来越暗沉？"
    "天天加班，上妆还卡粉。"
    "试试这瓶烟酰胺精华，质地清爽，一抹就吸收。"
    "坚持二十八天，肤色看得见地提亮。"
    "点击下方链接领券，今天下单立减二十元！"
)


def test_paste_script_previews_then_applies_as_one_step(qtbot, zh_doc, reopen):
    from studio.ui.views.paste_script import PasteScriptDialog

    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    before = {a.id: len(a.shots) for b in zh_doc.script.beats for a in b.alternatives}
    dialog = PasteScriptDialog(zh_doc, view)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(SCRIPT_ZH)
    dialog.update_preview()
    rows = dialog.table.rowCount()
    assert rows >= 5
    assert dialog.table.cellWidget(0, 0).currentData() == "hook"
    assert dialog.table.cellWidget(rows - 1, 0).currentData() == "cta"
    dialog.mode.setCurrentIndex(dialog.mode.findData("replace"))
    shots = dialog.apply()
    assert len(shots) == rows
    assert zh_doc.undo_stack.count() == 1
    hook = _hook(zh_doc.project)
    assert hook.alternatives[0].shots[0].voiceover.startswith("熬夜党看过来")
    assert all(s in [x for _, _, x in zh_doc.script.iter_shots()] for s in shots)
    zh_doc.undo_stack.undo()
    assert {a.id: len(a.shots) for b in zh_doc.script.beats for a in b.alternatives} == before
    zh_doc.undo_stack.redo()
    saved = reopen(zh_doc).scripts[0]
    saved_voice = "".join(s.voiceover for _, _, s in saved.iter_shots())
    assert "点击下方链接领券" in saved_voice
    assert _hook(reopen()).alternatives[0].shots[0].voiceover.startswith("熬夜党看过来")
    assert _hook(reopen()).alternatives[1].shots  # the hook's other alternative is untouched


def test_read_only_document_shows_cards_without_editing(qtbot, sample_path):
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController

    doc = DocumentController(ProjectFile.open(sample_path, readonly=True))
    try:
        view = WriteView(doc)
        qtbot.addWidget(view)
        hook = _hook(doc.project)
        card = view.card_for(hook)
        row = card.rows[hook.alternatives[0].shots[0].id]
        assert row.editors["voiceover"].isReadOnly()
        assert not card.add_alt_button.isEnabled() and not view.paste_button.isEnabled()
    finally:
        doc.close()


def test_duration_warns_when_the_voice_over_needs_longer(qtbot, zh_doc):
    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    beat = next(b for b in zh_doc.script.beats if b.kind is BeatKind.SOLUTION)
    shot = beat.alternatives[0].shots[0]
    row = view.row_for(shot.id)
    assert not row.too_short and not row.duration.font().bold()  # the sample's lines fit their shots
    long_vo = "这瓶精华里有百分之五的烟酰胺，搭配透明质酸和神经酰胺，质地清爽不黏腻，早晚洁面后取两到三滴"
    row.editors["voiceover"].setText(long_vo)
    need = view.speaking_need_ds(long_vo)
    assert need > shot.duration_ds
    assert row.too_short and row.duration.font().bold() and f"{need / 10:.1f}" in row.duration.toolTip()
    assert row.editors["voiceover"].text() == long_vo
    row.duration.setValue(need / 10)
    assert shot.duration_ds == need and not row.too_short and not row.duration.font().bold()


def test_switching_a_tab_rebuilds_only_that_card(qtbot, zh_doc):
    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    hook = next(b for b in zh_doc.script.beats if b.kind is BeatKind.HOOK)
    other = view.add_alternative(hook)  # shows the new alternative
    view.show()
    card = view.card_for(hook)
    assert card.alt is other and set(card.rows) == {s.id for s in other.shots}
    others = [c for c in view.cards if c is not card]
    card.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.card_for(hook) is not card)
    first = hook.alternatives[0]
    assert view.card_for(hook).alt is first
    assert set(view.card_for(hook).rows) == {s.id for s in first.shots}
    assert [c for c in view.cards if c.beat is not hook] == others  # the other cards were kept


def test_the_gauge_track_stays_dark_on_a_dark_palette(qtbot):
    from PySide6.QtGui import QColor, QImage, QPalette

    from studio.ui.views.write_cards import Gauge

    def track_lightness(palette: QPalette) -> int:
        gauge = Gauge()
        qtbot.addWidget(gauge)
        gauge.setPalette(palette)
        gauge.resize(200, 6)
        gauge.set_values(50, 100, QColor("#3a8fd6"))  # half full: the right half is the empty track
        image = QImage(gauge.size(), QImage.Format.Format_ARGB32)
        image.fill(palette.color(QPalette.ColorRole.Window))
        gauge.render(image)
        return QColor(image.pixel(170, 3)).lightness()

    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Mid, "#c8c8c8")):  # fmt: skip
        dark.setColor(role, QColor(colour))  # Mid left light, as several desktop dark themes do
    light = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#f0f0f0"), (QPalette.ColorRole.WindowText, "#1a1a1a")):
        light.setColor(role, QColor(colour))
    assert track_lightness(dark) < 90
    assert track_lightness(light) > 170
