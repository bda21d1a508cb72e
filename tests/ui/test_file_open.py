"""Files handed over by the system as an event (macOS Finder: double click, Open With) replace the project."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from shiboken6 import isValid


def test_file_open_event_opens_that_project(qapp, qtbot, settings, sample_path_en, tmp_path):
    from studio.ui.studioapp import StudioApp

    other = tmp_path / "other.studio"
    shutil.copy2(sample_path_en, other)
    studio = StudioApp(qapp, settings)
    assert studio.start(sample_path_en)
    studio.watch_file_open()
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(other)))
        qtbot.waitUntil(lambda: studio.doc is not None and studio.doc.pf.path == other, timeout=5000)
        assert studio.window.isVisible()
        assert str(other) in settings.recent_files
    finally:
        studio.window.close()
        studio.doc.close()


def test_file_open_event_waits_for_the_first_project(qapp, qtbot, settings, sample_path_en, tmp_path):
    from studio.ui.studioapp import StudioApp

    other = tmp_path / "later.studio"
    shutil.copy2(sample_path_en, other)
    studio = StudioApp(qapp, settings)
    window = studio.open_progressively(sample_path_en)
    studio.open_requested(str(other))  # before the first project has opened
    try:
        qtbot.waitUntil(lambda: studio.doc is not None and studio.doc.pf.path == other, timeout=5000)
    finally:
        if studio.window is not None:
            studio.window.close()
        if isValid(window):  # the first window is deleted once the other project replaces it
            window.close()
        if studio.doc is not None:
            studio.doc.close()
