"""The recorded default layout puts the docks exactly where placing them by calls does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from studio.ui import dock_recorder
from studio.ui.settings import Settings
from tests.ui.waits import settle

SIZES = [None, (1366, 768), (1000, 700), (1920, 1080)]


def _geometries(qtbot, tmp_path, name: str, doc_factory, size, **kwargs) -> list:
    """Dock areas and geometries of a fresh window started as main.py starts it (the shell, then the doc)."""
    from studio.ui.mainwindow import MainWindow

    settings = Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    win = MainWindow(None, None, settings, **kwargs)
    win.replacing = True
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    with qtbot.waitSignal(win.first_painted, timeout=5000):
        win.show()
    shell = [(d.objectName(), win.dockWidgetArea(d).name, d.geometry().getRect()) for d in win.docks()]
    doc = doc_factory()
    with qtbot.waitSignal(win.usable, timeout=5000):
        win.attach(doc, docks_later=True)
    qtbot.waitUntil(lambda: win.docks_ready and win.guide.checked, timeout=10000)
    settle(qtbot)
    opened = [(d.objectName(), win.dockWidgetArea(d).name, d.geometry().getRect()) for d in win.docks()]
    central = win.centralWidget().geometry().getRect()
    win.close()
    doc.close()
    return [shell, opened, central]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: "default" if s is None else f"{s[0]}x{s[1]}")
def test_the_default_layout_matches_placing_the_docks_by_calls(qtbot, tmp_path, sample_path_en, size):
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController

    def open_doc() -> DocumentController:
        return DocumentController(ProjectFile.open(sample_path_en))

    recorded = _geometries(qtbot, tmp_path, "recorded", open_doc, size)
    by_calls = _geometries(qtbot, tmp_path, "calls", open_doc, size, default_layout=b"")
    assert recorded == by_calls
    navigator, guide, timeline = recorded[0]
    assert [navigator[1], guide[1], timeline[1]] == ["LeftDockWidgetArea", "RightDockWidgetArea",
                                                     "BottomDockWidgetArea"]  # fmt: skip


def test_recording_again_gives_a_layout_that_places_the_docks_the_same(qtbot, tmp_path, sample_path_en):
    """``python -m studio.ui.dock_recorder`` (run after a change to the docks) gives an equivalent layout."""
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController

    def open_doc() -> DocumentController:
        return DocumentController(ProjectFile.open(sample_path_en))

    fresh = dock_recorder.record()
    assert fresh.startswith(b"\x00\x00\x00\xff")  # a QMainWindow layout, not an empty one
    stored = _geometries(qtbot, tmp_path, "stored", open_doc, None)
    recorded_now = _geometries(qtbot, tmp_path, "now", open_doc, None, default_layout=fresh)
    assert stored == recorded_now
