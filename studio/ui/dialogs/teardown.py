"""Tear down a reference video from the window, and study it beside your own script.

The teardown runs in a child process while the window stays usable, its line in the status bar naming
the step, with Cancel; the result joins the project it was started from as a reference script (one undo
step). The side-by-side dialog aligns
the reference's shots with the user's script beat by beat, compares the two rhythm profiles, and
can start a new script on the reference's skeleton (never its words or pictures).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.models.vocab import label
from studio.teardown import reference_compare
from studio.ui.views.view_common import ui_lang
from studio.wording import say

if TYPE_CHECKING:
    from studio.models.entities import Script
    from studio.teardown.run import Result
    from studio.ui.background_jobs import BackgroundJob
    from studio.ui.document_controller import DocumentController as Document

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

VIDEO_FILTER = "*.mp4 *.mov *.m4v *.webm *.mkv *.avi"


def _step_names() -> dict[str, str]:
    return {
        "decode": translate("Teardown", "Decoding and finding cuts"),
        "words": translate("Teardown", "Reading captions and on-screen text"),
        "sound": translate("Teardown", "Listening for speech, music and beats"),
        "structure": translate("Teardown", "Guessing beats and rhythm"),
    }


def run_teardown(owner: QWidget | None, video: Path, done: Callable[[QWidget | None, Result], None],
                 failed: Callable[[QWidget | None, BaseException], None]) -> BackgroundJob:  # fmt: skip
    """Tear ``video`` down in a child process, its line in the status bar naming the step, with Cancel;
    then ``done(window, result)`` or ``failed(window, error)`` in the window open then (nothing after
    Cancel). The decoder and the OCR engine never load in the window's process; Cancel kills them."""
    from studio.teardown.child_job import step_at, teardown_job
    from studio.ui import background_jobs

    names = _step_names()

    def line_label(step: str) -> str:
        return translate("Teardown", "Tearing down {name}: {step}").format(
            name=Path(video).name, step=names.get(step, step)
        )

    doc = getattr(owner, "doc", None)  # the window showing the project it joins
    assert doc is not None, "a teardown is started from a window showing a project"
    job = background_jobs.start(owner, line_label("decode"), [], done, failed, teardown_job, doc.project,
                                doc.pf.path, Path(video), kind="teardown", as_of=False)  # fmt: skip
    job.job.progressed.connect(lambda d, t: job.relabel(line_label(step_at(d, t))))
    return job


def add_to_document(doc: Document, result: Result) -> Script:
    """Add the teardown to the open project as a reference script: one undo step."""
    from studio.teardown.project import prepared

    p = doc.project
    script, frames, blobs, settings = prepared(p, result.teardown, result.samples)
    text = translate("Teardown", "Tear down a video")
    # The pictures' bytes go into the file in the same transaction as the step that shows them.
    with doc.macro(text):
        for digest in frames:
            doc.pf.store_frame_bytes(digest, blobs[digest])
        doc.add_script(script, text, frames=frames.values(), fields=[(p, "settings", settings)])
    return script


def _error_text(exc: BaseException) -> str:
    from studio.teardown.errors import TeardownError

    if isinstance(exc, TeardownError):
        words = {
            "missing": translate("Teardown", "The file is not there any more."),
            "unreadable": translate(
                "Teardown", "This is not a video Studio can read. Try an MP4, MOV or WebM file."
            ),
            "no_video": translate(
                "Teardown", "This file has sound but no picture; a teardown needs a video."
            ),
            "too_long": translate(
                "Teardown", "The video is longer than 30 minutes. Cut the part you want to study first."
            ),
            "empty": translate(
                "Teardown", "No frame of this video could be decoded. Try another copy of it."
            ),
        }
        return words.get(exc.key, str(exc))
    return translate("Teardown", "The teardown stopped: %1").replace("%1", str(exc))


def tear_down_video(w: Any, video: str | Path | None = None) -> BackgroundJob | None:
    """The window's action: pick a video and tear it down in the background; once done, add it as a reference
    (one undo step) and show it beside your script. The job, or None when no video was chosen."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    if video is None:
        name, _ = QFileDialog.getOpenFileName(
            w,
            translate("Teardown", "Tear Down a Video"),
            str(Path(w.doc.pf.path).parent),
            translate("Teardown", "Videos") + f" ({VIDEO_FILTER})",
        )
        if not name:
            return None
        video = name
    doc: Document = w.doc

    def done(window: Any, result: Result) -> None:
        # Added to the project it was started from, in the window showing it now (it may have been rebuilt).
        if window is None or getattr(window, "doc", None) is not doc:
            log.info("teardown of %s ended after its project was closed", video)
            return
        script = add_to_document(doc, result)
        window.show_message(
            translate(
                "Teardown", "Added the teardown “%1” as a reference script; Undo takes it back."
            ).replace("%1", script.title)
        )
        dialog = TeardownDialog(doc, script, window)
        dialog.show()
        window._teardown_dialog = dialog  # kept alive while open

    def failed(window: Any, exc: BaseException) -> None:  # worded for the user; the project is untouched
        log.info("teardown failed: %r", exc)
        QMessageBox.warning(window, translate("Teardown", "Tear Down a Video"), _error_text(exc))

    return run_teardown(w, Path(video), done, failed)


def show_side_by_side(w: Any) -> TeardownDialog | None:
    """Open the side-by-side view of the current script if it is a teardown, else of the newest teardown."""
    refs = reference_compare.references(w.doc.project)
    if not refs:
        w.show_message(
            translate("Teardown", "No teardown in this project yet: use File › Tear Down a Hit Video… first.")
        )
        return None
    current = w.doc.script
    reference = current if current in refs else refs[-1]
    dialog = TeardownDialog(w.doc, reference, w)
    dialog.show()
    w._teardown_dialog = dialog
    return dialog


def _seconds(value: float | None) -> str:
    return "" if value is None else translate("Teardown", "%1 s").replace("%1", f"{value:.1f}")


class TeardownDialog(QDialog):
    """A reference script beside the user's own: beats aligned, profiles compared, a skeleton to start from."""

    def __init__(self, doc: Document, reference: Script, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.reference = reference
        self.setWindowTitle(self.tr("Teardown: %1").replace("%1", reference.title))
        self.resize(1200, 680)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare with:")))
        self.own_box = QComboBox()
        top.addWidget(self.own_box, 1)
        self.start_button = QPushButton(self.tr("Start a Script from This Structure"))
        self.start_button.setToolTip(
            self.tr("Copies the beats, shot lengths and sizes; never the reference's words or pictures.")
        )
        self.start_button.clicked.connect(self.start_script)
        top.addWidget(self.start_button)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        self.rows = QTableWidget(0, 6)
        self.rows.setHorizontalHeaderLabels([
            say("label.beat"), self.tr("Reference at"), say("label.length"), self.tr("Reference words (not ours)"),
            self.tr("Your length"), self.tr("Your words"),
        ])  # fmt: skip
        self.profile = QTableWidget(0, 3)
        self.profile.setHorizontalHeaderLabels(
            [self.tr("Measure"), self.tr("Reference"), self.tr("Your script")]
        )
        for table in (self.rows, self.profile):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.setWordWrap(True)
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.profile.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # room for the 5-second rhythm row without wrapping
            self.profile.setColumnWidth(column, 300)
        split.addWidget(self.rows)
        split.addWidget(self.profile)
        split.setSizes([420, 220])
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill_scripts()
        self.own_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def fill_scripts(self, select: Script | None = None) -> None:
        """The user's own scripts (not references) in the comparison box."""
        self.own_box.blockSignals(True)
        self.own_box.clear()
        for script in reference_compare.own_scripts(self.doc.project):
            self.own_box.addItem(script.title or self.tr("(untitled)"), script.id)
        if select is not None:
            self.own_box.setCurrentIndex(self.own_box.findData(select.id))
        self.own_box.blockSignals(False)

    def own(self) -> Script | None:
        """The script compared with the reference."""
        key = self.own_box.currentData()
        return next((s for s in self.doc.project.scripts if s.id == key), None)

    def refresh(self) -> None:
        """Fill both tables for the chosen script."""
        lang = ui_lang()
        own = self.own()
        rows = reference_compare.aligned(self.reference, own)
        self.rows.setRowCount(len(rows))
        for i, row in enumerate(rows):
            ref, mine = row.reference, row.own
            cells = [
                label(row.beat, lang),
                _seconds(ref.start) if ref else "",
                _seconds(ref.duration) if ref else "",
                ref.words if ref else "",
                _seconds(mine.duration) if mine else "",
                mine.words if mine else "",
            ]
            for c, text in enumerate(cells):
                self.rows.setItem(i, c, QTableWidgetItem(text))
        names = {
            "duration": self.tr("Running time"), "shots": say("label.shots"), "average": self.tr("Average shot"),
            "longest": self.tr("Longest shot"), "cuts_per_second": self.tr("Cuts per second"),
            "caption_cps": self.tr("Caption characters per second"), "hook": self.tr("Hook length"),
            "first_close_up": self.tr("First product close-up at"), "cuts_on_beat": self.tr("Cuts on the beat"),
            "tempo": self.tr("Music tempo (BPM)"), "cuts_over_time": self.tr("Cuts per second, 5 s by 5 s"),
            "hook_devices": self.tr("Hook devices"),
        }  # fmt: skip
        measures = reference_compare.compared(self.doc.project, self.reference, own)
        self.profile.setRowCount(len(measures))
        for i, (key, a, b) in enumerate(measures):
            for c, text in enumerate((names.get(key, key), self._value(key, a), self._value(key, b))):
                self.profile.setItem(i, c, QTableWidgetItem(text))
        self.rows.resizeRowsToContents()

    def _value(self, key: str, value: Any) -> str:
        if value is None:
            return "—"
        if key == "cuts_over_time":
            return " · ".join(f"{float(v):.1f}" for v in value) or "—"
        if key == "hook_devices":
            return ", ".join(self._device(str(d)) for d in value) or "—"
        if key in ("duration", "average", "longest", "hook", "first_close_up"):
            return _seconds(float(value))
        if key == "cuts_on_beat":
            return f"{float(value) * 100:.0f} %"
        if isinstance(value, float):
            return f"{value:.2f}"
        return str(value)

    def _device(self, name: str) -> str:
        names = {
            "description": say("teardown.device.description"), "question": say("teardown.device.question"),
            "number": say("teardown.device.number"), "conflict": say("teardown.device.conflict"), "price": say("teardown.device.price"),
        }  # fmt: skip
        return names.get(name, name)

    def start_script(self) -> None:
        """Add a script of your own on the reference's skeleton and compare it here."""
        from studio.teardown.project import reference_of, skeleton

        p = self.doc.project
        summary = reference_of(p, self.reference) or {}
        own = skeleton(self.reference, p.language, str(summary.get("source", "")))
        if not self.doc.add_script(own, self.tr("Start a script from a structure")):
            return
        self.doc.set_current(script=own)
        self.fill_scripts(own)
        self.refresh()
