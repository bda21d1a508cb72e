"""Opening a project reads it in a worker thread, shown by a line in the status bar with Cancel, while the
window it is asked from stays usable; Cancel or a bad file leaves that window exactly as it was."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from studio.store.document import ProjectFile
from studio.ui import app as app_module
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


@pytest.fixture
def studio(qapp, settings, sample_path_en, request):
    """The app with the English sample open in its window (in the language a ``lang`` parameter names, else
    English); closed after."""
    from studio.ui.studioapp import StudioApp

    settings.language = getattr(request, "param", "en")
    made = StudioApp(qapp, settings)
    assert made.start(sample_path_en)
    yield made
    if made.window is not None and shiboken6.isValid(made.window):
        made.window.close()
    if made.doc is not None:
        made.doc.close()
    made.translators.install("en")


def _ask_to_open(qtbot, window, path: Path, monkeypatch) -> None:
    """File > Open… by its key (Ctrl+O), the file dialog answering ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.waitUntil(lambda: window.menus.filled)  # the menus' items come after the first paint
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)


def _job_line(window):
    from studio.ui.background_jobs import JobLine

    lines = [line for line in window.statusBar().findChildren(JobLine) if line.isVisible()]
    return lines[0] if lines else None


def _other(tmp_path: Path, sample: Path, name: str = "other.studio") -> Path:
    other = tmp_path / name
    shutil.copy2(sample, other)
    return other


def test_cancel_leaves_the_window_as_it_was_and_it_stays_usable(qtbot, studio, sample_path_en, tmp_path,
                                                                monkeypatch):  # fmt: skip
    other = _other(tmp_path, sample_path_en)
    window, doc = studio.window, studio.doc
    gate, seen = threading.Event(), []
    _slow_open(monkeypatch, gate, seen)
    _ask_to_open(qtbot, window, other, monkeypatch)
    qtbot.waitUntil(lambda: _job_line(window) is not None)
    line = _job_line(window)
    assert "other.studio" in line.words.text()
    # The window stays usable while the file is read: an edit by the keyboard reaches the document.
    view = window.show_tab("write")
    shot = doc.script.beats[0].alternatives[0].shots[0]
    qtbot.waitUntil(lambda: view.row_for(shot.id) is not None)
    editor = view.row_for(shot.id).editor("voiceover")
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " still here")
    qtbot.waitUntil(lambda: shot.voiceover.endswith(" still here"))
    qtbot.mouseClick(line.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: app_module.opening() is None and _job_line(window) is None, timeout=10_000)
    assert seen == ["studio-job"]
    assert studio.window is window and studio.doc is doc and window.isVisible()
    assert doc.pf.path == sample_path_en and not doc.pf.readonly
    qtbot.waitUntil(lambda: "Stopped opening other.studio" in window.statusBar().currentMessage())
    # Nothing keeps the other file: it opens for editing at once (its lock was released).
    monkeypatch.undo()
    ProjectFile.open(other).close()


def test_a_read_file_replaces_the_window(qtbot, studio, sample_path_en, tmp_path, monkeypatch):
    other = _other(tmp_path, sample_path_en)
    old = studio.window
    _ask_to_open(qtbot, old, other, monkeypatch)
    qtbot.waitUntil(lambda: studio.doc.pf.path == other, timeout=10_000)
    window = studio.window
    assert window is not old and window.isVisible()
    qtbot.waitUntil(lambda: window.is_usable and window.docks_ready, timeout=10_000)
    assert str(other) in [str(p) for p in studio.settings.recent_files]


@pytest.mark.parametrize("studio", ["en", "zh"], indirect=True)
def test_a_damaged_file_is_told_in_one_line_and_the_window_stays(qtbot, studio, tmp_path, monkeypatch):
    lang = studio.language
    window, doc = studio.window, studio.doc
    bad = tmp_path / "broken.studio"
    bad.write_bytes(b"this is not sqlite at all" * 10)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append((title, text)))
    _ask_to_open(qtbot, window, bad, monkeypatch)
    qtbot.waitUntil(lambda: bool(shown) and app_module.opening() is None, timeout=10_000)
    assert len(shown) == 1
    title, text = shown[0]
    assert "broken.studio" in text and "\n" not in text and "Traceback" not in text
    if lang == "zh":
        assert "不是 Studio 项目文件" in text and title == "无法打开文件"
    else:
        assert "not a Studio project" in text and title == "Cannot open the file"
    assert studio.window is window and studio.doc is doc and window.isVisible()
    assert _job_line(window) is None


def test_the_newer_open_wins_and_says_so(qtbot, studio, sample_path_en, tmp_path, monkeypatch):
    first, second = (
        _other(tmp_path, sample_path_en, "first.studio"),
        _other(tmp_path, sample_path_en, "second.studio"),
    )
    window = studio.window
    gate, seen = threading.Event(), []
    _slow_open(monkeypatch, gate, seen)
    _ask_to_open(qtbot, window, first, monkeypatch)
    qtbot.waitUntil(lambda: _job_line(window) is not None)
    _ask_to_open(qtbot, window, second, monkeypatch)
    assert "Opening second.studio instead of first.studio" in window.statusBar().currentMessage()
    # Asking again for the file being opened changes nothing.
    _ask_to_open(qtbot, window, second, monkeypatch)
    gate.set()
    qtbot.waitUntil(lambda: studio.doc.pf.path == second, timeout=10_000)
    qtbot.waitUntil(lambda: app_module.opening() is None)
    assert len(seen) == 2
    assert [str(p) for p in studio.settings.recent_files].count(str(first)) == 0
    monkeypatch.undo()
    ProjectFile.open(first).close()  # the cancelled open let it go


def test_closing_the_window_while_a_file_opens_asks_then_cancels_it(qtbot, studio, sample_path_en, tmp_path,
                                                                    monkeypatch):  # fmt: skip
    other = _other(tmp_path, sample_path_en)
    window = studio.window
    gate, seen = threading.Event(), []
    _slow_open(monkeypatch, gate, seen)
    asked: list[str] = []

    def question(_parent, _title, text, *a):
        asked.append(text)
        gate.set()
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    _ask_to_open(qtbot, window, other, monkeypatch)
    qtbot.waitUntil(lambda: _job_line(window) is not None)
    window.close()
    assert asked and "other.studio" in asked[0]
    assert window.isVisible()  # "No": it stays, and so does the open
    qtbot.waitUntil(lambda: studio.doc.pf.path == other, timeout=10_000)
    QApplication.processEvents()
