"""The open document as the views see it: the file, its undo stack, the current script and variant."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from studio.models.entities import Change, Project, Script, Shot, Variant
from studio.store.document import ProjectFile
from studio.ui.commands import SetFieldCommand

log = logging.getLogger(__name__)


class DocumentController(QObject):
    """Owns a ProjectFile and a QUndoStack; every view edits through :meth:`push`.

    Signals:
    - ``changed(Change)`` after every model change (from redo, undo or an import);
    - ``reset()`` when the whole document was replaced (snapshot restore);
    - ``currentChanged()`` when the current script or variant changes;
    - ``selectionChanged(list)`` with the ids of the selected shots;
    - ``saved(str)`` with the ISO time of the last write to disk.
    """

    changed = Signal(object)
    reset = Signal()
    currentChanged = Signal()
    selectionChanged = Signal(list)
    saved = Signal(str)

    def __init__(self, pf: ProjectFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self.undo_stack = QUndoStack(self)
        self._script: Script = pf.project.scripts[0]
        self._variant: Variant = self._script.base_variant
        self._selection: list[str] = []
        self._quiet = 0
        self._pushing = False
        # Undo and redo end a typing run: typing after an undo never folds into an older step.
        self.undo_stack.indexChanged.connect(self._on_index_changed)
        pf.project.listeners.append(self._on_change)

    # --- properties ----------------------------------------------------------

    @property
    def project(self) -> Project:
        """The document model."""
        return self.pf.project

    @property
    def readonly(self) -> bool:
        """True when the file was opened read-only (locked elsewhere or unwritable)."""
        return self.pf.readonly

    @property
    def script(self) -> Script:
        """The script being worked on."""
        return self._script

    @property
    def variant(self) -> Variant:
        """The variant being viewed (its cut drives the timeline, board and preview)."""
        return self._variant

    def set_current(self, script: Script | None = None, variant: Variant | None = None) -> None:
        """Change the current script and/or variant."""
        if script is not None and script is not self._script:
            self._script = script
            self._variant = script.base_variant
        if variant is not None:
            self._variant = variant
        self.currentChanged.emit()

    @property
    def selection(self) -> list[str]:
        """Ids of the selected shots."""
        return list(self._selection)

    def select(self, shot_ids: Iterable[str]) -> None:
        """Select shots by id (views keep in step through selectionChanged)."""
        ids = list(shot_ids)
        if ids != self._selection:
            self._selection = ids
            self.selectionChanged.emit(ids)

    def shot(self, shot_id: str) -> Shot | None:
        """A shot of the document by id."""
        found = self.project.find(shot_id)
        return found if isinstance(found, Shot) else None

    # --- editing ---------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        """Run an edit through the undo stack (ignored on a read-only document)."""
        if self.readonly:
            log.info("ignoring edit on read-only document")
            return
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False

    def end_typing(self) -> None:
        """End the current typing run (focus left a field): the next keystroke starts a new undo step."""
        index = self.undo_stack.index()
        if index > 0:
            command = self.undo_stack.command(index - 1)
            if isinstance(command, SetFieldCommand):
                command.end_run()

    def _on_index_changed(self, _index: int) -> None:
        if not self._pushing:
            self.end_typing()

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group several pushes into one undo step and one transaction on disk."""
        self._pushing = True
        self.undo_stack.beginMacro(text)
        self._pushing = False
        try:
            with self.pf.batch():
                yield
        finally:
            self._pushing = True
            self.undo_stack.endMacro()
            self._pushing = False

    def _on_change(self, change: Change) -> None:
        if self._variant not in self._script.variants:
            self._variant = self._script.base_variant
        if change.op == "reset":
            if self._script not in self.project.scripts:
                self._script = self.project.scripts[0]
                self._variant = self._script.base_variant
            self.undo_stack.clear()
            self.reset.emit()
            self.currentChanged.emit()
        else:
            self.changed.emit(change)
        if not self.readonly:
            self.saved.emit(self.project.modified)

    def close(self) -> None:
        """Close the file and release its lock."""
        if self._on_change in self.project.listeners:
            self.project.listeners.remove(self._on_change)
        self.pf.close()
