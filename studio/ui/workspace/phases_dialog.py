"""The team's own campaign phases, added and removed from the Workspace window's calendar."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.workspace import phases as ph


class PhasesDialog(QDialog):
    """The team's phases listed (beside the built-in festivals), a form to add one and Remove; ``changed`` after each edit."""

    changed = Signal()

    def __init__(self, url: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Campaign Phases"))
        self.path = ph.phases_path(url)
        self.listing = QListWidget(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Brand day, Live-stream week"))
        self.start = QDateEdit(QDate.currentDate(), self)
        self.end = QDateEdit(QDate.currentDate(), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(self.tr("&Add Phase"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        note = QLabel(
            self.tr("618, Double 11, Double 12 and the New Year festival are always on the calendar."), self
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.listing, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.start.dateChanged.connect(lambda d: self.end.setDate(d) if self.end.date() < d else None)
        self.reload()

    def _say(self, exc: ph.PhaseError) -> str:
        f = exc.facts
        words = {
            "empty_name": self.tr("A phase needs a name: type one."),
            "end_before_start": self.tr("The phase ends before it starts: pick a later last day."),
            "too_long": self.tr("The phase is longer than a year: check the years."),
            "exists": self.tr("A phase named “%1” is already there: remove it first.").replace("%1", str(f.get("name", ""))),
            "bad_file": self.tr("The phases file %1 cannot be read (damaged?): fix or move it away; it was not changed.")
            .replace("%1", str(f.get("path", ""))),
        }  # fmt: skip
        return words.get(exc.code, self.tr("The phase was not changed: %1").replace("%1", exc.code))

    def reload(self) -> None:
        """List the phases in the file (a damaged file is named, and nothing can be added until it is fixed)."""
        self.listing.clear()
        try:
            phases = ph.load_phases(self.path)
        except ph.PhaseError as exc:
            self.message.setText(self._say(exc))
            self.add_button.setEnabled(False)
            self.remove_button.setEnabled(False)
            return
        for p in phases:
            item = QListWidgetItem(f"{p.start} – {p.end}  {p.name}")
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            self.listing.addItem(item)
        if not phases:
            self.listing.addItem(QListWidgetItem(self.tr("No phases of the team's own yet")))
        self.remove_button.setEnabled(bool(phases))

    def add(self) -> bool:
        """Add the phase in the form; False (and why, below) when refused: nothing changes then."""
        try:
            phase = ph.make_phase(self.name.text(), self.start.date().toString("yyyy-MM-dd"),
                                  self.end.date().toString("yyyy-MM-dd"))  # fmt: skip
            ph.add_phase(self.path, phase)
        except ph.PhaseError as exc:
            self.message.setText(self._say(exc))
            return False
        self.message.setText(self.tr("Added “%1”.").replace("%1", phase.name))
        self.name.clear()
        self.reload()
        self.changed.emit()
        return True

    def remove(self) -> bool:
        """Remove the selected phase."""
        item = self.listing.currentItem()
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not name:
            self.message.setText(self.tr("Pick a phase in the list first."))
            return False
        try:
            ph.remove_phase(self.path, str(name))
        except ph.PhaseError as exc:
            self.message.setText(self._say(exc))
            return False
        self.message.setText(self.tr("Removed “%1”.").replace("%1", str(name)))
        self.reload()
        self.changed.emit()
        return True
