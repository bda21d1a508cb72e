"""What main.py has loaded when the window's first paint is over: the shell's few modules, nothing heavy.

Start-up time is guarded by what is loaded, not by wall time: each module, and each Qt class PySide
builds the Python enums of, costs the first paint time on every launch.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio.ui.mainwindow import TABS
from tests.conftest import OFFSCREEN_DESKTOP

ROOT = Path(__file__).resolve().parents[2]

#: Runs studio.launch.main() as main.py does; once the first paint pass is over, reports what is loaded
#: and what the window shows, then quits (the project never opens).
_PROBE = """
import json, sys
import PySide6.QtCore
from studio.ui import studioapp
report = {}
start = studioapp.StudioApp.open_progressively
def open_progressively(self, path=None):
    window = start(self, path)
    def painted():
        from PySide6.QtCore import QTimer
        QTimer.singleShot(0, lambda: over(window))
    window.first_painted.connect(painted)
    return window
def over(window):
    report["modules"] = sorted(sys.modules)
    report["qt_namespace"] = "Qt" in vars(PySide6.QtCore)
    report["qt_classes"] = sorted(name for module in ("QtCore", "QtGui", "QtWidgets")
                                  for name in vars(sys.modules["PySide6." + module]))
    report["visible"] = window.isVisible()
    report["tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    report["docks"] = [d.objectName() for d in window.docks() if d.isVisible()]
    report["menus"] = [a.text() for a in window.menuBar().actions()]
    report["status"] = window.status.text()
    report["usable"] = window.is_usable
    wording = sys.modules.get("studio.wording")
    report["wording"] = [sorted(wording._READ), bool(wording._LOADED)] if wording else None
    window.close()
studioapp.StudioApp.open_progressively = open_progressively
from studio.launch import main
sys.argv = ["main.py"]
main()
print(json.dumps(report))
"""

#: Every module of ours the shell may load before its first paint: the launcher, the window, its menus,
#: icons and settings. A module added here costs every launch its import.
SHELL = {
    "studio",
    "studio.launch",
    "studio.paths",
    "studio.ui",
    "studio.ui.actiontext",
    "studio.ui.app",
    "studio.ui.crash",
    "studio.ui.docklayout",
    "studio.ui.editactions",
    "studio.ui.error_messages",
    "studio.ui.fileactions",
    "studio.ui.icons",
    "studio.ui.mainwindow",
    "studio.ui.menus",
    "studio.ui.screenfit",
    "studio.ui.settings",
    "studio.ui.studioapp",
    "studio.ui.windowapi",
    # the Creators tab's title: the catalogue's front, which reads just the part holding the tabs' labels
    "studio.wording",
}

#: Heavy or slow to import, and needed only by what comes after the first paint.
HEAVY = ("jieba", "av", "numpy", "PIL", "openpyxl", "docx", "opentimelineio", "reportlab", "sqlite3",
         "datetime", "locale", "PySide6.QtMultimedia", "PySide6.QtPrintSupport", "PySide6.QtPdf")  # fmt: skip

#: Qt classes PySide builds (with their enums) only when Python first names them, which the shell does
#: not: the menus' items and their keys come after the first paint, text fields and dialogs later still.
LATER_CLASSES = ("Qt", "QAction", "QKeySequence", "QLineEdit", "QPlainTextEdit", "QTextEdit", "QMessageBox",
                 "QTreeWidget", "QTableView", "QScrollArea")  # fmt: skip

#: The Qt modules the shell uses: widgets, and QtSvg for the tabs' icons.
QT = {"PySide6", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"}


#: A screen narrower than the window's default 1360 px: the docks' recorded layout is rewritten for it.
SMALL_SCREEN = f"offscreen:configfile={ROOT / 'tests' / 'data' / 'screens' / 'small.json'}"


def _first_paint(home: Path, platform: str = OFFSCREEN_DESKTOP) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, HOME=str(home), STUDIO_LANG="en",
               XDG_CONFIG_HOME=str(home / "cfg"), XDG_DATA_HOME=str(home / "data"),
               PYTHONPATH=str(ROOT))  # fmt: skip
    env.pop("STUDIO_QUIT_AFTER_SHOW", None)
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("launch", ["first", "later", "first on a small screen"])
def test_the_first_paint_shows_the_shell_and_loads_only_what_it_needs(tmp_path, launch):
    platform = SMALL_SCREEN if "small" in launch else OFFSCREEN_DESKTOP
    if launch == "later":
        _first_paint(tmp_path)  # the first launch saves its window's layout on closing
        assert list((tmp_path / "cfg").rglob("*.conf"))
    report = _first_paint(tmp_path, platform)
    # The real window, painted: every tab, the docks, the menus, saying what it opens; editing off.
    assert report["visible"] and not report["usable"]
    assert len(report["tabs"]) == len(TABS) and report["tabs"][:3] == ["Write", "Shot list", "Storyboard"]
    assert report["docks"] == ["navigatorDock", "guideDock", "timelineDock"]
    assert report["menus"] == ["&File", "&Edit", "&View", "&Help"]
    assert report["status"] == "Opening sample_en.studio…"
    loaded = set(report["modules"])
    ours = {m for m in loaded if m == "studio" or m.startswith("studio.")}
    assert ours <= SHELL, sorted(ours - SHELL)
    # The catalogue's parts the tabs' titles need, read alone: not the whole catalogue.
    assert report["wording"] == [["labels"], False]
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY or m in HEAVY)
    assert not heavy, heavy
    qt = {m for m in loaded if m.startswith("PySide6") and m.count(".") <= 1}
    assert qt <= QT | {"PySide6.support"}, sorted(qt - QT)
    # No Qt.* enum either: PySide builds the whole Qt namespace (~90 enums) on first use of one.
    assert not report["qt_namespace"]
    built = set(report["qt_classes"])
    assert not built & set(LATER_CLASSES), sorted(built & set(LATER_CLASSES))
