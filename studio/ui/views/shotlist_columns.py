"""The Shot list's columns as a user arranges them, and filters that arrow keys do not change.

Columns are hidden and shown from a menu on the header (and in the table's own context menu, for the
keyboard), reordered by dragging the header, and remembered per project file. The variants column is
the union list's: it comes and goes with that box, so it is not the user's to hide.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QComboBox, QMenu, QTableView, QWidget

from studio.ui.views.shotlist_model import COLUMN, COLUMNS

#: Columns the user may not hide: without the code a row cannot be told from its neighbours.
KEPT = ("code",)
#: The union list's column, shown by the union box, not by the user.
UNION = "variants"


class Columns(QObject):
    """Hide, show and reorder a shot table's columns; ``changed`` fires after each user change."""

    changed = Signal()

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.menu(table).exec(header.mapToGlobal(pos)))
        header.sectionMoved.connect(lambda *_: self.changed.emit())

    def menu(self, parent: QWidget) -> QMenu:
        """A menu with a tick per column and 'Show All Columns'."""
        menu = QMenu(self.tr("Columns"), parent)
        model = self.table.model()
        header = self.table.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            key = COLUMNS[logical][0]
            if key == UNION:
                continue
            act = menu.addAction(str(model.headerData(logical, Qt.Orientation.Horizontal) or key))
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(logical))
            act.setEnabled(key not in KEPT)
            act.toggled.connect(lambda on, col=logical: self.set_shown(col, on))
        menu.addSeparator()
        menu.addAction(self.tr("Show All Columns"), self.show_all)
        return menu

    def set_shown(self, column: int, shown: bool) -> None:
        """Show or hide one column."""
        self.table.setColumnHidden(column, not shown)
        self.changed.emit()

    def show_all(self) -> None:
        """Every column back, in the model's order."""
        header = self.table.horizontalHeader()
        for logical in range(header.count()):
            header.moveSection(header.visualIndex(logical), logical)
            if COLUMNS[logical][0] != UNION:
                self.table.setColumnHidden(logical, False)
        self.changed.emit()

    def state(self) -> str:
        """'order=code,beat,…;hidden=notes,…': the columns by key, as they are now."""
        header = self.table.horizontalHeader()
        order = [COLUMNS[header.logicalIndex(v)][0] for v in range(header.count())]
        hidden = [k for k, _ in COLUMNS if k != UNION and self.table.isColumnHidden(COLUMN[k])]
        return f"order={','.join(order)};hidden={','.join(hidden)}"

    def restore(self, text: str) -> None:
        """Put the columns as a saved :meth:`state` says; unknown or missing keys are left as they are."""
        parts = dict(p.partition("=")[::2] for p in text.split(";") if "=" in p)
        header = self.table.horizontalHeader()
        order = [k for k in parts.get("order", "").split(",") if k in COLUMN]
        for visual, key in enumerate(order):
            header.moveSection(header.visualIndex(COLUMN[key]), visual)
        hidden = {
            k for k in parts.get("hidden", "").split(",") if k in COLUMN and k != UNION and k not in KEPT
        }
        for key, _title in COLUMNS:
            if key != UNION:
                self.table.setColumnHidden(COLUMN[key], key in hidden)


def outline_current_cell(table: QTableView, event: QPaintEvent) -> None:
    """Draw a frame round the current cell: with whole rows selected, it is otherwise not to be seen."""
    index = table.currentIndex()
    if not index.isValid() or not table.hasFocus():
        return
    rect = table.visualRect(index)
    if not rect.isValid() or not event.rect().intersects(rect):
        return
    painter = QPainter(table.viewport())
    pen = QPen(table.palette().highlightedText().color(), 2)
    pen.setStyle(Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    painter.drawRect(rect.adjusted(1, 1, -2, -2))
    painter.end()


class ArrowsOpenPopup(QObject):
    """Up and Down on a filter box open its list instead of changing the filter under the user's eyes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QComboBox)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and not event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            watched.showPopup()
            return True
        return super().eventFilter(watched, event)
