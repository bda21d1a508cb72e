"""The shot list's item model: the current cut or the union shoot list as table rows."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from studio.models.changes import Op
from studio.models.entities import Alternative, Beat, Change, Shot, Variant
from studio.models.enums import Angle, CameraMove, Setting, ShotSize, ShotStatus, TimeOfDay
from studio.models.errors import ModelError
from studio.models.ops import coerce
from studio.models.timeline import cut, format_timecode, union
from studio.models.vocab import label
from studio.ui.document_controller import DocumentController
from studio.ui.refresher import Refresher, nothing_later
from studio.ui.views.view_common import beat_title, ui_lang
from studio.wording import say

log = logging.getLogger(__name__)

MIME_SHOTS = "application/x-studio-shot-ids"
Index = QModelIndex | QPersistentModelIndex

#: Columns in order: (key, header source text). Keys that are Shot fields are editable.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", "No."),
    ("frame", "Frame"),
    ("beat", "Beat"),
    ("start", "Start"),
    ("duration_ds", "Duration (s)"),
    ("shot_size", "Shot size"),
    ("camera_move", "Camera move"),
    ("angle", "Angle"),
    ("lens", "Lens"),
    ("setting", "Int./ext."),
    ("time_of_day", "Day/night"),
    ("setup", "Set-up"),
    ("visual", "Visual"),
    ("voiceover", "Voice-over"),
    ("onscreen_text", "On-screen text"),
    ("sound", "Music / effects"),
    ("props", "Props"),
    ("location", "Location"),
    ("talent", "Talent"),
    ("status", "Status"),
    ("notes", "Notes"),
    ("variants", "Variants"),
)
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}
EDITABLE = {
    "code", "duration_ds", "shot_size", "camera_move", "angle", "lens", "setting", "time_of_day", "setup",
    "visual", "voiceover", "onscreen_text", "sound", "props", "location", "talent", "status", "notes",
}  # fmt: skip
ENUMS: dict[str, type[Enum]] = {
    "shot_size": ShotSize, "camera_move": CameraMove, "angle": Angle, "setting": Setting, "time_of_day": TimeOfDay,
    "status": ShotStatus,
}  # fmt: skip
#: The camera department's columns, hidden until shown from the column menu (most scripts leave them empty).
CAMERA_COLUMNS = ("angle", "lens", "setting", "time_of_day", "setup")
#: Role carrying the Shot object of a row.
ShotRole = Qt.ItemDataRole.UserRole + 1
#: Role carrying the Beat of a row (for filtering).
BeatRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Row:
    """One line of the shot list."""

    beat: Beat
    alt: Alternative
    shot: Shot
    start_ds: int
    variants: tuple[Variant, ...] = ()


class ShotTableModel(QAbstractTableModel):
    """Adapter from the document to a table; edits go through the undo stack."""

    def __init__(self, doc: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.union_mode = False
        self.thumbs: Any = None
        self.rows: list[Row] = []
        self._row_of: dict[str, int] = {}
        self._headers = {
            "code": self.tr("No."), "frame": self.tr("Frame"), "beat": say("label.beat"),
            "start": self.tr("Start"), "duration_ds": say("label.duration"),
            "shot_size": say("label.shot_size"), "camera_move": say("label.camera_move"),
            "angle": say("label.angle"), "lens": say("label.lens"), "setting": say("label.setting"),
            "time_of_day": say("label.time_of_day"), "setup": say("label.setup"),
            "visual": say("label.visual"), "voiceover": say("label.voiceover"),
            "onscreen_text": self.tr("On-screen text"), "sound": self.tr("Music / effects"),
            "props": say("label.props"), "location": say("label.location"), "talent": say("label.talent"),
            "status": say("label.status"), "notes": say("label.notes"), "variants": say("label.variants"),
        }  # fmt: skip
        self._rebuild()
        # Cells are patched at once as changes arrive; a restored document or another variant refreshes at once.
        self.refresher = Refresher(doc, self.refresh, None, nothing_later, self, on_change=self._on_change)

    # --- building --------------------------------------------------------------

    def _rebuild(self) -> None:
        script = self.doc.script
        if self.union_mode:
            t, rows = 0, []
            for u in union(script):
                rows.append(Row(u.beat, u.alt, u.shot, t, u.variants))
                t += u.shot.duration_ds
            self.rows = rows
        else:
            variant = self.doc.variant
            self.rows = [
                Row(ts.beat, ts.alt, ts.shot, ts.start_ds, (variant,)) for ts in cut(script, variant)
            ]
        self._row_of = {row.shot.id: i for i, row in enumerate(self.rows)}

    def refresh(self) -> None:
        """Rebuild every row from the document."""
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def set_union_mode(self, on: bool) -> None:
        """Show the shoot list of every variant (True) or the current variant's cut."""
        if on != self.union_mode:
            self.union_mode = on
            self.refresh()

    def _on_change(self, change: Change) -> None:
        t = change.target
        if change.op is Op.SET and isinstance(t, Shot):
            row = self._row_of.get(t.id)
            if row is None:
                return
            if change.field == "duration_ds":
                self._restart_times()
                first = self.index(row, 0)
                last = self.index(len(self.rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(first, last)
            else:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return
        if change.op in (Op.SET, Op.RESULTS) and not isinstance(t, (Beat, Variant)):
            return  # project settings, results, alternative notes: nothing shown here
        self.refresh()

    def _restart_times(self) -> None:
        t, rows = 0, []
        for row in self.rows:
            rows.append(Row(row.beat, row.alt, row.shot, t, row.variants))
            t += row.shot.duration_ds
        self.rows = rows

    # --- reading ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[COLUMNS[section][0]]  # the tooltip too: a narrow column elides its header
        return section + 1 if role == Qt.ItemDataRole.DisplayRole else None

    def row_for(self, shot_id: str) -> int | None:
        """The row showing a shot, if it is shown."""
        return self._row_of.get(shot_id)

    def total_ds(self) -> int:
        """Length of all rows in tenths of a second."""
        return sum(row.shot.duration_ds for row in self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == ShotRole:
            return row.shot
        if role == BeatRole:
            return row.beat
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row.shot, key)
        if role == Qt.ItemDataRole.DecorationRole and key == "frame" and row.shot.frame and self.thumbs:
            return self.thumbs.pixmap(row.shot.frame, "thumb", 48)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("visual", "voiceover", "onscreen_text", "notes"):
            return getattr(row.shot, key) or None
        if role == Qt.ItemDataRole.ToolTipRole and key not in ("frame", "start", "duration_ds"):
            return self._display(row, key) or None  # narrow columns elide: the whole text on hover
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("start", "duration_ds"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: Row, key: str) -> Any:
        shot = row.shot
        if key == "beat":
            return f"{beat_title(row.beat)} {row.alt.label}"
        if key == "start":
            return format_timecode(row.start_ds)
        if key == "duration_ds":
            return f"{shot.duration_ds / 10:.1f}"
        if key == "frame":
            return None
        if key == "variants":
            return ", ".join(v.name for v in row.variants)
        if key in ENUMS:
            return label(getattr(shot, key), ui_lang())
        return getattr(shot, key)

    @staticmethod
    def _edit_value(shot: Shot, key: str) -> Any:
        if key == "duration_ds":
            return shot.duration_ds / 10
        if key in ENUMS:
            value = getattr(shot, key)
            return value.value if value is not None else ""
        if key in EDITABLE:
            return getattr(shot, key)
        return None

    # --- editing ---------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = (
            base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if COLUMNS[index.column()][0] in EDITABLE and not self.doc.readonly:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = COLUMNS[index.column()][0]
        if key not in EDITABLE:
            return False
        shot = self.rows[index.row()].shot
        if key == "duration_ds":
            try:
                value = round(float(value) * 10)
            except (TypeError, ValueError):
                return False
        if value == self._edit_value(shot, key) or (key == "duration_ds" and value == shot.duration_ds):
            return False
        try:
            value = coerce(shot, key, value)
        except ValueError as exc:  # a value the cell cannot hold: the editor keeps the old one
            log.info("rejected edit of %s.%s: %s", shot.code, key, exc)
            return False
        try:
            self.doc.set_field(shot, key, value, self.tr("Edit {0}").format(self._headers[key]))
        except ModelError as exc:  # a rule of the model (a code another shot has): nothing changed; say why
            from PySide6.QtWidgets import QApplication

            from studio.ui.error_messages import show_error

            show_error(QApplication.activeWindow(), exc)
            return False
        return True

    # --- drag and drop ---------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_SHOTS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_SHOTS, json.dumps([self.rows[r].shot.id for r in rows]).encode("utf-8"))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_SHOTS) or self.doc.readonly:
            return False
        try:
            ids = json.loads(bytes(data.data(MIME_SHOTS).data()).decode("utf-8"))
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        from studio.ui.views.shotlist_ops import move_shots_to_row

        shots = [shot for shot in (self.doc.shot(i) for i in ids) if shot is not None]
        move_shots_to_row(self.doc, self, shots, row)
        # The move is done; returning False keeps the view from removing the dragged rows itself.
        return False


class ShotFilterModel(QSortFilterProxyModel):
    """Hides rows that do not match the chosen beat, location, talent or status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.beat_id: str | None = None
        self.location: str | None = None
        self.talent: str | None = None
        self.status: ShotStatus | None = None

    def set_filter(self, **values: Any) -> None:
        """Change one or more filters (beat_id, location, talent, status; None clears)."""
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def active(self) -> bool:
        """True when any filter hides rows."""
        return any(v is not None for v in (self.beat_id, self.location, self.talent, self.status))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ShotTableModel):
            return True
        row = model.rows[source_row]
        return (
            (self.beat_id is None or row.beat.id == self.beat_id)
            and (self.location is None or row.shot.location == self.location)
            and (self.talent is None or row.shot.talent == self.talent)
            and (self.status is None or row.shot.status == self.status)
        )
