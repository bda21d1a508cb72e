"""The running application: one document in one main window, replaced on open and language change.

:meth:`StudioApp.open_progressively` is how main.py starts: the window's shell is shown and painted
first, the project opens in the next event-loop turn. The document classes are imported there, not here.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from studio.ui import icons
from studio.ui.app import Translators, choose_language, open_project, sample_path, sample_target
from studio.ui.mainwindow import MainWindow
from studio.ui.settings import Settings

if TYPE_CHECKING:
    from studio.models.entities import Project
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController

#: Milliseconds to wait for the shell's first paint before opening the project anyway (a minimised or
#: covered window may not paint).
OPEN_AFTER_MS = 250
#: A project this big is kept out of the garbage collector's full passes (see keep_out_of_collections).
FREEZE_SHOTS = 1000

log = logging.getLogger(__name__)


def keep_out_of_collections(project: Project) -> None:
    """Take every object alive now out of the garbage collector's reach (``gc.freeze``) for a big project.

    A 5,000-shot project is a few million objects that live as long as it is open; each full
    collection walked them all, 80-100 ms of the GUI thread falling wherever Python happened to
    allocate (a keystroke, a scroll). Frozen, they are never walked. Done once, for the project a
    start opens, when it has FREEZE_SHOTS shots or more (below that a collection is short). Objects
    still die by reference count as usual; only cycles among the frozen ones wait: replacing the
    project or the window gives everything back (:func:`give_back_to_collections`), and the
    collector works as usual from then on.
    """
    shots = sum(1 for script in project.scripts for _ in script.iter_shots())
    if shots >= FREEZE_SHOTS:
        gc.freeze()


def give_back_to_collections() -> None:
    """Undo :func:`keep_out_of_collections`, so that a project being closed can be collected."""
    gc.unfreeze()


class FileOpenEvents(QObject):
    """macOS delivers Finder's double click and "Open With" as a QFileOpenEvent, not as an argument."""

    def __init__(self, studio: StudioApp) -> None:
        super().__init__(studio)
        self.studio = studio

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the file the system asked for; let every other event through."""
        if event.type() == QEvent.Type.FileOpen:
            self.studio.open_requested(event.file())  # type: ignore[attr-defined]
            return True
        return False


class StudioApp(QObject):
    """Owns the settings, the translators, the open document and its window."""

    #: Emitted when a progressive start could not open its project (the shell has closed).
    open_failed = Signal()

    def __init__(self, app: QApplication, settings: Settings | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings or Settings()
        self.translators = Translators(app)
        self.translators.install(choose_language(self.settings))
        self.doc: DocumentController | None = None
        self.window: MainWindow | None = None

    @property
    def language(self) -> str:
        """The interface language in use: 'zh' or 'en'."""
        return self.translators.language

    def start(self, path: str | Path | None = None) -> bool:
        """Open ``path`` (or the sample in the user's data folder) in a window; False if nothing opened."""
        target = Path(path) if path else sample_path(self.language)
        pf = open_project(target, None)
        if pf is None:
            return False
        if path:
            self.settings.add_recent(target)
        self.set_file(pf)
        return True

    def watch_file_open(self) -> None:
        """Take files the system hands over by event (macOS); only installed there, as every event of the
        application passes through a Python filter."""
        self.app.installEventFilter(FileOpenEvents(self))

    def open_requested(self, path: str) -> None:
        """Open ``path`` in place of the current project, once the window has a document to replace."""
        window = self.window
        if window is None or self.doc is None:
            QTimer.singleShot(100, lambda: self.open_requested(path))  # still opening the first project
            return
        from studio.ui import fileactions

        fileactions.open_path(window, path)

    def open_progressively(self, path: str | Path | None = None) -> MainWindow:
        """Show the window's shell now and open ``path`` (or the sample) once it has painted."""
        # On a fresh machine the sample is written after the first paint (in open_now), not before it.
        target = Path(path) if path else sample_target(self.language)
        window = MainWindow(None, self, self.settings)
        window.show_opening(target.name)
        self.window = window
        done = False

        def open_now() -> None:
            nonlocal done
            if done or self.window is not window or not window.isVisible():
                return  # replaced, or closed before the project opened: leave the file alone
            done = True
            if not path:
                sample_path(self.language)  # writes it when missing
            self._open_into(window, target, remember=bool(path))

        # A zero timer would fire before the paint; wait for it (or a little while, whichever is first),
        # then let the paint pass end and anything queued behind it run before the project opens.
        window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: QTimer.singleShot(0, open_now)))
        QTimer.singleShot(OPEN_AFTER_MS, open_now)
        window.show()
        return window

    def _open_into(self, window: MainWindow, target: Path, remember: bool) -> None:
        """Read ``target`` in the background (the shell's status bar shows it, with Cancel), then attach it
        to ``window``; a cancelled or failed open closes the shell (``open_failed``)."""
        from studio.ui.app import open_in_background

        def opened(pf: ProjectFile | None) -> None:
            if self.window is not window or not shiboken6.isValid(window) or not window.isVisible():
                if pf is not None:  # another project took the window's place, or it was closed, meanwhile
                    pf.close()
                return
            if pf is None:
                window.close()
                self.window = None
                self.open_failed.emit()
                return
            self._attach_opened(window, pf, target if remember else None)

        open_in_background(target, window, opened)

    def _attach_opened(self, window: MainWindow, pf: ProjectFile, remember: Path | None) -> None:
        from studio.ui.document_controller import DocumentController

        if remember is not None:
            self.settings.add_recent(remember)
        self.doc = DocumentController(pf)
        window.attach(self.doc, docks_later=True)
        project = self.doc.project
        QTimer.singleShot(0, lambda: keep_out_of_collections(project))  # once the first views are built

    def set_file(self, pf: ProjectFile) -> MainWindow:
        """Show ``pf`` in a new window, closing the previous document and window."""
        from studio.ui.document_controller import DocumentController

        old_doc, old_window = self.doc, self.window
        give_back_to_collections()  # the old project goes with its window
        self.doc = DocumentController(pf)
        self.window = self._new_window(old_window)
        if old_window is not None:
            old_window.close()
            # Its actions' slots hold the window in Python; only deleting it drops them, and with them
            # the old project (otherwise kept for the rest of the session).
            old_window.deleteLater()
        if old_doc is not None:
            old_doc.close()
            old_doc.deleteLater()  # its signals' slots (lambdas of the old views) hold it and them
        return self.window

    def replace_progressively(
        self, pf: ProjectFile, ready: Callable[[MainWindow], object] | None = None
    ) -> MainWindow:
        """Show ``pf`` in a new window in place of the current one, built as at start-up: no single turn of
        the event loop builds it all (a 5,000-shot project's window blocked it for 150-450 ms at once).

        Now: the new window's shell (menus, tab bar, docks saying "Opening…") is shown and the old window
        closed; after the shell's first paint the document is attached (the current tab first, its rows
        in slices, the docks a turn later); the old document is closed and the old window deleted in turns
        of their own. ``ready(window)`` runs once the document is attached.
        """
        from studio.ui.document_controller import DocumentController

        old_doc, old_window = self.doc, self.window
        give_back_to_collections()  # the old project goes with its window
        doc = self.doc = DocumentController(pf)
        if old_window is not None:
            old_window.save_state()
            old_window.replacing = True
        window = self.window = MainWindow(None, self, self.settings)
        window.show_opening(pf.path.name)
        window.show()
        self._show_jobs(window)
        if old_window is not None:
            old_window.close()
            # Deleted (its widgets, the old project's views) in a later turn: see set_file.
            old_window.deleteLater()
        if old_doc is not None:

            def close_old() -> None:
                old_doc.close()
                old_doc.deleteLater()  # its signals' slots (lambdas of the old views) hold it and them

            QTimer.singleShot(0, close_old)
        attached = False

        def attach() -> None:
            nonlocal attached
            if attached or not shiboken6.isValid(window) or window.doc is not None:
                return
            attached = True
            if self.doc is not doc:  # replaced again before it painted
                return
            window.attach(doc, docks_later=True)
            if ready is not None:
                ready(window)

        # As at start-up: after the shell's first paint and what was queued behind it, or a little later.
        window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: QTimer.singleShot(0, attach)))
        QTimer.singleShot(OPEN_AFTER_MS, attach)
        return window

    def _new_window(self, old: MainWindow | None) -> MainWindow:
        assert self.doc is not None
        if old is not None:
            old.save_state()
            old.replacing = True
        window = MainWindow(self.doc, self, self.settings)
        window.show()
        self._show_jobs(window)
        return window

    @staticmethod
    def _show_jobs(window: MainWindow) -> None:
        jobs = sys.modules.get("studio.ui.background_jobs")  # loaded once an export or pack was started
        if jobs is not None:
            jobs.show_in(window)  # those under way go on: the new window shows them

    def apply_language(self) -> None:
        """Re-translate by rebuilding the window for the same document in the new language."""
        self.translators.install(choose_language(self.settings))
        icons.clear_cache()
        old = self.window
        give_back_to_collections()  # the old window's objects go with it
        self.window = self._new_window(old)
        if old is not None:
            old.close()
