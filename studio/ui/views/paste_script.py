"""Paste a whole voice-over script, preview its split into shots, apply it as one undo step."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.guide.rules.thresholds import resolve
from studio.guide.text import splitter
from studio.models.entities import Shot
from studio.models.enums import BeatKind
from studio.models.vocab import label
from studio.ui.document_controller import DocumentController
from studio.ui.views.view_common import BEAT_COLORS, seconds, ui_lang
from studio.wording import say

if TYPE_CHECKING:
    from studio.ui.views.write import WriteView

log = logging.getLogger(__name__)


class PasteScriptDialog(QDialog):
    """A text box for the whole voice-over and a live table of the shots it would become."""

    def __init__(self, doc: DocumentController, view: WriteView, parent: QWidget | None = None) -> None:
        super().__init__(parent or view)
        self.doc = doc
        self.view = view
        self.preview: splitter.SplitPreview | None = None
        self.setWindowTitle(self.tr("Paste a voice-over script"))
        self.resize(760, 620)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            self.tr(
                "Paste the whole voice-over here. Each sentence becomes a shot, timed at the speech rate."
            )
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([say("label.beat"), self.tr("Duration"), say("label.voiceover")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setWordWrap(False)
        self.total = QLabel(self)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Add after the shots already there"), "append")
        self.mode.addItem(self.tr("Replace the shots of the alternatives shown"), "replace")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        row.addWidget(self.mode)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 2)
        lay.addWidget(self.table, 3)
        lay.addLayout(row)
        lay.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.update_preview)
        self.text.textChanged.connect(self._timer.start)

    def update_preview(self) -> None:
        """Split the pasted text and show the proposed shots."""
        self._timer.stop()
        th = resolve(self.doc.project, self.doc.script)
        self.preview = splitter.split_script(self.text.toPlainText(), th)
        drafts = self.preview.shots
        self.table.setRowCount(len(drafts))
        lang = ui_lang()
        for i, draft in enumerate(drafts):
            combo = QComboBox(self.table)
            for kind in splitter.ORDER:
                combo.addItem(label(kind, lang), kind.value)
            combo.setCurrentIndex(splitter.ORDER.index(draft.kind))
            self.table.setCellWidget(i, 0, combo)
            self.table.setItem(
                i, 1, QTableWidgetItem(self.tr("%1 s").replace("%1", seconds(draft.duration_ds)))
            )
            text = QTableWidgetItem(draft.text)
            text.setForeground(self.palette().text())
            self.table.setItem(i, 2, text)
            number = QTableWidgetItem(str(i + 1))
            number.setForeground(QColor(BEAT_COLORS[draft.kind]))
            self.table.setVerticalHeaderItem(i, number)
        self.total.setText(
            self.tr("%1 shots · %2 s")
            .replace("%1", str(len(drafts)))
            .replace("%2", seconds(self.preview.total_ds))
        )
        self.apply_button.setEnabled(bool(drafts) and not self.doc.readonly)

    def chosen_plan(self) -> list[tuple[BeatKind, Shot]]:
        """The shots to insert with the beat picked for each row."""
        if self.preview is None:
            return []
        pairs = splitter.plan(self.preview)
        chosen = []
        for i, (kind, shot) in enumerate(pairs):
            combo = self.table.cellWidget(i, 0)
            if isinstance(combo, QComboBox):
                kind = BeatKind(combo.currentData())
            chosen.append((kind, shot))
        return chosen

    def apply(self) -> list[Shot]:
        """Insert the proposed shots as one undo step."""
        if self.preview is None or self._timer.isActive():
            self.update_preview()
        return self.view.apply_split(self.chosen_plan(), replace=self.mode.currentData() == "replace")

    def _accept(self) -> None:
        if self.apply():
            self.accept()
