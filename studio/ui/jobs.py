"""Long work (exports, packs) in a worker thread, with a progress dialog that moves and can cancel.

The writers below ui/ report progress through a ``progress(done, total)`` callback. Here that callback
runs in the worker: it passes the figures to the window (a queued signal) and, once the user has
pressed Cancel, raises :class:`Cancelled` inside the writer, whose own clean-up (temp file, part
folder) then leaves nothing half-written. Meanwhile the window keeps painting; the progress dialog is
window-modal, so the document cannot be edited while the worker reads it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Result = TypeVar("Result")


class Cancelled(Exception):
    """The user pressed Cancel; raised inside the work at its next progress report."""


class Job(QObject):
    """One piece of work run in a Python thread; its signals reach the window's thread queued."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self._cancel = threading.Event()
        self.worker = threading.Thread(target=self._run, name="studio-job", daemon=True)

    def start(self) -> None:
        """Begin the work in its thread."""
        self.worker.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once Cancel was asked for."""
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        # The last report comes once the work is written: too late to take back, so it completes.
        if self._cancel.is_set() and done < total:
            raise Cancelled
        self.progressed.emit(int(done), int(total))

    def _run(self) -> None:
        try:
            result = self.work(self._report)
        except BaseException as exc:  # handed to the window's thread, which words it
            if not isinstance(exc, Cancelled):
                log.info("background work failed: %r", exc)
            self.failed.emit(exc)
        else:
            self.done.emit(result)


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[Progress], Result]) -> Result:
    """Run ``work(progress)`` in the background behind a cancellable progress dialog; return its result.

    The window's event loop keeps running meanwhile. Raises :class:`Cancelled` when the user cancelled,
    or whatever the work raised.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job = Job(work)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def progressed(done: int, total: int) -> None:
        if total > 0 and not job.cancelled:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    def cancel() -> None:
        if "result" in outcome or "error" in outcome:
            return  # closing a finished job's dialog says canceled too
        job.cancel()
        # Qt hides a cancelled progress dialog; keep it up (and the window locked) until the work has stopped.
        dialog.setLabelText(QCoreApplication.translate("Jobs", "Cancelling… nothing half-written is kept."))
        dialog.show()

    job.progressed.connect(progressed)
    job.done.connect(lambda result: finish("result", result))
    job.failed.connect(lambda exc: finish("error", exc))
    dialog.canceled.connect(cancel)
    job.start()
    loop.exec()
    job.worker.join()
    dialog.close()
    dialog.deleteLater()
    # The slots above hold ``outcome`` (and so the result) for as long as the job lives in Qt.
    for signal in (job.progressed, job.done, job.failed, dialog.canceled):
        signal.disconnect()
    job.deleteLater()
    if "error" in outcome:
        raise outcome.pop("error")
    result: Result = outcome.pop("result", None)
    return result
