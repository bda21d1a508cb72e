"""The open document as the views see it: the file, its undo stack, the current script and variant."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from studio.models.changes import Op
from studio.models.entities import Change, Project, Script, Shot, Variant
from studio.store.document import ProjectFile
from studio.store.errors import WriteError
from studio.ui.commands import Command, MacroCommand, SetFieldCommand

log = logging.getLogger(__name__)

#: Quiet time after an edit before the project file itself is brought up to date (ms).
CHECKPOINT_PAUSE_MS = 1500
#: Longest a run of edits without a pause waits for that (ms).
CHECKPOINT_MAX_WAIT_MS = 10_000
#: Tries after a checkpoint a reader kept from finishing, before waiting for the next edit.
CHECKPOINT_RETRIES = 5


class DocumentController(QObject):
    """Owns a ProjectFile and a QUndoStack; every view edits through :meth:`push`.

    Signals:
    - ``changed(Change)`` after every model change (from redo, undo or an import);
    - ``reset()`` when the whole document was replaced (snapshot restore);
    - ``currentChanged()`` when the current script or variant changes;
    - ``selectionChanged(list)`` with the ids of the selected shots;
    - ``saved(str)`` with the ISO time of the last write to disk;
    - ``writeFailed(WriteError)`` when the file did not take an edit (which was then taken back).
    """

    changed = Signal(object)
    reset = Signal()
    currentChanged = Signal()
    selectionChanged = Signal(list)
    saved = Signal(str)
    writeFailed = Signal(object)

    def __init__(self, pf: ProjectFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self.undo_stack = QUndoStack(self)
        self._script: Script = pf.project.scripts[0]
        self._variant: Variant = self._script.base_variant
        self._selection: list[str] = []
        self._quiet = 0
        self._pushing = False
        self._busy = 0
        self._macro: MacroCommand | None = None
        # Every edit is durable in the write-ahead log at once; when editing pauses the log is
        # copied into the project file too, so a copy of the file alone is current.
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setSingleShot(True)
        self._checkpoint_timer.setInterval(CHECKPOINT_PAUSE_MS)
        self._checkpoint_timer.timeout.connect(self.checkpoint)
        self._pending_since = QElapsedTimer()
        self._retries = 0
        self.saved.connect(self._schedule_checkpoint)
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

    def push(self, command: Command) -> bool:
        """Make an edit and put it on the undo stack; False when it was not made.

        The edit is made in one transaction before it reaches the stack: when the file does
        not take it, the model is taken back to where it was, the stack is left as it was, and
        :attr:`writeFailed` tells the window. Ignored on a read-only document.
        """
        if self.readonly:
            log.info("ignoring edit on read-only document")
            return False
        if self._macro is not None:
            command.do()
            self._macro.steps.append(command)  # only once made: a step that raised made nothing
            return True
        modified = self.project.modified
        try:
            with self._transaction():
                command.do()
        except WriteError as exc:
            self._take_back(command.undo, modified, exc)
            return False
        command.applied = True
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False
        self.saved.emit(self.project.modified)
        return True

    def undo(self) -> None:
        """Undo the last step; when the file does not take it, the step stays done."""
        self._step(self.undo_stack.canUndo(), self.undo_stack.undo, self.undo_stack.redo)

    def redo(self) -> None:
        """Redo the next step; when the file does not take it, it stays undone."""
        self._step(self.undo_stack.canRedo(), self.undo_stack.redo, self.undo_stack.undo)

    def _step(self, possible: bool, forward: Callable[[], None], back: Callable[[], None]) -> None:
        if not possible or self.readonly:
            return
        modified = self.project.modified
        try:
            with self._transaction():
                forward()
        except WriteError as exc:
            # Moving the stack back runs the opposite of what failed, which restores the model.
            self._take_back(back, modified, exc)
            return
        self.saved.emit(self.project.modified)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.pf.in_batch and not self._busy:
            # The enclosing batch commits, not us: a refusal would surface there, after the
            # step is on the stack. Steps are their own transactions; do not wrap them.
            log.warning("an undo step made inside a store batch cannot be taken back whole")
        self._busy += 1
        try:
            with self.pf.batch():
                yield
        finally:
            self._busy -= 1

    def _take_back(self, revert: Callable[[], None], modified: str, exc: WriteError) -> None:
        """Undo in memory what the file refused (the file already holds the state before it)."""
        with self.pf.reverting():
            revert()
        self.project.modified = modified
        log.warning("edit not saved, taken back: %s", exc)
        self.writeFailed.emit(exc)

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
        """Group several pushes into one undo step and one transaction on disk.

        When the file does not take the step, every edit of it is taken back (see :meth:`push`)
        and the block's exception, if any, is raised once that is done.
        """
        if self._macro is not None or self.readonly:
            yield  # a nested group joins the outer one
            return
        group = self._macro = MacroCommand(text)
        modified = self.project.modified
        try:
            with self._transaction():
                yield
        except WriteError as exc:
            self._macro = None
            self._take_back(group.undo, modified, exc)
            return
        except BaseException:
            self._macro = None
            with self.pf.reverting():
                group.undo()
            self.project.modified = modified
            raise
        self._macro = None
        if group.steps:
            group.applied = True
            self._pushing = True
            try:
                self.undo_stack.push(group)
            finally:
                self._pushing = False
            self.saved.emit(self.project.modified)

    def _on_change(self, change: Change) -> None:
        # The open script was removed (undoing 'Draft from brief' while the draft is open): the views
        # would otherwise keep editing a script the file no longer has.
        lost = change.op is Op.REMOVE and change.target is self._script
        if lost:
            self._script = self.project.scripts[0]
            self._variant = self._script.base_variant
        if self._variant not in self._script.variants:
            self._variant = self._script.base_variant
        if change.op is Op.RESET:
            if self._script not in self.project.scripts:
                self._script = self.project.scripts[0]
                self._variant = self._script.base_variant
            self.reset.emit()
            self.currentChanged.emit()
        else:
            self.changed.emit(change)
            if lost:
                self.currentChanged.emit()
        if not self.readonly and not self._busy:
            self.saved.emit(self.project.modified)

    def _schedule_checkpoint(self, _modified: str = "") -> None:
        if self.readonly:
            return
        self._retries = 0
        if not self._pending_since.isValid():
            self._pending_since.start()
        if self._pending_since.elapsed() >= CHECKPOINT_MAX_WAIT_MS:
            self.checkpoint()
            return
        self._checkpoint_timer.start()  # restarted by each edit: runs once editing pauses

    def checkpoint(self) -> None:
        """Bring the project file itself up to date with every edit (see ProjectFile.checkpoint)."""
        self._checkpoint_timer.stop()
        if self.pf.in_batch:
            self._checkpoint_timer.start()  # an edit is being written: try once it is done
            return
        if self.pf.checkpoint():
            self._pending_since.invalidate()
        elif self._retries < CHECKPOINT_RETRIES:
            self._retries += 1
            self._checkpoint_timer.start()  # a reader held part of the log: try again shortly

    def close(self) -> None:
        """Close the file and release its lock."""
        self._checkpoint_timer.stop()
        if self._on_change in self.project.listeners:
            self.project.listeners.remove(self._on_change)
        self.pf.close()
