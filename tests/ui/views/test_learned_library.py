"""The Write view's library offers the team's own lines from results first, with their numbers."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


def test_hook_library_starts_with_the_line_that_won(qtbot, zh_doc) -> None:
    from studio.models.enums import BeatKind
    from studio.ui.views.write import WriteView

    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    hook = next(b for b in zh_doc.script.beats if b.kind is BeatKind.HOOK)
    groups = view.library_entries(hook)
    title, lines = groups[0]
    assert lines[0][1].startswith("99元两瓶")
    menu = view.library_menu(view.card_for(hook))
    replace = menu.actions()[0].menu()
    first_group = replace.actions()[0]
    assert first_group.text() == title
    action = first_group.menu().actions()[0]
    assert action.text() == lines[0][1] and "74.0%" in action.toolTip()
