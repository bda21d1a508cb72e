"""The main window: tabs and docks, title, autosave indicator, Edit menu undo, navigator, settings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDockWidget

from studio.models.timeline import cut
from studio.ui.commands import SetFieldCommand
from studio.ui.mainwindow import TABS
from tests.ui.conftest import reopen


def test_every_tab_builds_its_view_and_the_docks_are_there(window):
    assert window.tabs.count() == len(TABS) == 9
    for key, _icon, _module, cls in TABS:
        view = window.show_tab(key)
        assert type(view).__name__ == cls
        assert window.tabs.currentWidget() is window.pages[key]
    docks = {d.objectName() for d in window.findChildren(QDockWidget)}
    assert docks == {"navigatorDock", "guideDock", "timelineDock"}
    assert all(d.isVisible() for d in window.findChildren(QDockWidget))


def test_title_names_the_file(window, doc):
    assert window.windowTitle() == doc.pf.path.name
    assert "[read-only]" not in window.windowTitle()


def test_autosave_indicator_and_undo_from_the_edit_menu(window, doc):
    shot = doc.script.beats[0].alternatives[0].shots[0]
    doc.push(SetFieldCommand(doc.project, shot, "notes", "bring the blue towel", merge=True))
    assert window.status.text().startswith("Saved ")
    assert len(window.status.text().split()[-1]) == 8  # HH:MM:SS
    assert window.menus.undo_action.isEnabled()
    window.menus.undo_action.trigger()
    assert shot.notes == ""
    on_disk = {s.id: s for _, _, s in reopen(doc.pf.path).scripts[0].iter_shots()}
    assert on_disk[shot.id].notes == ""
    window.menus.redo_action.trigger()
    on_disk = {s.id: s for _, _, s in reopen(doc.pf.path).scripts[0].iter_shots()}
    assert on_disk[shot.id].notes == "bring the blue towel"


def test_typing_in_one_field_is_one_undo_step(window, doc):
    shot = doc.script.beats[0].alternatives[0].shots[0]
    for text in ("b", "br", "bri", "brig"):
        doc.push(SetFieldCommand(doc.project, shot, "notes", text, merge=True))
    assert doc.undo_stack.count() == 1
    window.menus.undo_action.trigger()
    assert shot.notes == ""


def test_navigator_variant_click_makes_it_current(window, doc):
    nav = window.navigator
    other = next(v for v in doc.script.variants if not v.is_base)
    found = []

    def walk(item):
        if item.data(0, 257) is other:
            found.append(item)
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(nav.tree.topLevelItemCount()):
        walk(nav.tree.topLevelItem(i))
    assert found
    nav._on_click(found[0])
    assert doc.variant is other
    shotlist = window.show_tab("shotlist")
    assert [r.shot.id for r in shotlist.model.rows] == [t.shot.id for t in cut(doc.script, other)]


def test_navigator_alternative_menu_changes_the_variant_choice(window, doc):
    beat = next(b for b in doc.script.beats if len(b.alternatives) > 1)
    other = next(v for v in doc.script.variants if not v.is_base)
    doc.set_current(variant=other)
    target = next(a for a in beat.alternatives if a.id != other.choices.get(beat.id, beat.alternatives[0].id))
    window.navigator.use_alternative(beat, target)
    project = reopen(doc.pf.path)
    variant = next(v for s in project.scripts for v in s.variants if v.id == other.id)
    assert variant.choices[beat.id] == target.id


def test_window_state_and_tab_are_remembered(window, settings):
    window.show_tab("variants")
    window.save_state()
    assert settings.current_tab == 3
    assert not settings.geometry.isEmpty()


def test_recent_files_keep_order_and_limit(settings, tmp_path):
    for i in range(12):
        settings.add_recent(tmp_path / f"p{i}.studio")
    settings.add_recent(tmp_path / "p3.studio")
    files = settings.recent_files
    assert len(files) == 10
    assert files[0].endswith("p3.studio")
    assert sum(f.endswith("p3.studio") for f in files) == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_settings_language_round_trip(settings, lang):
    settings.language = lang
    settings.sync()
    from PySide6.QtCore import QSettings

    from studio.ui.settings import Settings

    again = Settings(QSettings(settings.qsettings.fileName(), QSettings.Format.IniFormat))
    assert again.language == lang
