"""Long work in the background: a worker thread (:class:`Job`) or a child process (:class:`ProcessJob`).

Every job that may take longer than a moment runs while the user goes on working, shown by its line in
the status bar with Cancel (studio.ui.background_jobs): exports, packs, the review files, the Excel
import, teardowns, and the opening of a project (studio.ui.app.ProjectOpening).

In a thread, the work's ``progress(done, total)`` callback passes the figures to the window (a queued
signal) and, once the user has pressed Cancel, raises :class:`Cancelled` inside the work, whose own
clean-up (temp file, part folder) then leaves nothing half-written. That suits work that is mostly
Python (which hands the GIL to the window every few milliseconds), not work inside C calls that keep
the GIL for hundreds of milliseconds (Pillow's PNG encoder, zlib, lxml): packs and exports go to a
child process from a snapshot of the project, report through a pipe the window polls, and are killed
on Cancel, after which the parts they had made are removed. Meanwhile the window keeps painting.
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from studio.exports.child import ChildRun

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user pressed Cancel; raised inside the work at its next progress report."""


class CancelFlag:
    """Cancel, asked for in the window's thread and seen by the work, in its own, at its next progress report.

    A mixin put before the Qt class, whose ``__init__`` the job calls first and this one's after it.
    """

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once Cancel was asked for."""
        return self._cancel.is_set()


#: How long the interpreter's exit waits for a job's thread to reach its next progress report and stop.
EXIT_WAIT_S = 20.0

#: The threads of jobs still running, with the cancel flag of each (stopped and joined at exit).
_LIVE: dict[threading.Thread, threading.Event] = {}


@atexit.register
def _stop_at_exit() -> None:
    """Cancel every job's thread and wait for it to stop, before the interpreter ends.

    A teardown's OCR engine (onnxruntime) keeps threads of its own in C++; when the interpreter ends while
    it reads, their destruction calls std::terminate and the app aborts on quit (see
    studio.ui.views.picture_reader). A cancelled job stops at its next progress report.
    """
    for cancel in list(_LIVE.values()):
        cancel.set()
    for thread in list(_LIVE):
        thread.join(EXIT_WAIT_S)


class Job(CancelFlag, QObject):
    """One piece of work run in a Python thread; its signals reach the window's thread queued."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        QObject.__init__(self, parent)
        CancelFlag.__init__(self)
        self.work = work
        self.worker = threading.Thread(target=self._run, name="studio-job", daemon=True)

    def start(self) -> None:
        """Begin the work in its thread."""
        _LIVE[self.worker] = self._cancel
        self.worker.start()

    def _report(self, done: int, total: int) -> None:
        # The last report comes once the work is written: too late to take back, so it completes.
        if self._cancel.is_set() and done < total:
            raise Cancelled
        self.progressed.emit(int(done), int(total))

    def _run(self) -> None:
        try:
            try:
                result = self.work(self._report)
            except BaseException as exc:  # handed to the window's thread, which words it
                if not isinstance(exc, Cancelled):
                    log.info("background work failed: %r", exc)
                self.failed.emit(exc)
            else:
                self.done.emit(result)
        except RuntimeError:  # the job was deleted with the application, at exit: nobody to tell
            log.info("a job ended after the application")
        finally:
            _LIVE.pop(self.worker, None)

    def wait(self) -> None:
        """Return once the worker has ended."""
        self.worker.join()


class ProcessJob(CancelFlag, QObject):
    """One export or pack run in a child process; the window's thread polls its pipe (never waits on it)."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)
    #: How often the pipe is looked at, in ms.
    POLL_MS = 25

    def __init__(self, run: ChildRun, parent: QObject | None = None) -> None:
        QObject.__init__(self, parent)
        CancelFlag.__init__(self)
        self.run = run
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._killer: threading.Thread | None = None

    def start(self) -> None:
        """Start the child and begin listening to it."""
        self.run.start()
        self._timer.start()

    def cancel(self) -> None:
        """Kill the child now; its parts are removed in a thread, then ``failed(Cancelled)`` follows."""
        if self._cancel.is_set():
            return
        self._cancel.set()
        self._timer.stop()

        def kill() -> None:
            try:
                self.run.kill()
            finally:
                self.failed.emit(Cancelled())

        self._killer = threading.Thread(target=kill, name="studio-export-cancel", daemon=True)
        self._killer.start()

    def _poll(self) -> None:
        for message in self.run.messages():
            kind = message[0]
            if kind == "progress":
                self.progressed.emit(message[1], message[2])
            elif kind == "done":
                self._timer.stop()
                self.done.emit(message[1])
            elif kind == "error":
                self._timer.stop()
                if not isinstance(message[1], Cancelled):
                    log.info("background work failed: %r", message[1])
                self.failed.emit(message[1])

    def wait(self) -> None:
        """Return once the clean-up of a cancelled child has ended."""
        if self._killer is not None:
            self._killer.join()


class AnyJob(Protocol):
    """A :class:`Job` or a :class:`ProcessJob`: what a job line drives."""

    progressed: Any
    done: Any
    failed: Any

    def start(self) -> None: ...
    def cancel(self) -> None: ...
    def wait(self) -> None: ...
    def deleteLater(self) -> None: ...  # Qt's name
    @property
    def cancelled(self) -> bool: ...
