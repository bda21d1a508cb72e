"""GuidePanel: live findings from the guide."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studio.ui.document import DocumentController

log = logging.getLogger(__name__)


class GuidePanel(QWidget):
    """Shows live findings from the guide."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("GuidePanel"), self))
