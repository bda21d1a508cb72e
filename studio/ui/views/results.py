"""The Results view: ad results per variant (a first, minimal version)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from studio.models.entities import RESULT_COUNTS
from studio.ui.document import DocumentController

log = logging.getLogger(__name__)


class ResultsView(QWidget):
    """Variants × metrics of the current script."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.table = QTableWidget(self)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        doc.changed.connect(lambda _change: self.refresh())
        doc.reset.connect(self.refresh)
        doc.currentChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the table from the document."""
        variants = self.doc.script.variants
        self.table.setRowCount(len(variants))
        self.table.setColumnCount(len(RESULT_COUNTS))
        self.table.setVerticalHeaderLabels([v.name for v in variants])
        self.table.setHorizontalHeaderLabels(list(RESULT_COUNTS))
        for row, variant in enumerate(variants):
            result = self.doc.project.results.get(variant.id)
            for col, name in enumerate(RESULT_COUNTS):
                value = getattr(result, name) if result else ""
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
