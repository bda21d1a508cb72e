"""Preferences: the interface language (system, 简体中文, English)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from studio.ui.dialogs.buttons import ok_cancel
from studio.ui.settings import Settings


class PreferencesDialog(QDialog):
    """Edit the user's preferences; ``language_changed`` tells the caller to re-translate."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language_changed = False
        self.setWindowTitle(self.tr("Preferences"))
        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("Follow the system"), "")
        # Each language is named in itself so a user who cannot read the current one finds theirs.
        self.language_box.addItem("简体中文", "zh")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        note = QLabel(self.tr("The window is rebuilt in the new language; your work stays open."), self)
        note.setWordWrap(True)
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.language_box)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        """Store the choices."""
        lang = str(self.language_box.currentData())
        self.language_changed = lang != self.settings.language
        self.settings.language = lang
        super().accept()
