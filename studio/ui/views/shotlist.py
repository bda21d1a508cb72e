"""The shot list: an editable, filterable table of the current cut or of the union shoot list."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.models.entities import Shot
from studio.models.enums import Angle, CameraMove, Setting, ShotSize, ShotStatus, TimeOfDay
from studio.models.timeline import format_timecode
from studio.models.vocab import label
from studio.ui.document_controller import DocumentController
from studio.ui.icons import icon
from studio.ui.refresher import Later
from studio.ui.views import shotlist_ops as sops
from studio.ui.views import text_marks
from studio.ui.views.shotlist_columns import ArrowsOpenPopup, Columns, outline_current_cell
from studio.ui.views.shotlist_delegates import DurationDelegate, EnumDelegate, MarkedTextDelegate
from studio.ui.views.shotlist_model import CAMERA_COLUMNS, COLUMN, ShotFilterModel, ShotRole, ShotTableModel
from studio.ui.views.text_marks import finding_marks, fixes_first
from studio.ui.views.view_common import beat_title, focus_hub, ui_lang
from studio.wording import say

if TYPE_CHECKING:
    from studio.ui.dialogs.printing import PrintScope
    from studio.ui.settings import Settings

log = logging.getLogger(__name__)


#: Starting column widths in pixels; the picture and the voice-over share what the window has left.
COLUMN_WIDTHS = {"code": 72, "frame": 44, "beat": 96, "start": 64, "duration_ds": 64, "shot_size": 72,
                 "camera_move": 64, "visual": 220, "voiceover": 220, "onscreen_text": 140, "sound": 120,
                 "props": 100, "location": 100, "talent": 90, "status": 80}  # fmt: skip

#: The columns that fill the table's width, and the least each gets before the table scrolls instead.
FILL = ("visual", "voiceover")
FILL_MIN = 160
#: The text columns whose flagged words are underlined.
MARKED_COLUMNS = ("visual", "voiceover", "onscreen_text", "sound", "props", "notes")


class ShotTable(QTableView):
    """A table where Enter starts editing the current cell (Tab moves on, as in a spreadsheet)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        outline_current_cell(self, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
        ) and self.edit(self.currentIndex(), QAbstractItemView.EditTrigger.EditKeyPressed, event):
            event.accept()
            return
        super().keyPressEvent(event)


class ShotListView(QWidget):
    """Shot list tab: filters, the table, totals; actions for the Edit menu."""

    #: Emitted with the number of visible rows and total duration after every refresh.
    totalsChanged = Signal(int, int)

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._syncing = False
        self._fitting = False
        self._user_sized = False
        self.model = ShotTableModel(doc, self)
        self.proxy = ShotFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self.table = ShotTable(self)
        self._setup_table()
        self.totals = QLabel(self)
        self.totals.setObjectName("shotlistTotals")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self._make_actions()
        self._attach_thumbs()
        self.model.modelReset.connect(self._after_reset)
        # A cell's edit (each key typed in a shot's words, on any tab) sums 1,000 shots: once a burst, once shown.
        self._totals_later = Later(self._update_totals, parent=self, widget=self)
        self.model.dataChanged.connect(self._totals_later.schedule)
        self.proxy.rowsInserted.connect(self._update_totals)
        self.proxy.rowsRemoved.connect(self._update_totals)
        doc.selectionChanged.connect(self._select_ids)
        focus_hub(doc).fieldRequested.connect(self.focus_field)
        self._after_reset()

    # --- building --------------------------------------------------------------

    def _build_filters(self) -> None:
        self.union_box = QCheckBox(self.tr("Shoot list (all variants)"), self)
        self.union_box.setToolTip(self.tr("Show every shot to film once, with the variants that use it"))
        self.union_box.toggled.connect(self._on_union)
        self.beat_filter = QComboBox(self)
        self.location_filter = QComboBox(self)
        self.talent_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        self._arrows = ArrowsOpenPopup(self)
        for combo in (self.beat_filter, self.location_filter, self.talent_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_filters)
            combo.installEventFilter(self._arrows)
        self.clear_filters = QToolButton(self)
        self.clear_filters.setIcon(icon("funnel"))
        self.clear_filters.setText(self.tr("Clear filters"))
        self.clear_filters.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_filters.clicked.connect(self.reset_filters)
        bar = QHBoxLayout()
        bar.addWidget(self.union_box)
        bar.addSpacing(12)
        for text, combo in (
            (say("label.beat"), self.beat_filter),
            (say("label.location"), self.location_filter),
            (say("label.talent"), self.talent_filter),
            (say("label.status"), self.status_filter),
        ):
            bar.addWidget(QLabel(text, self))
            bar.addWidget(combo)
        bar.addWidget(self.clear_filters)
        bar.addStretch(1)
        self.filter_bar = bar

    def _setup_table(self) -> None:
        t = self.table
        t.setModel(self.proxy)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        t.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        t.setTabKeyNavigation(True)
        t.setDragEnabled(True)
        t.setAcceptDrops(True)
        t.setDropIndicatorShown(True)
        t.setDragDropOverwriteMode(False)
        t.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        t.setDefaultDropAction(Qt.DropAction.MoveAction)
        t.setWordWrap(False)
        t.setAlternatingRowColors(True)
        # Frames are mostly 9:16: 44 px tall is the smallest at which a frame can be told apart.
        t.setIconSize(QSize(44, 44))
        t.verticalHeader().setDefaultSectionSize(48)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        t.horizontalHeader().setStretchLastSection(True)
        t.setItemDelegateForColumn(COLUMN["duration_ds"], DurationDelegate(t))
        t.setItemDelegateForColumn(COLUMN["shot_size"], EnumDelegate(ShotSize, True, t))
        t.setItemDelegateForColumn(COLUMN["camera_move"], EnumDelegate(CameraMove, True, t))
        for key, kind in (("angle", Angle), ("setting", Setting), ("time_of_day", TimeOfDay)):
            t.setItemDelegateForColumn(COLUMN[key], EnumDelegate(kind, True, t))
        t.setItemDelegateForColumn(COLUMN["status"], EnumDelegate(ShotStatus, False, t))
        # The guide's flagged words underlined in the text cells, as in the Write view's fields.
        hub = finding_marks(self.doc)
        for key in MARKED_COLUMNS:
            t.setItemDelegateForColumn(COLUMN[key], MarkedTextDelegate(key, hub.at, t))
        hub.changed.connect(t.viewport().update)
        header = t.horizontalHeader()
        for key, width in COLUMN_WIDTHS.items():
            # At least as wide as the header's words in this language ("Duration (s)", "Camera move").
            title = str(self.model.headerData(COLUMN[key], Qt.Orientation.Horizontal) or "")
            t.setColumnWidth(COLUMN[key], max(width, header.fontMetrics().horizontalAdvance(title) + 16))
        t.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        t.horizontalHeader().sectionResized.connect(self._on_section_resized)
        t.setColumnHidden(COLUMN["variants"], True)
        for key in CAMERA_COLUMNS:
            t.setColumnHidden(COLUMN[key], True)
        t.selectionModel().selectionChanged.connect(self._on_table_selection)
        t.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        t.contextMenuEvent = self._context_menu  # type: ignore[method-assign]
        self.columns = Columns(t)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width left by the short columns between the picture and the voice-over columns.

        Both stay on screen down to a laptop's width; longer texts elide and show whole as a tooltip.
        Once the writer resizes a column, the widths are theirs.
        """
        if self._user_sized:
            return
        t = self.table
        fixed = sum(t.columnWidth(c) for c in range(COLUMN["visual"]) if not t.isColumnHidden(c))
        room = t.viewport().width() - fixed
        width = max(FILL_MIN, room // len(FILL))
        self._fitting = True
        try:
            for key in FILL:
                t.setColumnWidth(COLUMN[key], width)
        finally:
            self._fitting = False

    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if not self._fitting and index in (COLUMN[k] for k in FILL):
            self._user_sized = True

    def _attach_thumbs(self) -> None:
        from studio.ui.views.thumbs import ThumbLoader

        self.thumbs = ThumbLoader(self.doc, capacity=600, parent=self)
        self.model.thumbs = self.thumbs
        self.thumbs.ready.connect(self._on_thumb)

    def _on_thumb(self, digest: str) -> None:
        col = COLUMN["frame"]
        for i, row in enumerate(self.model.rows):
            if row.shot.frame == digest:
                index = self.model.index(i, col)
                self.model.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def _action(self, text: str, icon_name: str, keys: QKeySequence | QKeySequence.StandardKey | str,
                slot: object) -> QAction:  # fmt: skip
        act = QAction(icon(icon_name) if icon_name else icon("list"), text, self)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_cut = self._action(self.tr("Cu&t Shots"), "scissors", K.Cut, self.cut)
        self.act_copy = self._action(self.tr("&Copy Shots"), "copy", K.Copy, self.copy)
        self.act_paste = self._action(self.tr("&Paste Shots"), "clipboard-paste", K.Paste, self.paste)
        self.act_select_all = self._action(
            self.tr("Select &All Shots"), "", K.SelectAll, self.table.selectAll
        )
        self.act_delete = self._action(self.tr("&Delete Shots"), "trash-2", K.Delete, self.delete)
        self.act_duplicate = self._action(self.tr("Dup&licate Shots"), "copy-plus", "Ctrl+D", self.duplicate)
        self.act_up = self._action(self.tr("M&ove Shots Up"), "arrow-up", "Alt+Up", self.move_up)
        self.act_down = self._action(self.tr("Move Shots Do&wn"), "arrow-down", "Alt+Down", self.move_down)
        self.edit_actions = [self.act_cut, self.act_copy, self.act_paste, self.act_select_all, self.act_delete,
                             self.act_duplicate, self.act_up, self.act_down]  # fmt: skip
        self._update_actions()

    def use_window_shortcuts(self) -> None:
        """Inside the main window its Edit menu carries these keys: drop the view's own, so none is ambiguous."""
        for act in self.edit_actions:
            self.removeAction(act)

    def can_edit(self, name: str) -> bool:
        """Whether an Edit menu item can act now."""
        acts = {"cut": self.act_cut, "copy": self.act_copy, "paste": self.act_paste,
                "select_all": self.act_select_all, "delete": self.act_delete, "duplicate": self.act_duplicate,
                "move_up": self.act_up, "move_down": self.act_down}  # fmt: skip
        act = acts.get(name)
        return act is not None and act.isEnabled()

    def select_all(self) -> None:
        """Select every row shown."""
        self.table.selectAll()

    # --- filters -----------------------------------------------------------------

    def _fill_filters(self) -> None:
        lang = ui_lang()
        choices = {
            self.beat_filter: [(beat_title(b, lang), b.id) for b in self.doc.script.beats],
            self.location_filter: [(v, v) for v in sorted({r.shot.location for r in self.model.rows} - {""})],
            self.talent_filter: [(v, v) for v in sorted({r.shot.talent for r in self.model.rows} - {""})],
            self.status_filter: [(label(s, lang), s.value) for s in ShotStatus],
        }
        for combo, items in choices.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        status = self.status_filter.currentData()
        self.proxy.set_filter(
            beat_id=self.beat_filter.currentData(),
            location=self.location_filter.currentData(),
            talent=self.talent_filter.currentData(),
            status=ShotStatus(status) if status else None,
        )
        self._update_totals()
        self._update_actions()

    def reset_filters(self) -> None:
        """Show every row again."""
        for combo in (self.beat_filter, self.location_filter, self.talent_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply_filters()

    def main_widget(self) -> QWidget:
        """Where Ctrl+2 puts the keyboard: the table, never a filter above it."""
        return self.table

    def use_column_settings(self, settings: Settings) -> None:
        """Arrange the columns as last saved for this project, and save each change the user makes."""
        path = self.doc.pf.path
        saved = settings.shotlist_columns(path)
        if not saved.isEmpty():
            self.columns.restore(bytes(saved.data()).decode("utf-8", "replace"))
        self.columns.changed.connect(
            lambda: settings.set_shotlist_columns(path, QByteArray(self.columns.state().encode("utf-8")))
        )

    def print_scope(self) -> PrintScope:
        """What Ctrl+P prints from here: the shoot list of the rows the table shows (cut or union, filtered)."""
        from studio.ui.dialogs import printing

        source = [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount())]
        rows = [self.model.rows[i] for i in source]
        union = self.union_box.isChecked()
        variants = tuple(v.id for v in self.doc.script.variants) if union else (self.doc.variant.id,)
        which = self.tr("all variants") if union else self.doc.variant.name
        label = self.tr("Shot list as shown: {which}, {count} shots").format(which=which, count=len(rows))
        return printing.PrintScope(
            variants, frozenset(r.shot.id for r in rows), storyboard=False, label=label
        )

    def _on_union(self, on: bool) -> None:
        self.model.set_union_mode(on)
        self.table.setColumnHidden(COLUMN["variants"], not on)

    # --- refresh and totals --------------------------------------------------------

    def _after_reset(self) -> None:
        self._fill_filters()
        self._select_ids(self.doc.selection)
        self._update_totals()

    def _update_totals(self, *_: object) -> None:
        shown = self.proxy.rowCount()
        total = self.model.total_ds()
        n = len(self.model.rows)
        if self.model.union_mode:
            text = self.tr("{n} shots to film · {total} of footage").format(n=n, total=format_timecode(total))
        else:
            text = self.tr("{n} shots · {total} in “{variant}”").format(
                n=n, total=format_timecode(total), variant=self.doc.variant.name
            )
        if self.proxy.active:
            text += " · " + self.tr("{shown} shown").format(shown=shown)
        if self.doc.readonly:
            text += " · " + self.tr("read-only")
        self.totals.setText(text)
        self.totalsChanged.emit(shown, total)

    # --- selection ---------------------------------------------------------------

    def selected_shots(self) -> list[Shot]:
        """The selected shots in row order."""
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].shot for r in rows]

    def current_shot(self) -> Shot | None:
        """The shot of the current row, if any."""
        index = self.table.currentIndex()
        return index.data(ShotRole) if index.isValid() else None

    def _on_table_selection(self, *_: object) -> None:
        self._update_actions()
        if not self._syncing:
            self._syncing = True
            try:
                self.doc.select(s.id for s in self.selected_shots())
            finally:
                self._syncing = False

    def _select_ids(self, ids: list[str]) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            selection = QItemSelection()
            first = None
            for shot_id in ids:
                row = self.model.row_for(shot_id)
                if row is None:
                    continue
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    selection.select(index, index)
                    first = first or index
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(selection, flags)
            if first is not None:
                self.table.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.table.scrollTo(first)
        finally:
            self._syncing = False
        self._update_actions()

    def select_shots(self, shots: list[Shot]) -> None:
        """Select these shots in the table and the document."""
        self.doc.select(s.id for s in shots)
        self._select_ids([s.id for s in shots])

    def focus_field(self, shot_id: str, field: str) -> None:
        """Select a shot's row and start editing one of its cells (voice-over when unsure).

        Answers :func:`studio.ui.views.view_common.request_focus`. A filter hiding the row is
        cleared; a shot the table does not list (another alternative's) is left alone. Editing
        starts only while the shot list is on screen, so a hidden tab never takes the keyboard.
        """
        row = self.model.row_for(shot_id)
        if row is None:
            return
        column = COLUMN[field] if field in COLUMN and not self.table.isColumnHidden(COLUMN[field]) else None
        source = self.model.index(row, column if column is not None else COLUMN["voiceover"])
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.reset_filters()
            index = self.proxy.mapFromSource(source)
        self._select_ids([shot_id])
        if self.doc.selection != [shot_id]:
            self.doc.select([shot_id])
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(index)
        if self.isVisible() and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.edit(index)

    def _update_actions(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        writable = not self.doc.readonly
        for act in (self.act_cut, self.act_delete, self.act_duplicate, self.act_up, self.act_down):
            act.setEnabled(has and writable)
        self.act_copy.setEnabled(has)
        self.act_paste.setEnabled(writable)

    # --- edits -----------------------------------------------------------------------

    def _keep(self, shots: list[Shot]) -> None:
        self._select_ids([s.id for s in shots])
        self.doc.select(s.id for s in shots)

    def duplicate(self) -> None:
        """Copy the selected shots, each right after itself, and select the copies."""
        shots = self.selected_shots()
        if shots and not self.doc.readonly:
            self._keep(sops.duplicate(self.doc, shots))

    def delete(self) -> None:
        """Remove the selected shots."""
        shots = self.selected_shots()
        if shots and not self.doc.readonly:
            sops.delete(self.doc, shots)

    def move_up(self) -> None:
        """Move the selected shots one row up."""
        shots = self.selected_shots()
        if shots and not self.doc.readonly and sops.move_up(self.doc, self.model, shots):
            self._keep(shots)

    def move_down(self) -> None:
        """Move the selected shots one row down."""
        shots = self.selected_shots()
        if shots and not self.doc.readonly and sops.move_down(self.doc, self.model, shots):
            self._keep(shots)

    def move_to_beat(self, beat_id: str) -> None:
        """Move the selected shots to another beat (the alternative the current variant plays)."""
        beat = next((b for b in self.doc.script.beats if b.id == beat_id), None)
        shots = self.selected_shots()
        if beat is not None and shots and not self.doc.readonly:
            sops.move_to_beat(self.doc, shots, beat)
            self._keep(shots)

    def copy(self) -> None:
        """Put the selected shots on the clipboard (as shots and as tab-separated text)."""
        shots = self.selected_shots()
        if not shots:
            return
        data = QMimeData()
        data.setData(sops.MIME_CLIPBOARD, sops.to_clipboard_text(shots).encode("utf-8"))
        data.setText(sops.to_plain_text(shots))
        QGuiApplication.clipboard().setMimeData(data)

    def cut(self) -> None:
        """Copy, then delete the selected shots."""
        self.copy()
        self.delete()

    def paste(self) -> None:
        """Insert shots from the clipboard after the current row."""
        if self.doc.readonly:
            return
        data = QGuiApplication.clipboard().mimeData()
        if data is None or not data.hasFormat(sops.MIME_CLIPBOARD):
            return
        shots = sops.from_clipboard_text(bytes(data.data(sops.MIME_CLIPBOARD).data()).decode("utf-8"))
        selected = self.selected_shots()
        sops.paste(self.doc, shots, selected[-1] if selected else self.current_shot())
        self._keep(shots)

    def _context_menu(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for act in (self.act_duplicate, self.act_delete, self.act_up, self.act_down):
            menu.addAction(act)
        beats = menu.addMenu(self.tr("Move to Beat"))
        beats.setEnabled(bool(self.selected_shots()) and not self.doc.readonly)
        for beat in self.doc.script.beats:
            act = beats.addAction(beat_title(beat))
            act.triggered.connect(lambda _=False, b=beat.id: self.move_to_beat(b))
        menu.addSeparator()
        for act in (self.act_cut, self.act_copy, self.act_paste):
            menu.addAction(act)
        menu.addSeparator()
        menu.addMenu(self.columns.menu(menu))
        # The fixes of the cell's flagged words first, as the Write fields offer them (the Menu key: the current cell).
        by_mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        t = self.table
        index = t.indexAt(t.viewport().mapFromGlobal(event.globalPos())) if by_mouse else t.currentIndex()
        delegate = t.itemDelegateForIndex(index) if index.isValid() else None
        if isinstance(delegate, MarkedTextDelegate):
            fixes_first(menu, delegate.marks(index), finding_marks(self.doc))
        text_marks.show_menu(menu, event.globalPos())
