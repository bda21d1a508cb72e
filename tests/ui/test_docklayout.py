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


#: Builds a fresh window as main.py does on a screen narrower than the recorded layout, and by calls;
#: prints both windows' dock and central geometries.
_SMALL = """
import json, tempfile
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from studio.ui.mainwindow import MainWindow
from studio.ui.settings import Settings

def geometries(**kwargs):
    folder = tempfile.mkdtemp()
    settings = Settings(QSettings(folder + "/layout.ini", QSettings.Format.IniFormat))
    win = MainWindow(None, None, settings, **kwargs)
    win.show()
    for _ in range(5):
        QCoreApplication.processEvents()
    found = [d.geometry().getRect() for d in win.docks()] + [win.centralWidget().geometry().getRect()]
    win.replacing = True
    win.close()
    return found

import PySide6.QtCore
recorded = geometries()
namespace = "Qt" in vars(PySide6.QtCore)
print(json.dumps([recorded, geometries(default_layout=b""), namespace]))
"""


def test_on_a_small_screen_the_rewritten_layout_matches_placing_the_docks_by_calls(tmp_path):
    """A window fitted to a screen narrower than 1360 px takes the recorded layout rewritten for its width:
    the docks where resizeDocks puts them, without building the Qt namespace (its enums) first."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    screen = root / "tests" / "data" / "screens" / "small.json"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", PYTHONPATH=str(root),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"))  # fmt: skip
    out = subprocess.run([sys.executable, "-c", _SMALL], env=env, cwd=root, capture_output=True, text=True,
                         timeout=120, check=True)  # fmt: skip
    recorded, by_calls, namespace = json.loads(out.stdout.strip().splitlines()[-1])
    assert recorded == by_calls
    assert recorded[3][2] < 1024 - 180 - 220  # the window fits the screen; the views take the rest
    assert not namespace
