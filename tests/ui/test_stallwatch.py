"""The stall watchdog sees a blocked event loop, measures it and names the code that blocked it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from tests.ui.stalls import report, watch_stalls

ROOT = Path(__file__).resolve().parents[2]


def _busy_handler(seconds: float, watch=None) -> None:  # type: ignore[no-untyped-def]
    """Keep the GUI thread busy in Python (what a slow slot does) for ``seconds``, and, given a watch, on
    until its watcher thread has sampled this block (a loaded machine may not run that thread for a while;
    60 s at most)."""
    start = time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds or (
        watch is not None and not any("_busy_handler" in s for s in watch._samples) and elapsed < 60
    ):
        sum(range(200))


def test_a_blocked_event_loop_is_recorded_with_the_blocking_stack(qtbot):
    done: list[bool] = []
    with watch_stalls() as watch:
        QTimer.singleShot(20, lambda: (_busy_handler(0.3, watch), done.append(True)))
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        qtbot.waitUntil(lambda: bool(watch.over(250)), timeout=10_000)  # the heartbeat after the block
    # On a loaded machine another block (the wait itself, starved of a core) may be longer than the handler's,
    # so the handler's is looked for among all those over 250 ms rather than taken to be the longest.
    caught = [s for s in watch.over(250) if any("_busy_handler" in stack for stack in s.stacks)]
    assert caught, report(watch.stalls)
    assert "_busy_handler" in report(watch.stalls)


def test_the_app_logs_blocks_when_asked(tmp_path):
    """STUDIO_WATCH_STALLS=FILE: the running app appends each block over 50 ms with its stack there."""
    log = tmp_path / "stalls.txt"
    probe = (
        "import sys, time\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from studio.ui.stallwatch import install_from_environment\n"
        "app = QApplication([])\n"
        "watch = install_from_environment(app)\n"
        "def slow_slot():\n"
        "    end = time.perf_counter() + 0.3\n"
        "    while time.perf_counter() < end: pass\n"
        "QTimer.singleShot(50, slow_slot)\n"
        "QTimer.singleShot(50, lambda: QTimer.singleShot(200, app.quit))\n"
        "app.exec()\n"
        "print(len(watch.stalls))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDIO_WATCH_STALLS=str(log), PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120,
                         check=True)  # fmt: skip
    assert int(out.stdout.split()[-1]) >= 1
    text = log.read_text(encoding="utf-8")
    assert "event loop blocked" in text and "slow_slot" in text
