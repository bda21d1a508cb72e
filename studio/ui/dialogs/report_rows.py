"""The report import's rows as a Qt model (no widget per row), the variant picker drawn only while editing,
and the background job that reads and previews a report without blocking the window."""

from __future__ import annotations

import atexit
import contextlib
import gc
import logging
import sys
import threading
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from studio.imports.report_import import ReportError, RowPreview
from studio.ui.dialogs.report_words import how_text
from studio.ui.jobs import CancelFlag
from studio.wording import say

log = logging.getLogger(__name__)

#: Row-table columns.
ROW_LINE, ROW_NAME, ROW_VARIANT, ROW_HOW = range(4)
#: What the variant cell's editor holds for "no choice yet" (None leaves the row out).
UNCHOSEN = ""
_Index = QModelIndex | QPersistentModelIndex


class ReportRowsModel(QAbstractTableModel):
    """Every report row: its line, ad name, variant and why; the variant cell is edited with a picker.

    Words are made only for the rows a view asks about, so 100,000 rows cost a list, not widgets.
    """

    #: A row's line and what was chosen for it: a variant id, None (leave out) or "" (no choice).
    picked = Signal(int, object)

    def __init__(self, variants: Sequence[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: (variant id, name) in the script's order.
        self.variants = list(variants)
        self._names = dict(self.variants)
        self.rows: list[RowPreview] = []

    def set_rows(self, rows: list[RowPreview]) -> None:
        """Show a new preview's rows: in place when the count is unchanged (scroll and selection stay),
        else as a new list."""
        if len(rows) == len(self.rows) and rows:
            # A layout change, not dataChanged over every row: the view repaints what it shows, in O(1).
            self.layoutAboutToBeChanged.emit()
            self.rows = rows
            self.layoutChanged.emit()
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Row"), self.tr("Ad name"), say("label.variant"), self.tr("Match"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == ROW_VARIANT else base

    def variant_text(self, row: RowPreview) -> str:
        """The variant cell's words: the variant's name, or what the row still needs."""
        if row.how == "skipped":
            return self.tr("(leave this row out)")
        if row.variant_id is None:
            return self.tr("(choose a variant)")
        return self._names.get(row.variant_id, row.variant_id)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == ROW_LINE:
                return str(row.line)
            if col == ROW_NAME:
                return row.name
            if col == ROW_VARIANT:
                return self.variant_text(row)
            names = " / ".join(self._names.get(c, c) for c in row.candidates)
            return how_text(self, row.how, names)
        if role == Qt.ItemDataRole.EditRole and col == ROW_VARIANT:
            return None if row.how == "skipped" else row.variant_id or UNCHOSEN
        if role == Qt.ItemDataRole.ForegroundRole and row.variant_id is None and row.how != "skipped":
            return QBrush(QColor("#c0392b"))  # still needs a choice: seen at a glance among thousands
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != ROW_VARIANT or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        # Shown at once; the dialog re-checks the whole report in the background.
        if value == UNCHOSEN:
            pass
        elif value is None:
            row.variant_id, row.how = None, "skipped"
        elif value in self._names:
            row.variant_id, row.how = str(value), "picked"
        else:
            return False
        self.dataChanged.emit(index, self.index(index.row(), ROW_HOW))
        self.picked.emit(row.line, value)
        return True


class VariantDelegate(QStyledItemDelegate):
    """The variant cell's picker: a combo box made only while the cell is being edited."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        model = index.model()
        combo = QComboBox(parent)
        combo.addItem(self.tr("(choose a variant)"), UNCHOSEN)
        for vid, name in getattr(model, "variants", ()):
            combo.addItem(name, vid)
        combo.addItem(self.tr("(leave this row out)"), None)
        # One click chooses: commit as soon as an item is picked, not when focus leaves.
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class Cancelled(Exception):
    """Raised inside a job's progress callback once the job is cancelled: the work stops there."""


#: Jobs still running, kept alive here so closing a dialog never destroys a thread mid-run.
_RUNNING: set[ReportJob] = set()


@atexit.register
def _wait_for_jobs() -> None:
    """At exit, let cancelled jobs reach their next progress point (a thread must not outlive Python)."""
    for job in list(_RUNNING):
        job.cancel()
        job.wait()


_gc_lock = threading.Lock()
_gc_paused = 0
_switch = 0.005
#: A dialog closed while its job still ran (Cancel while reading): what the jobs made is garbage, so their
#: end gives everything back instead of freezing it for the rest of the session.
_release_asked = False


@contextlib.contextmanager
def quiet_collector(keep: Callable[[], bool] = lambda: True) -> Iterator[None]:
    """No full garbage collection while a job builds its rows, and none of them scanned afterwards
    (unless ``keep()`` says at the end that nothing it made is used: a cancelled job's rows are garbage).

    A 100,000-row report is a million small objects; each full collection over them held the
    interpreter for 65-190 ms, freezing the window. Reference counting still frees what dies; the
    rows are frozen out of the collector's scans until :func:`release_collector` when the dialog closes.
    """
    global _gc_paused, _switch, _release_asked
    with _gc_lock:
        _release_asked = False  # a dialog shows this job's rows: they are frozen when it ends
        if not _gc_paused:
            # The window's thread takes the interpreter back within 0.5 ms, not 5: painting rows calls
            # Python for every cell, and each call waited up to a whole interval behind the job.
            _switch = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch, 0.0005))
        _gc_paused += 1
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_paused -= 1
            if keep() and not _release_asked:
                gc.freeze()  # what the job made (and all else alive) leaves the scanned generations
            if not _gc_paused:
                if _release_asked:
                    gc.unfreeze()
                    _release_asked = False
                gc.enable()
                sys.setswitchinterval(_switch)


def release_collector() -> None:
    """Put frozen objects back under the collector (a closed dialog's rows are gone by then); asked while a
    job still runs (its dialog cancelled), the job's end does it: left to freeze, every object alive then
    stayed frozen for the rest of the session (a test worker met 1,125,451)."""
    global _release_asked
    with _gc_lock:
        if _gc_paused:
            _release_asked = True
        else:
            gc.unfreeze()


class ReportJob(CancelFlag, QThread):
    """Runs ``work(progress)`` in a thread; says how far it got, and what came out or went wrong.

    It has no parent: the dialog may close while it runs, and it ends on its own at the next progress
    point after :meth:`cancel`."""

    #: Each signal carries the job first, so a receiver can tell the newest run from overtaken ones.
    moved = Signal(object, int, int)
    finished_with = Signal(object, object)
    failed = Signal(object, object)

    def __init__(self, work: Callable[[Callable[[int, int], None]], object], path: str) -> None:
        QThread.__init__(self, None)
        CancelFlag.__init__(self)
        self.work, self.path = work, path
        self.finished.connect(lambda: _RUNNING.discard(self))

    def start_work(self) -> None:
        """Start the thread, kept alive until it ends."""
        _RUNNING.add(self)
        self.start()

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:  # nothing the work made is used
            raise Cancelled
        self.moved.emit(self, done, total)

    def run(self) -> None:
        try:
            with quiet_collector(keep=lambda: not self.cancelled):
                result = self.work(self._progress)
        except Cancelled:
            return
        except ReportError as exc:
            if not self.cancelled:
                self.failed.emit(self, exc)
            return
        except (MemoryError, RecursionError, OSError, ValueError) as exc:
            log.exception("reading a report failed")
            if not self.cancelled:
                self.failed.emit(self, ReportError("unreadable", self.path, detail=type(exc).__name__))
            return
        if not self.cancelled:
            self.finished_with.emit(self, result)
