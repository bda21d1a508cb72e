"""Help: every menu action with its shortcut, and a short guide to how a selling video is built."""

from __future__ import annotations

import logging

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.ui.actiontext import BASE_TEXT, plain
from studio.ui.views.view_common import search_field
from studio.wording import say

log = logging.getLogger(__name__)


class ShortcutsDialog(QDialog):
    """A filterable table of the menus' actions and their keys."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = [(plain(str(a.property(BASE_TEXT) or a.text())),
                 a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                for a in actions if not a.shortcut().isEmpty()]  # fmt: skip
        self.filter = search_field(self.tr("Filter by action or key…"), self)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (text, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(text))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def _filter(self, text: str) -> None:
        needle = text.lower()
        for r in range(self.table.rowCount()):
            cells = " ".join((item.text() if (item := self.table.item(r, c)) else "").lower() for c in (0, 1))
            self.table.setRowHidden(r, needle not in cells)


class StructureGuide(QDialog):
    """The five beats of a selling video and the rules the guide checks, in the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How a Selling Video Is Built"))
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def html(self) -> str:
        """The guide as rich text."""
        beats = [
            (self.tr("Hook"), self.tr("0–3 s"),
             self.tr("Grab attention inside the first 3 seconds: a suspense line, a conflict, a striking "
                     "product shot, a pain question, a price or a scene the viewer recognises.")),
            (say("vocab.beat_kind.pain"), self.tr("after the hook"),
             self.tr("Show one concrete pain on screen, e.g. night owls' dull skin.")),
            (say("vocab.beat_kind.solution"), self.tr("the middle"),
             self.tr("The product as the answer, demonstrated in a real scene.")),
            (say("vocab.beat_kind.proof"), self.tr("inside the middle"),
             self.tr("Before and after, a comparison, lab data or a real user.")),
            (say("label.cta"), self.tr("last 5 s"),
             self.tr("Say exactly what to do: tap the link below for a coupon, comment 1 for the formula.")),
        ]  # fmt: skip
        rows = "".join(
            f"<tr><td><b>{name}</b></td><td>{when}</td><td>{what}</td></tr>" for name, when, what in beats
        )
        tips = [
            self.tr(
                "Write each beat on its card in the Write tab; the gauge shows its time against the budget."
            ),
            self.tr(
                "Try another way to play a beat with “+ Alternative”; a variant picks one alternative per beat."
            ),
            self.tr(
                "Test one thing at a time: variants that differ in the hook only tell you which hook works."
            ),
            self.tr("The timeline marks the 3-second hook line and the CTA window (the last 5 seconds)."),
            self.tr("Keep captions and buttons inside the safe area: View ▸ Show the Covered Area."),
            self.tr("Ctrl+K finds any action, shot, beat, variant or creator by typing."),
        ]
        items = "".join(f"<li>{tip}</li>" for tip in tips)
        heading, studio = self.tr("Five beats"), self.tr("In Studio")
        beat, where, what = say("label.beat"), self.tr("Where"), self.tr("What it does")
        return (
            f"<h3>{heading}</h3><table cellpadding='4'><tr><th align='left'>{beat}</th>"
            f"<th align='left'>{where}</th><th align='left'>{what}</th></tr>"
            f"{rows}</table><h3>{studio}</h3><ul>{items}</ul>"
        )
