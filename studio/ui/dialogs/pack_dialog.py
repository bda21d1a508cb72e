"""The variant pack dialog: which variants, where, at what frame rate, zipped or not; then writes the packs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from studio.exports.pack import PackResult, default_fps, pack_variants
from studio.ui.document import DocumentController

log = logging.getLogger(__name__)


class PackDialog(QDialog):
    """Ask for the variant(s), the output folder, the frame rate and whether to zip; OK writes the packs."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.written: list[PackResult] = []
        self.setWindowTitle(self.tr("Variant pack for the editor"))
        self.variant_box = QComboBox(self)
        self.variant_box.addItem(self.tr("All variants"), None)
        for variant in doc.script.variants:
            self.variant_box.addItem(variant.name, variant.id)
        self.variant_box.setCurrentIndex(doc.script.variants.index(doc.variant) + 1)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setText(str(Path(doc.pf.path).parent))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.fps_box = QSpinBox(self)
        self.fps_box.setRange(1, 120)
        self.fps_box.setValue(default_fps(doc.project))
        self.fps_box.setSuffix(self.tr(" fps"))
        self.zip_box = QCheckBox(self.tr("Also make a zip file of each pack"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Variant"), self.variant_box)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Frame rate"), self.fps_box)
        form.addRow(self.zip_box)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the packs"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def selected_variants(self) -> list:
        """The variants the dialog will pack."""
        key = self.variant_box.currentData()
        if key is None:
            return list(self.doc.script.variants)
        return [v for v in self.doc.script.variants if v.id == key]

    def accept(self) -> None:
        """Write the packs; on failure say why and stay open (nothing half-made is left)."""
        from studio.exports.common import ExportError

        folder = Path(self.folder_edit.text())
        if not folder.is_dir():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The folder does not exist."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written = pack_variants(
                self.doc.project, self.doc.script, self.selected_variants(), self.doc.pf.frame_bytes, folder,
                fps=self.fps_box.value(), make_zip=self.zip_box.isChecked(),
            )  # fmt: skip
        except (ExportError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            log.warning("pack failed: %s", exc)
            QMessageBox.warning(self, self.windowTitle(), self.tr("The pack could not be written: {detail}").format(
                detail=getattr(exc, "detail", "") or str(exc)))  # fmt: skip
            return
        QApplication.restoreOverrideCursor()
        super().accept()
