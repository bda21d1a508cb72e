"""Start-up stays light: the first window loads only what it shows; the rest waits for first use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from studio.ui import icons

ROOT = Path(__file__).resolve().parents[2]

#: Starts the app on a file the way main.py does, reports the modules loaded when the window is up,
#: then lets the event loop run until the guide has checked, and reports again.
_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from studio.ui.app import configure_application
app = QApplication([])
configure_application(app)
from studio.ui.studioapp import StudioApp
studio = StudioApp(app)
assert studio.start(sys.argv[1])
report = {"shown": sorted(sys.modules), "tab": studio.window.tabs.currentIndex()}
def wait():
    if studio.window.guide.checked:
        report["checked"] = sorted(sys.modules)
        report["findings_text"] = studio.window.guide.summary.text()
        app.quit()
    else:
        QTimer.singleShot(10, wait)
QTimer.singleShot(0, wait)
QTimer.singleShot(20000, app.quit)
app.exec()
print(json.dumps(report))
studio.window.close()
"""

#: Modules the first window must not load: the other tabs' views and what only they need.
LATER = (
    "studio.ui.views.storyboard",
    "studio.ui.views.variants",
    "studio.ui.views.preview",
    "studio.ui.views.results",
    "studio.ui.shotlist",
    "studio.ui.dialogs.export",
    "studio.guide.checker",
    "PIL.Image",
    "docx",
    "openpyxl",
    "opentimelineio",
)


def _probe(path: Path, home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), STUDIO_LANG="en",
               XDG_CONFIG_HOME=str(home / "cfg"), XDG_DATA_HOME=str(home / "data"))  # fmt: skip
    out = subprocess.run([sys.executable, "-c", _PROBE, str(path)], env=env, cwd=ROOT, capture_output=True,
                         text=True, timeout=120, check=True)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_first_window_loads_only_what_it_shows_and_the_guide_checks_after(sample_path_en, tmp_path):
    report = _probe(sample_path_en, tmp_path)
    assert report["tab"] == 0  # the Write tab comes first
    shown = set(report["shown"])
    assert "studio.ui.views.write" in shown
    assert not shown & set(LATER), sorted(shown & set(LATER))
    assert "PySide6.QtSvg" not in shown  # icons render when painted, not when made
    # The guide's first check waited for the window, then ran by itself.
    assert "studio.guide.checker" in report["checked"]
    assert report["findings_text"] and report["findings_text"] != "Checking the script…"


def test_icons_follow_the_palette_and_dim_when_disabled(qapp):
    app = QApplication.instance()
    old = app.palette()
    try:
        for colour in ("#000000", "#f0f0f0"):
            palette = QPalette(old)
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#808080"))
            app.setPalette(palette)
            pen = icons.icon("pen-line")
            assert not pen.isNull() and pen.name() == "pen-line"
            image = pen.pixmap(48, 48).toImage()
            inked = {image.pixelColor(x, y).name() for x in range(48) for y in range(48)
                     if image.pixelColor(x, y).alpha() == 255}  # fmt: skip
            assert inked == {colour}
            dim = pen.pixmap(48, 48, QIcon.Mode.Disabled).toImage()
            dim_inked = {dim.pixelColor(x, y).name() for x in range(48) for y in range(48)
                         if dim.pixelColor(x, y).alpha() == 255}  # fmt: skip
            assert dim_inked == {"#808080"}
    finally:
        app.setPalette(old)


def test_a_missing_icon_is_null_not_an_error():
    assert icons.icon("no-such-icon").isNull()
