"""The Edit menu names what its row items act on: shots in the shot list, creators in the Creators tab."""

from __future__ import annotations

from studio.ui import command_palette
from studio.ui.actiontext import plain


def _shown(window) -> dict[str, tuple[str, str]]:
    m = window.menus
    m.update_edit_actions()
    return {
        k: (plain(m.edit[k].text()), m.edit[k].statusTip())
        for k in ("duplicate", "move_up", "move_down", "delete")
    }


def test_row_items_follow_the_tab_in_english(window, qtbot) -> None:
    window.resize(1366, 768)
    window.show_tab("shotlist")
    words = _shown(window)
    assert words["delete"] == ("Delete Shots", "Delete the selected shots")
    keys = {k: window.menus.edit[k].shortcut().toString() for k in words}
    view = window.show_tab("creators")
    qtbot.waitUntil(view.isVisible)
    words = _shown(window)
    assert [words[k][0] for k in ("duplicate", "move_up", "move_down", "delete")] == [
        "Duplicate Creators", "Move Creator Up", "Move Creator Down", "Delete Creators"]  # fmt: skip
    assert words["delete"][1] == "Remove the selected creators from the list"
    assert {k: window.menus.edit[k].shortcut().toString() for k in words} == keys  # same keys, new words
    titles = [e.title for e in command_palette.action_entries(window)]
    assert "Delete Creators" in titles and "Delete Shots" not in titles
    found = command_palette.search(command_palette.action_entries(window), "delete creators")
    assert found and found[0].title == "Delete Creators"
    # the item does what it says: the selected creator goes, in one undo step
    count = len(window.doc.project.creators)
    view.table.selectRow(0)
    window.menus.update_edit_actions()
    window.menus.edit["delete"].trigger()
    assert len(window.doc.project.creators) == count - 1
    window.doc.undo()
    assert len(window.doc.project.creators) == count
    window.show_tab("shotlist")
    assert _shown(window)["delete"][0] == "Delete Shots"
    keys = [a.shortcut().toString() for a in window.menus.all_actions() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_row_items_follow_the_tab_in_chinese(zh_window, qtbot) -> None:
    zh_window.resize(1366, 768)
    view = zh_window.show_tab("creators")
    qtbot.waitUntil(view.isVisible)
    words = _shown(zh_window)
    assert [words[k][0] for k in ("duplicate", "move_up", "move_down", "delete")] == [
        "创建达人副本", "上移达人", "下移达人", "删除达人"]  # fmt: skip
    assert words["duplicate"][1] == "在所选达人下方创建副本（不含成绩）"
    titles = [e.title for e in command_palette.action_entries(zh_window)]
    assert "删除达人" in titles and "删除镜头" not in titles
    assert (
        command_palette.search(command_palette.action_entries(zh_window), "删除达人")[0].title == "删除达人"
    )
    zh_window.show_tab("shotlist")
    assert _shown(zh_window)["delete"] == ("删除镜头", "删除所选镜头")
