"""The open document as the views see it: the file, its undo stack, the current script and variant."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from studio.models import edits
from studio.models.changes import Op
from studio.models.entities import (
    Alternative,
    Beat,
    Change,
    Frame,
    Project,
    Script,
    Shot,
    Variant,
    VariantResult,
)
from studio.models.enums import BeatKind
from studio.store.document import ProjectFile
from studio.store.errors import WriteError
from studio.ui.commands import Command, EditCommand, MacroCommand, SetFieldCommand

log = logging.getLogger(__name__)

#: Quiet time after an edit before the project file itself is brought up to date (ms).
CHECKPOINT_PAUSE_MS = 1500
#: Longest a run of edits without a pause waits for that (ms).
CHECKPOINT_MAX_WAIT_MS = 10_000
#: Tries after a checkpoint a reader kept from finishing, before waiting for the next edit.
CHECKPOINT_RETRIES = 5


class DocumentController(QObject):
    """Owns a ProjectFile and a QUndoStack; every view edits through its verbs.

    Each verb (:meth:`add_shots`, :meth:`move_shots`, :meth:`rename_variant` ...) plans one
    composite edit of :mod:`studio.models.edits`, which refuses with a typed error before anything
    changes, and makes it as one undo step named by the caller's ``text`` (in the user's language).
    A verb returns False (or nothing made) when there was nothing to do or the document is read-only.

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
        self._record(command)
        return True

    def _record(self, command: Command) -> None:
        """Put a step already made and saved on the undo stack (marked applied: the push must not make it again)."""
        command.applied = True
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False
        self.saved.emit(self.project.modified)

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
            self._record(group)

    # --- verbs: one user action, one undo step ---------------------------------------------

    def apply(self, edit: edits.Edit, text: str) -> bool:
        """Make a planned edit as one undo step; False when it is empty or was not made."""
        if not edit:
            return False
        return self.push(EditCommand(edit, text))

    def set_field(
        self, entity: object, name: str, value: object, text: str = "", merge: bool = False
    ) -> bool:
        """Set one field; with ``merge`` a run of typing in the field is one undo step."""
        return self.push(SetFieldCommand(self.project, entity, name, value, text, merge))

    def set_fields(self, changes: Iterable[tuple[object, str, object]], text: str) -> bool:
        """Set several fields as one undo step (a guide fix with its companions, project settings ...)."""
        return self.apply(edits.set_fields(self.project, changes), text)

    def rename_variant(self, variant: Variant, name: str, text: str, merge: bool = False) -> bool:
        """Give a variant a new name; refused (ModelError) when the script has it already or it is empty."""
        return self.set_field(variant, "name", name, text, merge)

    def add_shots(self, alt: Alternative, index: int, shots: Sequence[Shot], text: str) -> bool:
        """Insert shots into an alternative from ``index`` on."""
        return self.apply(edits.add_shots(self.project, alt, index, shots), text)

    def add_shot(self, alt: Alternative, shot: Shot, text: str, index: int | None = None) -> bool:
        """Insert one shot at ``index`` of an alternative (None: at its end)."""
        return self.add_shots(alt, len(alt.shots) if index is None else index, [shot], text)

    def paste_shots(self, shots: Sequence[Shot], alt: Alternative, index: int, text: str) -> bool:
        """Paste shots at ``index`` of ``alt``, leaving out frames whose pictures are not in this file."""
        return self.apply(edits.paste_shots(self.project, shots, alt, index), text)

    def duplicate_shots(self, shots: Sequence[Shot], text: str) -> list[Shot]:
        """Put a copy of each shot right after it; returns the copies (none when not made)."""
        edit, copies = edits.duplicate_shots(self.project, shots)
        return copies if self.apply(edit, text) else []

    def delete_shots(self, shots: Sequence[Shot], text: str) -> bool:
        """Remove shots."""
        return self.apply(edits.delete_shots(self.project, shots), text)

    def move_shots(self, shots: Sequence[Shot], step: int, text: str) -> bool:
        """Move shots one place up (-1) or down (+1); False when none can move.

        The one Alt+Up/Down of the Write tab and the shot list (see :func:`studio.models.edits.move_shots`):
        a shot swaps with its neighbour in its alternative and, at the alternative's edge, moves into
        the alternative the current variant plays in the neighbouring beat.
        """
        return self.apply(edits.move_shots(self.project, self.variant, shots, step), text)

    def move_shots_before(self, shots: Sequence[Shot], anchor: Shot, text: str) -> bool:
        """Put shots right before ``anchor``."""
        return self.apply(edits.move_shots_before(self.project, shots, anchor), text)

    def move_shots_to_end(self, shots: Sequence[Shot], alt: Alternative, text: str) -> bool:
        """Put shots at the end of ``alt``."""
        return self.apply(edits.move_shots_to_end(self.project, shots, alt), text)

    def add_alternative(self, beat: Beat, alt: Alternative, shots: Sequence[Shot], text: str) -> bool:
        """Add an alternative with its first shots to a beat."""
        return self.apply(edits.add_alternative(self.project, beat, alt, shots), text)

    def remove_alternative(self, alt: Alternative, text: str) -> bool:
        """Remove an alternative (never a beat's last)."""
        return self.apply(edits.remove_alternative(self.project, alt), text)

    def move_beat(self, beat: Beat, index: int, text: str) -> bool:
        """Move a beat to ``index`` in its script."""
        return self.apply(edits.move_beat(self.project, beat, index), text)

    def remove_beat(self, beat: Beat, text: str) -> bool:
        """Remove a beat with its alternatives (never a script's last)."""
        return self.apply(edits.remove_beat(self.project, beat), text)

    def insert_split(self, pairs: Sequence[tuple[BeatKind, Shot]], shown: dict[str, str], replace: bool,
                     text: str) -> bool:  # fmt: skip
        """Put a split voice-over's shots into the current script's beats (see edits.insert_split)."""
        edit = edits.insert_split(self.project, self.script, self.variant, pairs, shown, replace)
        return self.apply(edit, text)

    def create_variant(self, script: Script, variant: Variant, text: str) -> bool:
        """Add a variant at the end of a script."""
        return self.apply(edits.create_variant(self.project, script, variant), text)

    def delete_variant(self, variant: Variant, text: str) -> bool:
        """Remove a variant (never the base)."""
        return self.apply(edits.delete_variant(self.project, variant), text)

    def set_choice(self, variant: Variant, beat: Beat, alt_id: str | None, text: str) -> bool:
        """Make a variant play another alternative of a beat."""
        return self.apply(edits.set_choice(self.project, variant, beat, alt_id), text)

    def set_results(self, results: Mapping[str, VariantResult | None], text: str) -> bool:
        """Store (None: clear) variants' ad results, typed in, pasted or imported."""
        return self.apply(edits.set_results(self.project, results), text)

    def add_script(self, script: Script, text: str, index: int | None = None, frames: Iterable[Frame] = (),
                   fields: Iterable[tuple[object, str, object]] = ()) -> bool:  # fmt: skip
        """Add a whole script at ``index`` (None: last), with the frames it shows and project fields it brings."""
        edit = edits.add_frames(self.project, frames).then(edits.add_script(self.project, script, index))
        return self.apply(edit.then(edits.set_fields(self.project, fields)), text)

    def replace_script(self, old: Script, new: Script, text: str) -> bool:
        """Put a whole script where ``old`` was."""
        return self.apply(edits.replace_script(self.project, old, new), text)

    def add_frame(self, frame: Frame, text: str, shot: Shot | None = None) -> bool:
        """Put an imported picture into the frame catalogue and, given a shot, show it there."""
        edit = edits.add_frames(self.project, [frame])
        if shot is not None:
            edit = edit.then(edits.set_fields(self.project, [(shot, "frame", frame.hash)]))
        return self.apply(edit, text)

    def restore(self, content: Project, text: str) -> bool:
        """Make the document a restored version (one undo step brings back what it replaced)."""
        return self.apply(edits.restore(self.project, content), text)

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
