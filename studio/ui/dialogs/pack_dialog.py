"""The variant pack dialog: which variants, where, at what frame rate, zipped or not; then writes the packs."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from studio.exports.common import default_fps
from studio.exports.pack import PackResult
from studio.models.entities import Variant
from studio.models.rates import FrameRate, FrameRateError
from studio.ui.dialogs.buttons import path_row
from studio.ui.document_controller import DocumentController
from studio.wording import say

if TYPE_CHECKING:
    from studio.ui.background_jobs import BackgroundJob

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: The rates offered in the list; any other whole rate can be typed.
COMMON_RATES = ("23.976", "24", "25", "29.97", "30", "50", "59.94", "60")


class PackDialog(QDialog):
    """Ask for the variant(s), the output folder, the frame rate and whether to zip; OK writes the packs."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        #: The packs written, once the job started by :meth:`accept` has ended (it runs on after the dialog).
        self.written: list[PackResult] = []
        #: The pack under way in the background, once started.
        self.job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Variant pack for the editor"))
        self.variant_box = QComboBox(self)
        self.variant_box.addItem(self.tr("All variants"), None)
        for variant in doc.script.variants:
            self.variant_box.addItem(variant.name, variant.id)
        self.variant_box.setCurrentIndex(doc.script.variants.index(doc.variant) + 1)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setText(str(Path(doc.pf.path).parent))
        folder_row = path_row(self, self.folder_edit, self.tr("Choose…"), self._browse)
        self.fps_box = QComboBox(self)
        self.fps_box.setEditable(True)
        self.fps_box.addItems(COMMON_RATES)
        self.fps_box.setCurrentText(default_fps(doc.project).label)
        self.fps_box.setToolTip(self.tr("Frames per second; 29.97 and 59.94 use drop-frame timecode"))
        self.media_root_edit = QLineEdit(self)
        self.media_root_edit.setPlaceholderText(self.tr("Optional, e.g. D:\\Edit or /Volumes/Edit"))
        self.media_root_edit.setToolTip(
            self.tr("Where the editor will keep the packs; the XML timelines point there. "
                    "Each pack also has a relink script for any other place.")
        )  # fmt: skip
        self.zip_box = QCheckBox(self.tr("Also make a zip file of each pack"), self)
        self.animatic_box = QCheckBox(self.tr("Put an animatic video (MP4) in each pack"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(say("label.variant"), self.variant_box)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Frame rate"), self.fps_box)
        form.addRow(self.tr("Editor's folder"), self.media_root_edit)
        form.addRow(self.zip_box)
        form.addRow(self.animatic_box)
        form.addRow(buttons)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the packs"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def selected_variants(self) -> list[Variant]:
        """The variants the dialog will pack."""
        key = self.variant_box.currentData()
        if key is None:
            return list(self.doc.script.variants)
        return [v for v in self.doc.script.variants if v.id == key]

    def accept(self) -> None:
        """Start writing the packs in the background and close; refuse what cannot be packed first (said,
        the dialog stays open). Their place is told when they are written."""
        from studio.exports.common import ExportError
        from studio.exports.pack import check_pack

        self.job = None
        folder = Path(self.folder_edit.text())
        if folder.exists() and not folder.is_dir():
            QMessageBox.warning(self, self.windowTitle(), self.tr("This is a file, not a folder."))
            return
        try:
            rate = FrameRate.parse(self.fps_box.currentText())
        except FrameRateError:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Not a frame rate: use a whole number from 1 to 120, or 23.976, 29.97, 59.94."))  # fmt: skip
            return
        from studio.ui import background_jobs

        if background_jobs.refuse_busy(self, self.windowTitle(), [folder]):
            return
        variants = self.selected_variants()
        options: dict[str, Any] = {"fps": rate, "make_zip": self.zip_box.isChecked(), "animatic": self.animatic_box.isChecked(),
                   "media_root": self.media_root_edit.text().strip() or None}  # fmt: skip
        try:  # what would refuse the whole pack is said here, the dialog still open to change it
            check_pack(
                self.doc.project, self.doc.script, variants, folder, options["make_zip"], options["animatic"]
            )
        except ExportError as exc:
            self._tell_failure(self, exc)
            return
        from studio.exports import child

        # In a child process, from a snapshot of the project taken now: Pillow and zlib keep the GIL for long
        # stretches, which in a thread of this process froze the window; edits made meanwhile are not packed.
        self.job = background_jobs.start(self.parentWidget() or self, self.tr("Writing the packs…"), [folder],
                                         self._done, self._tell_failure, child.pack_job, self.doc.project,
                                         self.doc.pf.path, self.doc.script.id, [v.id for v in variants], folder,
                                         **options)  # fmt: skip
        super().accept()

    def _done(self, window: QWidget | None, written: list[PackResult]) -> None:
        """The packs are written: say where (in the window open now)."""
        from studio.ui.dialogs.export import tell_exported

        if shiboken6.isValid(self):
            # The results name the snapshot's variants: give them the document's own.
            by_id = {v.id: v for v in self.doc.script.variants}
            self.written = [replace(r, variant=by_id.get(r.variant.id, r.variant)) for r in written]
        tell_exported(window, [r.zip_path or r.folder for r in written])

    def _tell_failure(self, window: QWidget | None, exc: BaseException) -> None:
        """Say why the packs were not written, in the user's language (nothing half-made is left)."""
        from studio.exports.common import ExportError

        title = translate("PackDialog", "Variant pack for the editor")
        log.warning("pack failed: %s", exc)
        if isinstance(
            exc, ExportError
        ):  # in words of its own: two variants on one name, a full disk, too long
            import studio.ui.dialogs.export  # noqa: F401  (registers the exports' sentences)
            from studio.exports.names import OutputCollisionError
            from studio.ui import error_messages

            if isinstance(exc, OutputCollisionError):  # the pack's own way forward: rename, then pack again
                line = say("pack.collision", path=exc.path, first=exc.first, second=exc.second)
                QMessageBox.warning(window, title, say("sentence.end", text=line))
                return
            error_messages.show_error(window, exc, title)
            return
        QMessageBox.warning(window, title, translate("PackDialog", "The pack could not be written: {detail}").format(
            detail=getattr(exc, "detail", "") or str(exc)))  # fmt: skip
