"""Every menu's items have mnemonics of their own (Alt+letter reaches one item), in both languages and
whatever the current view names its Edit items after (shots or creators)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def _clashes(menu: QMenu) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for act in menu.actions():
        if act.isSeparator():
            continue
        key = _mnemonic(act.text())
        if key is not None:
            seen.setdefault(key, []).append(act.text())
    return {k: v for k, v in seen.items() if len(v) > 1}


def _menus(window) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if a.menu() is not None]


@pytest.mark.parametrize("fixture", ["window", "zh_window"])
def test_no_two_items_of_a_menu_share_a_mnemonic(fixture, request, qtbot):
    window = request.getfixturevalue(fixture)
    qtbot.waitUntil(lambda: window.menus.edit_menu.actions() and window.menus.undo_action is not None)
    for kind in ("shots", "creators"):
        window.menus.name_edit_actions(kind)
        for menu in _menus(window):
            assert not _clashes(menu), (menu.title(), kind, _clashes(menu))
            for act in menu.actions():
                if act.menu() is not None:
                    assert not _clashes(act.menu()), act.text()
