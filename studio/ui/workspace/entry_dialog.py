"""Keep a new entry in the team library: a signature shot, a line or a banned word, with why it is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from studio.ui.dialogs.buttons import ok_cancel
from studio.wording import say
from studio.workspace.facts import LibraryEntry


class LibraryEntryDialog(QDialog):
    """The kind, the text, which beat it is for and the evidence; OK only with some text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep in the Team Library"))
        self.kind = QComboBox(self)
        for kind, text in (("signature_shot", self.tr("Signature shot (the brand's opening, end card…)")),
                           ("win_line", say("team.library.win_line")), ("lose_line", say("team.library.lose_line")),
                           ("banned_word", say("team.library.banned_word"))):  # fmt: skip
            self.kind.addItem(text, kind)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("The line, the shot's description or the word"))
        self.beat = QComboBox(self)
        for key, text in (("", self.tr("Any beat")), ("hook", self.tr("Hook")), ("cta", self.tr("CTA"))):
            self.beat.addItem(text, key)
        self.evidence = QLineEdit(self)
        self.evidence.setPlaceholderText(self.tr("Why: results, the client's rule…"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Text:"), self.text)
        form.addRow(self.tr("&Beat:"), self.beat)
        form.addRow(self.tr("&Evidence:"), self.evidence)
        self.buttons = ok_cancel(self)
        form.addRow(self.buttons)
        self.text.textChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.text().strip()))

    def entry(self) -> LibraryEntry:
        """The entry as typed, by this account, now."""
        from studio.workspace.library import new_entry

        return new_entry(str(self.kind.currentData()), self.text.text(), self.evidence.text().strip(),
                         str(self.beat.currentData()))  # fmt: skip
