"""Every case of the window issue (#24) on a 1920x1080 laptop at 125 % scale: each test file below runs in
a process of its own with QT_SCALE_FACTOR=1.25 on an offscreen 1920x1080 screen, a 1536x864 desktop in
logical pixels, its windows that size (STUDIO_TEST_SIZE). The same files run in the fast tier at 1366x768."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.conftest import size_under_test

ROOT = Path(__file__).resolve().parents[2]
SCREEN = ROOT / "tests" / "data" / "screens" / "desktop.json"
#: The window issue's cases, each file a pytest-qt test driving the window by keyboard and mouse.
CASES = (
    "tests/ui/test_scaled_laptop.py",  # first: the screen is what it claims to be
    "tests/ui/test_print_what_you_see.py",
    "tests/ui/views/test_results_typing.py",
    "tests/ui/views/test_results_laptop.py",
    "tests/ui/test_screen_fit.py",
    "tests/ui/test_laptop_screen.py",
    "tests/ui/test_guide_readable.py",
    "tests/ui/test_project_settings.py",
    "tests/ui/test_export_dialog.py",
    "tests/ui/test_background_exports.py",
    "tests/ui/views/test_findings_in_text.py",
    "tests/ui/views/test_findings_underlined_everywhere.py",
    "tests/ui/test_shotlist_keyboard.py",
    "tests/ui/views/test_shotlist_focus.py",
    "tests/ui/test_mnemonics.py",
    "tests/ui/views/test_wheel_over_forms.py",
    "tests/ui/views/test_file_dialogs_start_here.py",
    "tests/ui/views/test_creator_list_import_rows.py",
    "tests/ui/views/test_caption_place.py",
    "tests/ui/views/test_storyboard_layout.py",
)


def test_the_screen_is_a_laptop_at_125_percent_when_the_run_says_so(qapp) -> None:
    """In the scaled run: 1.25 device pixels a logical pixel, a 1536x864 desktop."""
    if size_under_test() is None:
        pytest.skip("runs inside the scaled-screen process (see test_case_at_125_percent)")
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    assert screen.devicePixelRatio() == pytest.approx(1.25)
    assert (screen.geometry().width(), screen.geometry().height()) == (1536, 864)


#: Each case is a process of its own that shares nothing with the others, so each is a group of its own under
#: ``--dist loadgroup`` (the file's group and the case's, joined): the cases spread over every worker instead
#: of queueing in one (at 125 % they used ~250 CPU s, the longest group of the slow tier by far).
SCALED_CASES = [
    pytest.param(c, id=Path(c).stem, marks=pytest.mark.xdist_group(f"scaled:{Path(c).stem}")) for c in CASES
]


@pytest.mark.slow
@pytest.mark.skipif(size_under_test() is not None, reason="already the scaled run")
@pytest.mark.parametrize("case", SCALED_CASES)
def test_case_at_125_percent(case: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}",
           "QT_SCALE_FACTOR": "1.25", "STUDIO_TEST_SIZE": "1536x864"}  # fmt: skip
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not slow", case],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    tail = "\n".join(run.stdout.splitlines()[-40:])
    assert run.returncode == 0 and " passed" in tail, tail
