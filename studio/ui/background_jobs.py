"""Jobs under way while the user goes on editing: a line in the status bar each, with Cancel.

Exports, packs, the review files, the Excel import, teardowns and the opening of a project all run this way;
nothing waits behind a modal progress dialog.

An export or a pack runs in a child process from a snapshot of the project taken when the user pressed OK
(studio.exports.child), so the window need not wait: the dialog closes, the job's line in the status bar
moves with its progress and offers Cancel, and its tooltip says that the file is written from the script
as it was when it started (edits made meanwhile are saved, not written into it). When the job ends its
result is told in whatever window is open then. Jobs outlive the window that started them when the window
is rebuilt (another project opened, another language): the new window shows their lines too.

What would conflict is guarded: a second job to a file or folder a running job writes is refused
(:func:`busy_on`), and closing the window while jobs run asks first; Cancel (or closing anyway) kills the
child and removes what it had half-written (:func:`cancel_all`). Work in a thread (:func:`start_thread`)
reads what it needs from a snapshot taken when it starts, stops at its next progress report after Cancel
and is joined before the window's process exits.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QWidget,
)

from studio.ui.jobs import AnyJob, Cancelled, Job, ProcessJob, Progress

if TYPE_CHECKING:
    from studio.exports.child import Work
    from studio.models.entities import Project

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: What to do with a job's result, or its error, in the window open when it ends (None: no window).
Done = Callable[[QWidget | None, Any], None]
Failed = Callable[[QWidget | None, BaseException], None]

#: Jobs under way in this process, oldest first.
_running: list[BackgroundJob] = []


class BackgroundJob(QObject):
    """One job (a child process or a thread): its lines in the windows' status bars, its end told once."""

    #: The job ended (done, failed or cancelled): its lines are gone and its callback has run.
    ended = Signal()

    def __init__(self, job: AnyJob, label: str, targets: Iterable[Path], owner: QWidget | None,
                 done: Done, failed: Failed, *, as_of: bool = True, kind: str = "") -> None:  # fmt: skip
        super().__init__(QCoreApplication.instance())  # not the window's: it may be rebuilt meanwhile
        self.job = job
        self.label = label
        self.targets = [Path(t) for t in targets]
        self.owner = owner
        self._done, self._failed = done, failed
        self.as_of = time.strftime("%H:%M")
        #: True when the job writes the script as it was when it started (said on its line).
        self.from_snapshot = as_of
        #: What the job does, for refusing a second one that would conflict (see :func:`busy_with`).
        self.kind = kind
        self.progress = (0, 0)
        self.finished = False
        self.outcome: tuple[str, Any] | None = None  # ("done", result) or ("error", exc) once ended
        self._lines: list[JobLine] = []
        job.progressed.connect(self._progressed)
        job.done.connect(lambda result: self._end("done", result))
        job.failed.connect(lambda exc: self._end("error", exc))

    def start(self, started: bool = False) -> None:
        """Start the child and show the job's line (``started``: the work is under way already, and only now
        long enough to be shown: opening a project shows its line after a moment)."""
        if not started:
            self.job.start()
        _running.append(self)
        window = _main_window(self.owner)
        if window is not None:
            self.show_in(window)
        else:  # a dialog with no window behind it: a small panel of its own
            line = JobLine(self, None)
            line.setWindowFlag(Qt.WindowType.Tool)
            line.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            line.show()

    def show_in(self, window: QMainWindow) -> None:
        """Add the job's line to ``window``'s status bar."""
        line = JobLine(self, window)
        window.statusBar().addPermanentWidget(line)
        line.show()

    @property
    def cancelling(self) -> bool:
        """True once Cancel was pressed (the child is being killed and its parts removed)."""
        return self.job.cancelled

    def cancel(self) -> None:
        """Kill the child; its parts are removed off the window's thread, then the job ends as cancelled."""
        self.job.cancel()
        self._refresh()

    def relabel(self, label: str) -> None:
        """Say what the job does now (a teardown's step) on its lines."""
        if label != self.label:
            self.label = label
            self._refresh()

    def wait(self) -> None:
        """Return once a cancelled job's child is dead and its parts removed (a thread's work stopped)."""
        self.job.wait()

    def text(self) -> str:
        """The line's words: what is written and how far it got."""
        if self.cancelling:
            return translate("Jobs", "Cancelling… nothing half-written is kept.")
        done, total = self.progress
        task = self.label
        if total > 0:
            task = translate("Jobs", "{label} {percent}%").format(
                label=self.label, percent=done * 100 // total
            )
        if not self.from_snapshot:
            return task
        # Said on the line itself, not only in its tooltip: what is written is the script of that moment.
        return translate("Jobs", "{task} · script as of {time}").format(task=task, time=self.as_of)

    def snapshot_note(self) -> str:
        """Which script the job writes: the one of the moment it started, not the one being edited."""
        if not self.from_snapshot:
            return ""
        return translate(
            "Jobs",
            "Written from the script as it was at {time}, when you started it. Go on editing: your changes "
            "are saved, but they are not in what is being written now.",
        ).format(time=self.as_of)

    def lines(self) -> list[JobLine]:
        """The job's lines still on screen."""
        self._lines = [line for line in self._lines if shiboken6.isValid(line)]
        return self._lines

    def _progressed(self, done: int, total: int) -> None:
        if not self.cancelling:
            self.progress = (done, total)
            self._refresh()

    def _refresh(self) -> None:
        for line in self.lines():
            line.refresh()

    def _end(self, kind: str, value: Any) -> None:
        if self.finished:
            return
        self.finished = True
        self.outcome = (kind, value)
        if self in _running:
            _running.remove(self)
        for line in self.lines():
            line.hide()
            line.deleteLater()
        self._lines = []
        # Not disconnected here: this runs inside the emission of the job's signal, and dropping the slot
        # being called freed it under the running call (a segfault a few lines on, in the stall scenario).
        # The job's deletion, later in the event loop, drops its connections.
        self.job.deleteLater()
        parent = told_in(self.owner)
        try:
            if kind == "done":
                self._done(parent, value)
            elif isinstance(value, Cancelled):
                if isinstance(parent, QMainWindow):
                    parent.statusBar().showMessage(
                        translate("Jobs", "Cancelled: nothing half-written was kept."), 5000
                    )
            else:
                self._failed(parent, value)
        finally:
            self.ended.emit()
            self.deleteLater()


class _Words(QLabel):
    """A job line's words, its label shortened in the middle ("Exporting Dewd….pdf… 40% · script as of 12:26")
    when the status bar is narrow: the figures after the label stay whole while they fit.

    A plain label asks for its whole text as its minimum width: two or three jobs with long file names then
    pushed the status bar, and the window, past a 1366-pixel screen. ``text()`` is still the whole of it,
    and so is the line's tooltip when it is cut.
    """

    #: The widest a job's words grow, and the narrowest they shrink to, in average characters.
    WIDEST, NARROWEST = 90, 10

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._full = ""
        #: The part of the text cut first (the job's label), the rest kept whole while it fits.
        self.label = ""
        #: True when what is shown is shorter than the whole text.
        self.cut = False

    def text(self) -> str:  # the whole text, not what fits
        """The whole of the job's words (what is shown may be cut in the middle)."""
        return self._full

    def setText(self, text: str) -> None:  # keeps the whole text
        """Show ``text``, cut in the middle to the label's width."""
        self._full = text
        self.updateGeometry()
        self._fit()

    def sizeHint(self) -> QSize:
        """As wide as the words, up to :attr:`WIDEST` characters."""
        metrics = self.fontMetrics()
        width = min(metrics.horizontalAdvance(self._full), metrics.averageCharWidth() * self.WIDEST)
        return QSize(width + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """:attr:`NARROWEST` characters: the rest is cut in the middle."""
        return QSize(
            self.fontMetrics().averageCharWidth() * self.NARROWEST, super().minimumSizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Cut the words anew to the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics, width = self.fontMetrics(), max(self.width() - 2, 0)
        middle = Qt.TextElideMode.ElideMiddle
        shown = self._full
        if metrics.horizontalAdvance(shown) > width:
            rest = metrics.horizontalAdvance(shown) - metrics.horizontalAdvance(self.label)
            room = width - rest
            if self.label and self.label in shown and room >= metrics.averageCharWidth() * 4:
                shown = shown.replace(self.label, metrics.elidedText(self.label, middle, room), 1)
            else:
                shown = metrics.elidedText(shown, middle, width)
        super().setText(shown)
        self.cut = shown != self._full
        line = self.parentWidget()
        if isinstance(line, JobLine):
            line.explain()


class JobLine(QWidget):
    """A job in a status bar: its words and progress, and Cancel."""

    def __init__(self, job: BackgroundJob, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.job = job
        self.setObjectName("job-line")
        self.words = _Words(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(120)
        self.bar.setMinimumWidth(40)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(translate("Jobs", "Cancel"))
        self.cancel_button.clicked.connect(job.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        job._lines.append(self)
        self.refresh()

    def explain(self) -> None:
        """The tooltip: the whole line when it is cut short, and which script the job writes."""
        whole = self.words.text() if self.words.cut else ""
        self.setToolTip("\n".join(part for part in (whole, self.job.snapshot_note()) if part))

    def refresh(self) -> None:
        """Show the job's words and progress now."""
        wanted = self.words.sizeHint().width()
        self.words.label = self.job.label
        self.words.setText(self.job.text())
        if self.words.sizeHint().width() != wanted:  # "12%" came, or the step's name changed
            _relayout(self.parentWidget())
        done, total = self.job.progress
        self.bar.setRange(0, max(total, 0))  # 0..0 moves to and fro: started, no figures yet
        if total > 0:
            self.bar.setValue(min(done, total))
        self.cancel_button.setEnabled(not self.job.cancelling)


def _relayout(bar: QWidget | None) -> None:
    """Lay ``bar`` (a status bar) out anew for a line's new width: a status bar keeps its lines in a layout
    within its layout, and only a new height made it lay them out again (a line grown by "12%" was cut)."""
    if bar is None:
        return
    for layout in bar.findChildren(QLayout):  # its own and the one within (a layout's children are layouts)
        layout.invalidate()
    bar.updateGeometry()


def _main_window(widget: QWidget | None) -> QMainWindow | None:
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return None


def told_in(owner: QWidget | None) -> QWidget | None:
    """The window to tell a job's end in: the one that started it if it is still open, else the open one."""
    window = _main_window(owner) if owner is not None and shiboken6.isValid(owner) else None
    if window is not None and window.isVisible():
        return window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return owner if owner is not None and shiboken6.isValid(owner) else None


def start(owner: QWidget | None, label: str, targets: Iterable[Path], done: Done, failed: Failed,
          work: Work, project: Project | None, project_path: Path | None, *args: Any, kind: str = "",
          as_of: bool = True, **kwargs: Any) -> BackgroundJob:  # fmt: skip
    """Run ``work(snapshot of project, frames of project_path, *args, progress=..., **kwargs)`` in a child
    process (see studio.exports.child) with its line in ``owner``'s window (``project`` None: work from a
    file alone, given None and None, as an import); ``done(window, result)`` or
    ``failed(window, error)`` runs in the window open when it ends (nothing for a cancelled job). ``kind``
    names what it does, for :func:`busy_with`; ``as_of=False`` for work that does not write the script (a
    teardown reads a video): its line says nothing of the script's time."""
    from studio.exports.child import ChildRun

    job = BackgroundJob(ProcessJob(ChildRun(work, project, project_path, args, kwargs)), label, targets, owner,
                        done, failed, kind=kind, as_of=as_of)  # fmt: skip
    job.start()
    return job


def start_thread(owner: QWidget | None, label: str, targets: Iterable[Path], done: Done, failed: Failed,
                 work: Callable[[Progress], Any], *, as_of: bool = False, kind: str = "") -> BackgroundJob:  # fmt: skip
    """Run ``work(progress)`` in a thread with its line in ``owner``'s window; ``done(window, result)`` or
    ``failed(window, error)`` runs in the window open when it ends (nothing for a cancelled job).

    ``work`` reads nothing the window may change meanwhile (a snapshot, a file), and its ``progress`` raises
    :class:`Cancelled` after Cancel, so that it stops there leaving nothing half-written. ``as_of``: the
    line says that the work reads the script as it was when it started.
    """
    # No parent: the job outlives the window that started it when the window is rebuilt.
    job = BackgroundJob(Job(work), label, targets, owner, done, failed, as_of=as_of, kind=kind)
    job.start()
    return job


def running() -> list[BackgroundJob]:
    """The jobs under way, oldest first."""
    return [job for job in _running if not job.finished]


def busy_on(targets: Iterable[Path]) -> BackgroundJob | None:
    """A job under way that writes one of ``targets`` (a file, or a folder of packs), or None."""
    wanted = {_key(t) for t in targets}
    for job in running():
        if wanted & {_key(t) for t in job.targets}:
            return job
    return None


def busy_with(kind: str) -> BackgroundJob | None:
    """A job under way of that kind (a review round being written ...), or None."""
    return next((job for job in running() if job.kind == kind), None)


def _key(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def refuse_busy(parent: QWidget, title: str, targets: Iterable[Path]) -> bool:
    """Say so and return True when a job under way writes one of ``targets``."""
    targets = list(targets)
    job = busy_on(targets)
    if job is None:
        return False
    clash = next(t for t in targets if _key(t) in {_key(j) for j in job.targets})
    QMessageBox.warning(parent, title, translate(
        "Jobs", "{name} is still being written by an earlier export or pack: wait for it to finish, or cancel "
        "it in the status bar.").format(name=clash.name or str(clash)))  # fmt: skip
    return True


def show_in(window: QMainWindow) -> None:
    """Show the jobs under way in a new window's status bar (the window rebuilt for a project or language)."""
    for job in running():
        job.show_in(window)


def cancel_all() -> None:
    """Cancel every job under way and wait until their children are dead and their parts removed, and their
    threads have stopped (a teardown's OCR among them: it must not run on while the process exits)."""
    jobs = running()
    for job in jobs:
        job.cancel()
    for job in jobs:
        job.wait()
    QCoreApplication.sendPostedEvents()  # their queued ends


def may_close(window: QWidget) -> bool:
    """Before the window closes: True when no job runs, or the user chose to cancel them (they are then
    cancelled, nothing half-written kept); False to keep the window open and the jobs running."""
    jobs = running()
    if not jobs:
        return True
    # Named by its line's label: exports, packs, imports, review files and teardowns all run as children now,
    # so what kind of work it is cannot be told from how it runs.
    text = translate(
        "Jobs",
        "A job is still running in the background ({label}). Cancel it and close? Nothing half-written is "
        "kept.",
    ).format(label=jobs[0].label)
    answer = QMessageBox.question(
        window,
        translate("Jobs", "Close"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    cancel_all()
    return True
