"""The preview of a creators list import: who is added, who is updated, before anything changes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from studio.imports.talents_import import Preview
from studio.ui.views.talents_model import column_titles


class ImportPreviewDialog(QDialog):
    """Lists the creators an import adds (+) and updates (~) and the columns it read; Import applies it."""

    def __init__(self, plan: Preview, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from studio.models.talents import TALENT_FIELDS

        self.setWindowTitle(self.tr("Import creators from {source}").format(source=source))
        titles = dict(zip(TALENT_FIELDS, column_titles(), strict=True))
        summary = QLabel(
            self.tr("{added} to add, {updated} to update. Columns read: {columns}.").format(
                added=len(plan.added), updated=len(plan.updated),
                columns=self.tr(", ").join(titles[f] for f in plan.fields),
            ),
            self,
        )  # fmt: skip
        summary.setWordWrap(True)
        self.names = QListWidget(self)
        self.names.addItems([f"+ {n}" for n in plan.added] + [f"~ {n}" for n in plan.updated])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.names, 1)
        layout.addWidget(buttons)
        self.resize(420, 320)
