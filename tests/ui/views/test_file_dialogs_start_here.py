"""Every file dialog a view opens starts in the project's folder, where the user keeps its reports,
rosters and pictures, not in the folder Studio happened to be started from."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog


@pytest.mark.parametrize(
    ("tab", "action"),
    [
        ("results", "import_report"),
        ("results", "import_retention"),
        ("creators", "import_list"),
        ("creators", "check_script"),
    ],
)
def test_open_dialogs_start_in_the_project_folder(window, doc, qtbot, monkeypatch, tab, action):
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append(a[2]), ("", ""))[1])
    view = window.show_tab(tab)
    getattr(view, action)()
    assert asked == [str(doc.pf.path.parent)]


def test_choosing_a_frame_starts_in_the_project_folder(window, doc, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append(a[2]), ("", ""))[1])
    view = window.show_tab("storyboard")
    view.choose_image(doc.script.beats[0].alternatives[0].shots[0])
    assert asked == [str(doc.pf.path.parent)]
