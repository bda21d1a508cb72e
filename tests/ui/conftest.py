"""UI fixtures: settings and standard paths isolated per test, an open document, a main window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_qt_paths(tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings and QStandardPaths away from the user's real folders and from other test runs."""
    from PySide6.QtCore import QSettings, QStandardPaths

    # Test mode alone puts every run's data in one ~/.qttest: a sample written there by a newer checkout
    # (or held open by a parallel run) made StudioApp.start wait on an error dialog for ever.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path / "qsettings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder / "system"))


@pytest.fixture(autouse=True)
def _no_unexpected_message_box(qapp, monkeypatch: pytest.MonkeyPatch):
    """A message box nobody expected fails its test at once instead of waiting for a click that never comes.

    Offscreen, a modal box blocks for ever: a teardown that failed under load once hung a run for ten minutes.
    Tests that expect a box patch these functions themselves, which replaces this stand-in for that test.
    """
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def stand_in(kind: str, answer: QMessageBox.StandardButton):
        def box(_parent, _title, text, *_a, **_k):
            shown.append(f"{kind}: {text}")
            return answer

        return box

    cancel = QMessageBox.StandardButton.Cancel
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, stand_in(kind, QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", stand_in("question", cancel))
    yield shown
    if shown:
        pytest.fail("an unexpected message box: " + " | ".join(shown), pytrace=False)


@pytest.fixture(autouse=True)
def _nothing_left_frozen(qtbot):
    """A test leaves no object frozen out of the garbage collector (``gc.freeze``) for the tests after it.

    A report dialog's reading job freezes what it made until the dialog closes, and a window on a big project
    keeps it frozen until it is closed or replaced: a dialog never closed, or a job that ended after its dialog
    was cancelled, left every object alive frozen in that worker for the rest of the run (1,125,451 met by a
    later test of a CI run). Cancelled reading jobs end at their next progress point: they are waited for.
    """
    yield
    rows = sys.modules.get("studio.ui.dialogs.report_rows")
    if rows is not None and rows._RUNNING:
        qtbot.waitUntil(lambda: not rows._RUNNING, timeout=120_000)
    frozen = gc.get_freeze_count()
    if frozen:
        gc.unfreeze()  # the next test starts with nothing frozen, whatever this one left
        pytest.fail(
            f"{frozen:,} objects left frozen out of the collector: a report dialog or a big project's window "
            "left open (close it)",
            pytrace=False,
        )


@pytest.fixture
def settings(tmp_path: Path):
    """A fresh typed settings object backed by a private ini file."""
    from PySide6.QtCore import QSettings

    from studio.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "studio.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def doc(sample_path_en: Path):
    """The English sample open in a document controller; closed after the test."""
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController

    controller = DocumentController(ProjectFile.open(sample_path_en))
    yield controller
    controller.close()


def size_under_test() -> tuple[int, int] | None:
    """The window size STUDIO_TEST_SIZE asks for ("1536x864": the scaled-screen run), else None."""
    size = os.environ.get("STUDIO_TEST_SIZE", "")
    width, _, height = size.partition("x")
    return (int(width), int(height)) if width.isdigit() and height.isdigit() else None


def _sized(win) -> None:
    """Give a fixture's window the size of the screen under test, when a run names one."""
    size = size_under_test()
    if size is not None:
        win.resize(*size)


@pytest.fixture
def window(doc, settings, qtbot):
    """A main window on the English sample."""
    from studio.ui.mainwindow import MainWindow

    win = MainWindow(doc, None, settings)
    win.replacing = True  # the doc fixture closes the document
    qtbot.addWidget(win)
    _sized(win)
    win.show()
    return win


def reopen(path: Path):
    """The project as it is on disk now (read-only, so the test's own lock does not matter)."""
    from studio.store.document import ProjectFile

    pf = ProjectFile.open(path, readonly=True)
    project = pf.project
    pf.close()
    return project


@pytest.fixture
def zh_window(doc, settings, qtbot, qapp):
    """A main window on the English sample with the interface in Chinese."""
    from studio.ui.app import Translators
    from studio.ui.mainwindow import MainWindow

    translators = Translators(qapp)
    translators.install("zh")
    win = MainWindow(doc, None, settings)
    win.replacing = True
    qtbot.addWidget(win)
    _sized(win)
    win.show()
    yield win
    translators.install("en")
