"""Snapshots: named versions inside the file — list, create, compare with now, restore."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.store import snapshots
from studio.store.errors import ProjectFileError
from studio.ui import error_messages
from studio.ui.document_controller import DocumentController
from studio.wording import say

log = logging.getLogger(__name__)


def _local(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


class SnapshotsDialog(QDialog):
    """Lists the snapshots of the open file and acts on the selected one."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(say("label.snapshots"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("Taken"), say("label.shots")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.compare_text = QTextBrowser(self)
        self.compare_text.setPlaceholderText(
            self.tr("Select a snapshot and press Compare to see what changed.")
        )
        self.create_button = QPushButton(self.tr("Take Snapshot…"), self)
        self.compare_button = QPushButton(self.tr("Compare with Now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.create_button.clicked.connect(self.create_snapshot)
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        row = QHBoxLayout()
        for button in (self.create_button, self.compare_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Versions saved inside this project file:"), self))
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(self.compare_text, 1)
        layout.addWidget(close)
        self.resize(640, 480)
        self.reload()

    def reload(self) -> None:
        """Read the list again from the file."""
        self.items = snapshots.list_snapshots(self.doc.pf)
        self.table.setRowCount(len(self.items))
        for r, snap in enumerate(reversed(self.items)):
            cells = (str(snap.id), snap.name, _local(snap.created), str(snap.summary.get("shots", "")))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self._update_buttons()

    def selected(self) -> snapshots.SnapshotInfo | None:
        """The snapshot of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return list(reversed(self.items))[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        writable = not self.doc.readonly
        self.create_button.setEnabled(writable)
        self.compare_button.setEnabled(has)
        self.restore_button.setEnabled(has and writable)

    def create_snapshot(self, name: str | None = None) -> None:
        """Save the current state under a name (asked for when not given)."""
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Take Snapshot"), self.tr("Name of this version:"),
                                            QLineEdit.EchoMode.Normal, "")  # fmt: skip
            if not ok:
                return
        try:
            snapshots.create(self.doc.pf, name.strip())
        except (ProjectFileError, OSError) as exc:
            error_messages.show_error(self, exc)
            return
        self.reload()
        self.table.selectRow(0)

    def compare_selected(self) -> None:
        """Show what changed between the selected snapshot and now."""
        snap = self.selected()
        if snap is None:
            return
        diff = snapshots.compare(snapshots.load(self.doc.pf, snap.id), self.doc.project)
        self.compare_text.setPlainText(self.describe(diff, snap.name))

    def describe(self, diff: snapshots.SnapshotDiff, name: str) -> str:
        """A readable summary of a comparison."""
        if diff.empty:
            return self.tr("No differences between “{name}” and now.").format(name=name)
        lines = [self.tr("From “{name}” to now:").format(name=name)]
        for title, items in (
            (say("review.compare.added"), diff.shots_added),
            (self.tr("Shots removed"), diff.shots_removed),
            (self.tr("Shots changed"), diff.shots_changed),
            (self.tr("Variants added"), diff.variants_added),
            (self.tr("Variants removed"), diff.variants_removed),
        ):
            if items:
                lines.append(f"• {title}: {', '.join(items)}")
        order = [v.name for script in self.doc.project.scripts for v in script.variants]
        rank = {name: i for i, name in enumerate(order)}
        for variant, (old, new) in sorted(diff.lengths.items(), key=lambda kv: rank.get(kv[0], len(rank))):
            before = "—" if old is None else say("label.seconds", n=f"{old:.1f}")
            after = "—" if new is None else say("label.seconds", n=f"{new:.1f}")
            lines.append("• " + self.tr("Length of {variant}: {old} → {new}").format(
                variant=variant, old=before, new=after))  # fmt: skip
        return "\n".join(lines)

    def restore_selected(self, confirm: bool = True) -> None:
        """Bring back the selected snapshot (the current state is kept as a snapshot first)."""
        snap = self.selected()
        if snap is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore Snapshot"),
                self.tr(
                    "Restore “{name}”? The current state is saved as a snapshot first, so nothing is lost."
                ).format(name=snap.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            restored = snapshots.load(self.doc.pf, snap.id)
            safety = snapshots.save_before_restore(self.doc.pf, snap.id)
        except (ProjectFileError, OSError, ValueError) as exc:
            error_messages.show_error(self, exc)
            return
        content = snapshots.with_frames_kept(self.doc.project, restored)
        step = self.tr("Restore “{name}”").format(name=snap.name)
        done = self.doc.restore(content, step)
        self.reload()
        if not done:
            return
        # The comparison shown was with the state before the restore; it no longer holds.
        self.compare_text.setPlainText(
            self.tr("Restored “{name}”. The state before it was kept as snapshot {number}.").format(
                name=snap.name, number=safety.id
            )
        )
