"""The Workspace window: the team's projects, search, calendar, report and library, all read in the background.

Everything that touches the database runs in a :class:`studio.ui.jobs.Job`: indexing (with progress
and Cancel in the status bar), searching (the first query loads jieba), saving the report. The window
stays responsive whatever the folders hold; a file that cannot be read is listed under the projects.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QToolBar,
    QWidget,
)

from studio.ui.jobs import Job
from studio.ui.views.view_common import ui_lang
from studio.ui.workspace import data
from studio.ui.workspace.pages import CalendarPage, LibraryPage, ProjectsPage, ReportPage, SearchPage
from studio.ui.workspace.server_bar import ServerBar, error_text
from studio.wording import say
from studio.workspace.errors import WorkspaceError
from studio.workspace.facts import Hit

log = logging.getLogger(__name__)

#: Opens a project, then shows the hit's line there (None: just the project).
Opener = Callable[[str, Hit | None], None]


class WorkspaceWindow(QMainWindow):
    """One window over the whole workspace."""

    loaded = Signal()
    searched = Signal()
    #: The report's file once written ("" when it could not be).
    saved = Signal(str)

    def __init__(
        self, opener: Opener | None = None, url: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workspace"))
        self.setObjectName("WorkspaceWindow")
        self.opener = opener
        self.url = url
        self._read_again = False
        self.snapshot = data.Snapshot()
        self.job: Job | None = None
        self.search_job: Job | None = None
        self.tabs = QTabWidget(self)
        self.projects = ProjectsPage(self)
        self.search = SearchPage(self)
        self.calendar = CalendarPage(self)
        self.report = ReportPage(self)
        self.library = LibraryPage(self)
        for page, title in ((self.projects, self.tr("&Projects")), (self.search, self.tr("&Search")),
                            (self.calendar, self.tr("&Calendar")), (self.report, self.tr("&Report")),
                            (self.library, self.tr("&Library"))):  # fmt: skip
            self.tabs.addTab(page, title)
        self.setCentralWidget(self.tabs)
        bar = QToolBar(self.tr("Workspace"), self)
        bar.setObjectName("workspace_bar")
        bar.setMovable(False)
        self.add_action = bar.addAction(self.tr("&Add Folder…"), self.choose_folder)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.refresh_action = bar.addAction(self.tr("&Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.addToolBar(bar)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.hide()
        self.cancel.clicked.connect(self._cancel)
        self.where = QLabel(self)
        self.statusBar().addWidget(self.where, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel)
        # teamdb: the team server's state, Publish and the Server dialog
        self.server_bar = ServerBar(url, self)
        self.statusBar().addPermanentWidget(self.server_bar)
        self.server_bar.server_changed.connect(self._server_changed)
        self.projects.open_requested.connect(lambda path: self._open(path, None))
        self.search.search_requested.connect(self.run_search)
        self.search.open_hit.connect(lambda hit: self._open(hit.path, hit) if hit else None)
        self.report.save_requested.connect(self.save_report)
        self.calendar.phases_requested.connect(self.edit_phases)
        self.library.retire_requested.connect(self.retire)
        self.library.add_requested.connect(self.keep_new)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        self.resize(1280, 720)

    def _server_changed(self) -> None:
        self.url = None  # the saved choice from now on
        self.refresh()

    def edit_phases(self) -> None:
        """The team's own campaign phases; the calendar is read again when they change."""
        from studio.ui.workspace.phases_dialog import PhasesDialog

        dialog = PhasesDialog(self.url, self)
        dialog.changed.connect(self._phases_changed)
        self.phases_dialog = dialog
        dialog.open()

    def _phases_changed(self) -> None:
        # A read already under way may have taken the phases before the change: read once more after it.
        if self.job is None:
            self.refresh()
        else:
            self._read_again = True

    def focus_search(self) -> None:
        """Go to the search page with the cursor in the query."""
        self.tabs.setCurrentWidget(self.search)
        self.search.query.setFocus()

    # --- reading ------------------------------------------------------------

    def refresh(self, add_folder: str = "") -> None:
        """Index what changed and read everything again, in the background with progress."""
        if self.job is not None:
            return
        lang = ui_lang()
        url = self.url
        # Jobs have no parent: a window closed while one runs must not be signalled once deleted
        # (its slots are disconnected with it; the job lives on until its thread ends).
        job = Job(lambda progress: data.load(url, lang, True, progress, add_folder))
        job.progressed.connect(self._progressed)
        job.done.connect(self._loaded)
        job.failed.connect(self._failed)
        self.job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel.show()
        self.where.setText(self.tr("Indexing…"))
        job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.where.setText(
            self.tr("Indexing %1 of %2 files…").replace("%1", str(done)).replace("%2", str(total))
        )

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _finished(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel.hide()
        if self._read_again:
            self._read_again = False
            QTimer.singleShot(0, self.refresh)

    def _loaded(self, snap: Any) -> None:
        self._finished()
        self.snapshot = snap
        from studio.cli.i18n import language_scope, set_language
        from studio.cli.workspace_scan import problem_words

        with language_scope():
            set_language(ui_lang())
            problems = [f"{Path(s.path).name}: {problem_words(s.status, s.detail)}" for s in snap.problems]
        self.projects.show_rows(snap.projects, problems)
        self.calendar.show_entries(snap.calendar)
        self._show_report()
        self.library.show_entries(snap.library)
        from studio.ui.team_library import shared

        shared().reload()  # the Write view offers what this run harvested
        folders = "; ".join(snap.folders) or self.tr("no folder yet: Add Folder…")
        self.where.setText(
            self.tr("%1 projects · %2").replace("%1", str(len(snap.projects))).replace("%2", folders)
        )
        if snap.offline is not None:
            self.where.setText(error_text(self, snap.offline))
        self.server_bar.check()
        self.loaded.emit()

    def _failed(self, exc: Any) -> None:
        self._finished()
        from studio.cli.i18n import describe_error, language_scope, set_language

        with language_scope():
            set_language(ui_lang())
            words = describe_error(exc) if isinstance(exc, Exception) else None
        if isinstance(exc, WorkspaceError):
            words = error_text(self, exc)
        self.where.setText(words or self.tr("Indexing stopped: %1").replace("%1", str(exc)))
        self.loaded.emit()

    def _show_report(self) -> None:
        from studio.workspace.report import figures, sentences

        figs = figures(self.snapshot.results)
        self.report.show_results(self.snapshot.results, lambda: figs, sentences(figs, ui_lang()))

    def choose_folder(self) -> None:
        """Ask for a folder of projects, add it and index it."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a Folder of Projects"))
        if folder:
            self.refresh(add_folder=str(Path(folder).resolve()))

    # --- search, open, save, retire -----------------------------------------

    def run_search(self, text: str) -> None:
        """Search in the background; the hits replace the list when they come."""
        if not text or self.search_job is not None:
            return
        url = self.url
        job = Job(lambda _p: data.search(url, text))
        job.done.connect(self._hits)
        job.failed.connect(self._search_failed)
        self.search_job = job
        self.search.status.setText(self.tr("Searching…"))
        job.start()

    def _hits(self, hits: Any) -> None:
        self.search_job = None
        self.search.show_hits(list(hits))
        self.search.hits.setFocus()
        self.searched.emit()

    def _search_failed(self, exc: Any) -> None:
        self.search_job = None
        self.search.status.setText(self.tr("Search failed: %1").replace("%1", str(exc)))
        self.searched.emit()

    def _open(self, path: str, hit: Hit | None) -> None:
        if self.opener is not None:
            self.opener(path, hit)

    def save_report(self, kind: str) -> None:
        """Ask where, then write the report as PDF or workbook."""
        flt = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Excel workbook (*.xlsx)")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Report"), f"workspace-report.{kind}", flt
        )
        if not name:
            return
        self.write_report(Path(name).with_suffix(f".{kind}"))

    def write_report(self, target: Path) -> None:
        """Write the report (PDF or workbook, by the suffix) in the background; ``saved`` tells when done."""
        from studio.workspace.report import figures
        from studio.workspace.report_files import write_report_pdf, write_report_xlsx

        lang = ui_lang()
        figs = figures(self.snapshot.results)
        title = say("ws.report.title")
        if target.suffix.lower() == ".pdf":
            job = Job(lambda _p: write_report_pdf(target, figs, lang, title))
        else:
            job = Job(lambda _p: write_report_xlsx(target, figs, lang))
        job.done.connect(self._saved)
        job.failed.connect(self._not_saved)
        self._save_job = job
        job.start()

    def _saved(self, path: Any) -> None:
        self.where.setText(self.tr("Saved %1").replace("%1", str(path)))
        self.saved.emit(str(path))

    def _not_saved(self, exc: Any) -> None:
        self.where.setText(self.tr("Could not save: %1").replace("%1", str(exc)))
        self.saved.emit("")

    def keep_new(self) -> None:
        """Ask for a new library entry and keep it (in the background), then read again."""
        from studio.ui.workspace.entry_dialog import LibraryEntryDialog

        dialog = LibraryEntryDialog(self)
        if dialog.exec() != LibraryEntryDialog.DialogCode.Accepted:
            return
        entry, url = dialog.entry(), self.url
        job = Job(lambda _p: data.keep(url, entry))
        job.done.connect(lambda _r: self.refresh())
        job.failed.connect(self._failed)
        self._keep_job = job
        job.start()

    def retire(self, entry_id: str) -> None:
        """Retire a library entry, then read again."""
        from studio.workspace.library import author

        url = self.url
        job = Job(lambda _p: data.retire(url, entry_id, author()))
        job.done.connect(lambda _r: self.refresh())
        self._retire_job = job
        job.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape stops an indexing run."""
        if event.key() == Qt.Key.Key_Escape and self.job is not None:
            self.job.cancel()
            return
        super().keyPressEvent(event)
