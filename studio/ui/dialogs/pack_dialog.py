"""The variant pack dialog: which variants, where, zipped or not (a first, minimal version)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from studio.ui.document import DocumentController

log = logging.getLogger(__name__)


class PackDialog(QDialog):
    """Ask for the variant(s), the output folder and whether to zip."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Variant pack"))
        self.variant_box = QComboBox(self)
        self.variant_box.addItem(self.tr("All variants"), None)
        for variant in doc.script.variants:
            self.variant_box.addItem(variant.name, variant.id)
        self.folder_edit = QLineEdit(self)
        self.zip_box = QCheckBox(self.tr("Make a zip file"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Variant"), self.variant_box)
        form.addRow(self.tr("Folder"), self.folder_edit)
        form.addRow(self.zip_box)
        form.addRow(buttons)
