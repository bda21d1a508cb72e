"""The window fits the screen it opens on: the default size on a 1366x768 laptop with a taskbar, a
geometry saved on a monitor unplugged since, a laptop at 150 % (1280x720 logical)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from studio.ui.screenfit import fitted

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "tests" / "data" / "screens"

NO_FRAME = (0, 0, 0, 0)
FRAME = (1, 30, 1, 1)  # a title bar and thin borders, as a window manager draws them


def test_a_window_that_fits_is_left_alone() -> None:
    window = QRect(100, 80, 1200, 650)
    assert fitted(window, FRAME, [QRect(0, 0, 1920, 1040)]) == window


def test_the_default_size_shrinks_to_a_laptop_with_a_taskbar() -> None:
    area = QRect(0, 0, 1366, 728)
    got = fitted(QRect(0, 0, 1360, 820), FRAME, [area])
    assert area.contains(got.adjusted(-1, -30, 1, 1)) and got.width() == 1360 and got.height() == 728 - 31


def test_a_window_left_on_an_unplugged_monitor_comes_back_to_the_primary() -> None:
    got = fitted(QRect(2200, 100, 1800, 1200), FRAME, [QRect(0, 0, 1280, 720)])
    assert QRect(0, 0, 1280, 720).contains(got.adjusted(-1, -30, 1, 1))
    assert (got.width(), got.height()) == (1278, 689)


def test_a_window_mostly_on_the_second_screen_stays_there() -> None:
    primary, second = QRect(0, 0, 1920, 1080), QRect(1920, 0, 1366, 768)
    got = fitted(QRect(1900, 50, 1300, 900), NO_FRAME, [primary, second])
    assert second.contains(got) and got.height() == 768


def _run(config: str, script: str, ini: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={SCREENS / config}", "PYTHONPATH": str(ROOT),
           "STUDIO_LANG": "en", "HOME": str(ini.parent)}  # fmt: skip
    done = subprocess.run([sys.executable, "-c", script, str(ini)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


OPEN = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from studio.ui.mainwindow import MainWindow
from studio.ui.settings import Settings
app = QApplication([])
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
w = MainWindow(None, None, settings)
w.replacing = True
{before_show}
w.show()
app.processEvents()
g, s = w.frameGeometry(), w.screen().availableGeometry()
{after_show}
print(json.dumps({{"window": [g.x(), g.y(), g.width(), g.height()], "screen": [s.x(), s.y(), s.width(), s.height()]}}))
"""


def _inside(result: dict) -> bool:
    x, y, w, h = result["window"]
    sx, sy, sw, sh = result["screen"]
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


@pytest.mark.parametrize("config", ["laptop_taskbar.json", "laptop_150.json"])
def test_the_first_window_fits_a_small_screen(tmp_path: Path, config: str) -> None:
    result = _run(config, OPEN.format(before_show="", after_show=""), tmp_path / "fresh.ini")
    assert _inside(result), result


def test_a_geometry_saved_on_a_big_second_monitor_fits_the_laptop_it_opens_on(tmp_path: Path) -> None:
    ini = tmp_path / "studio.ini"
    two = tmp_path / "two.json"
    two.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
        {"name": "monitor", "x": 1366, "y": 0, "width": 2560, "height": 1440, "logicalDpi": 96}]}))  # fmt: skip
    save = OPEN.format(
        before_show="w.setGeometry(1500, 60, 2300, 1300)", after_show="w.save_state(); settings.sync()"
    )
    saved = _run(str(two), save, ini)
    assert saved["window"][0] >= 1366  # it was on the second monitor
    result = _run("laptop_taskbar.json", OPEN.format(before_show="", after_show=""), ini)
    assert _inside(result), result
