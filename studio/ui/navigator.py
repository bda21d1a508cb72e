"""The navigator dock: scripts, their beats and alternatives, and their variants."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from studio.models.changes import Change, Op
from studio.models.entities import Alternative, Beat, Script, Variant
from studio.models.timeline import chosen_alternative, format_seconds, total_ds
from studio.ui.document_controller import DocumentController
from studio.ui.icons import icon
from studio.ui.views.view_common import Refresher, beat_color, beat_title
from studio.wording import say

log = logging.getLogger(__name__)

#: Role holding the model object of a tree item.
ObjectRole = Qt.ItemDataRole.UserRole + 1


class Navigator(QWidget):
    """A tree of scripts → beats → alternatives and of variants; a click makes things current."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        # A long name loses its middle, not its end ("Word-of…proof"); the tooltip has it in full.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.itemClicked.connect(self._on_click)
        self.tree.itemActivated.connect(self._on_click)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._refresher = Refresher(doc, self.rebuild, 0, self._relevant, self)
        self.rebuild()

    @staticmethod
    def _relevant(change: Change) -> bool:
        if change.op is Op.SET:
            return (
                isinstance(change.target, (Script, Beat, Alternative, Variant))
                or change.field == "duration_ds"
            )
        return change.op is not Op.RESULTS

    def _secs(self, ds: int) -> str:
        return say("label.seconds", n=format_seconds(ds))

    def rebuild(self) -> None:
        """Redraw the tree from the document, keeping folded state."""
        expanded = self._expanded_ids()
        self.tree.clear()
        for script in self.doc.project.scripts:
            self._add_script(script, expanded)

    def _expanded_ids(self) -> set[str] | None:
        if self.tree.topLevelItemCount() == 0:
            return None
        found: set[str] = set()
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            if item.isExpanded():
                found.add(str(item.data(0, Qt.ItemDataRole.UserRole)))
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def _item(self, parent: QTreeWidget | QTreeWidgetItem, text: str, obj: object, key: str,
              extra: str = "") -> QTreeWidgetItem:  # fmt: skip
        item = QTreeWidgetItem(parent, [text, extra])
        item.setData(0, ObjectRole, obj)
        item.setData(0, Qt.ItemDataRole.UserRole, key)
        item.setToolTip(0, text)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _add_script(self, script: Script, expanded: set[str] | None) -> None:
        current = script is self.doc.script
        top = self._item(self.tree, script.title or self.tr("Untitled script"), script, script.id)
        top.setIcon(0, icon("file-text"))
        bold = QFont(top.font(0))
        bold.setBold(True)
        if current:
            top.setFont(0, bold)
        variant = self.doc.variant if current else script.base_variant
        beats = self._item(top, self.tr("Beats"), None, f"{script.id}/beats")
        for beat in script.beats:
            chosen = chosen_alternative(variant, beat) if beat.alternatives else None
            b = self._item(
                beats,
                beat_title(beat),
                beat,
                beat.id,
                self._secs(chosen.duration_ds) if chosen else "",
            )
            b.setForeground(0, QBrush(beat_color(beat)))
            for alt in beat.alternatives:
                text = self.tr("{label} · {n} shots").format(label=alt.label, n=len(alt.shots))
                a = self._item(b, text, alt, alt.id, self._secs(alt.duration_ds))
                if alt is chosen and len(beat.alternatives) > 1:
                    a.setFont(0, bold)
                    a.setToolTip(0, text + "\n" + self.tr("Played by the current variant"))
        variants = self._item(top, say("label.variants"), None, f"{script.id}/variants")
        for v in script.variants:
            item = self._item(variants, v.name, v, v.id, self._secs(total_ds(script, v)))
            if v.is_base:  # the base is named in a tooltip: its name often says "base" already
                item.setToolTip(0, v.name + "\n" + self.tr("(base)"))
            item.setIcon(0, icon("git-branch"))
            if current and v is self.doc.variant:
                item.setFont(0, bold)
                item.setIcon(0, icon("play"))
        for item in (top, beats, variants):
            key = str(item.data(0, Qt.ItemDataRole.UserRole))
            item.setExpanded(expanded is None or key in expanded)

    def _on_click(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        obj = item.data(0, ObjectRole)
        script = self._script_of(item)
        if isinstance(obj, Variant):
            self.doc.set_current(script=script, variant=obj)
        elif isinstance(obj, Script):
            if obj is not self.doc.script:
                self.doc.set_current(script=obj)
        elif isinstance(obj, Alternative):
            if script is not self.doc.script:
                self.doc.set_current(script=script)
            self.doc.select(s.id for s in obj.shots)
        elif isinstance(obj, Beat):
            if script is not self.doc.script:
                self.doc.set_current(script=script)
            alt = chosen_alternative(self.doc.variant, obj)
            self.doc.select(s.id for s in alt.shots)

    @staticmethod
    def _script_of(item: QTreeWidgetItem) -> Script | None:
        parent = item.parent()
        while parent is not None:
            item, parent = parent, parent.parent()
        obj = item.data(0, ObjectRole)
        return obj if isinstance(obj, Script) else None

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        obj = item.data(0, ObjectRole) if item else None
        parent = item.parent() if item else None
        if item is None or parent is None or not isinstance(obj, Alternative) or self.doc.readonly:
            return
        beat = parent.data(0, ObjectRole)
        script = self._script_of(item)
        if not isinstance(beat, Beat) or script is not self.doc.script:
            return
        menu = QMenu(self)
        act = menu.addAction(self.tr("Play in “{variant}”").format(variant=self.doc.variant.name))
        act.setEnabled(chosen_alternative(self.doc.variant, beat) is not obj)
        act.triggered.connect(lambda: self.use_alternative(beat, obj))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def use_alternative(self, beat: Beat, alt: Alternative) -> None:
        """Make the current variant play ``alt`` for ``beat``."""
        self.doc.set_choice(
            self.doc.variant, beat, alt.id, self.tr("Choose alternative {0}").format(alt.label)
        )
