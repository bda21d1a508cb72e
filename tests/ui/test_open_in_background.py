"""Opening a project reads it in a worker thread: the window paints meanwhile, and a slow open can be cancelled."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from studio.store.document import ProjectFile
from studio.ui.app import open_project


def _slow_open(monkeypatch, gate: threading.Event, seen: list[str]) -> None:
    """ProjectFile.open as on a slow disk: it waits for ``gate`` before reading, and notes its thread."""
    real = ProjectFile.open.__func__  # type: ignore[attr-defined]

    def slow(cls, path, *args, **kwargs):
        seen.append(threading.current_thread().name)
        assert gate.wait(30)
        return real(cls, path, *args, **kwargs)

    monkeypatch.setattr(ProjectFile, "open", classmethod(slow))


def test_the_event_loop_runs_while_the_file_opens(qtbot, sample_path, monkeypatch):
    gate, seen, ticks = threading.Event(), [], []
    _slow_open(monkeypatch, gate, seen)
    timer = QTimer()
    timer.setInterval(5)
    # The GUI thread turns its event loop while the worker waits: each tick is one turn of it.
    timer.timeout.connect(lambda: (ticks.append(1), len(ticks) >= 5 and gate.set()))
    timer.start()
    pf = open_project(sample_path)
    timer.stop()
    try:
        assert pf is not None and pf.project.scripts
        assert seen == ["studio-job"]  # read in the worker, not the GUI thread
        assert len(ticks) >= 5
    finally:
        pf.close()


def test_cancel_while_opening_leaves_the_file_closed(qtbot, sample_path, monkeypatch):
    gate, seen = threading.Event(), []
    _slow_open(monkeypatch, gate, seen)
    pressed: list[str] = []

    def press_cancel() -> None:
        dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, press_cancel)  # it shows after 0.3 s
            return
        pressed.append(dialogs[0].labelText())
        button = dialogs[0].findChild(QPushButton)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        gate.set()

    QTimer.singleShot(0, press_cancel)
    assert open_project(sample_path) is None
    assert sample_path.name in pressed[0]
    # Nothing keeps the file: it opens for editing again at once (its lock was released).
    monkeypatch.undo()
    again = ProjectFile.open(sample_path)
    again.close()
