"""Undo commands: each redo/undo calls only the model's edit operations."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from studio.models import ops
from studio.models.edits import Edit
from studio.models.entities import Alternative, Beat, Frame, Project, Script, Shot, Variant, VariantResult

#: Command ids for mergeWith: typing in one field merges into one step.
SET_FIELD_ID = 1001

#: A pause in typing longer than this (seconds) starts a new undo step, as in text editors.
TYPING_PAUSE_S = 1.5

#: The clock typing runs are measured with; monotonic so a changed system time cannot merge steps.
#: Tests replace it with a fake.
clock: Callable[[], float] = time.monotonic


class Command(QUndoCommand):
    """An undo step. ``do`` makes the edit through the model's operations, ``undo`` takes it back.

    The document runs ``do`` itself first, inside one transaction, and only puts the step on
    the undo stack once the file took it; it then sets :attr:`applied`, so the stack's own
    first ``redo`` does not make the edit twice.
    """

    applied = False

    def redo(self) -> None:
        if self.applied:
            self.applied = False
            return
        self.do()

    def do(self) -> None:
        """Make the edit."""
        raise NotImplementedError


class MacroCommand(Command):
    """Several steps made and undone as one (pasting a script, moving many shots ...)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.steps: list[Command] = []

    def do(self) -> None:
        for step in self.steps:
            step.do()

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()


class SetFieldCommand(Command):
    """Set one field of one entity; a run of typing in the same field merges into one step.

    The run ends after a pause of :data:`TYPING_PAUSE_S`, when the field loses focus
    (:meth:`end_run`) or when the step is undone.
    """

    def __init__(self, project: Project, entity: object, name: str, value: Any,
                 text: str = "", merge: bool = False, parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or name, parent)
        self.project, self.entity, self.name = project, entity, name
        self.value = ops.coerce(entity, name, value)
        self.old: Any = None
        self.merge = merge
        #: When the last keystroke of this run arrived (by :data:`clock`).
        self.last_edit = clock()
        self.run_open = merge

    def id(self) -> int:
        return SET_FIELD_ID if self.merge else -1

    def end_run(self) -> None:
        """Close the typing run: the next edit of the field becomes its own undo step."""
        self.run_open = False

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or not other.merge or not self.run_open:
            return False
        if other.entity is not self.entity or other.name != self.name:
            return False
        if other.last_edit - self.last_edit > TYPING_PAUSE_S:
            return False
        self.value = other.value
        self.last_edit = other.last_edit
        return True

    def do(self) -> None:
        self.old = ops.set_field(self.project, self.entity, self.name, self.value)

    def undo(self) -> None:
        self.run_open = False
        ops.set_field(self.project, self.entity, self.name, self.old)


class InsertShotCommand(Command):
    """Insert a shot into an alternative."""

    def __init__(self, project: Project, alt: Alternative, index: int, shot: Shot,
                 text: str = "", parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "insert shot", parent)
        self.project, self.alt, self.index, self.shot = project, alt, index, shot

    def do(self) -> None:
        ops.insert_shot(self.project, self.alt, self.index, self.shot)

    def undo(self) -> None:
        ops.remove_shot(self.project, self.shot)


class RemoveShotCommand(Command):
    """Remove a shot; undo puts it back where it was."""

    def __init__(
        self, project: Project, shot: Shot, text: str = "", parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(text or "remove shot", parent)
        self.project, self.shot = project, shot
        self.where: tuple[Alternative, int] | None = None

    def do(self) -> None:
        self.where = ops.remove_shot(self.project, self.shot)

    def undo(self) -> None:
        assert self.where is not None
        alt, index = self.where
        ops.insert_shot(self.project, alt, index, self.shot)


class MoveShotCommand(Command):
    """Move a shot to a position in any alternative."""

    def __init__(self, project: Project, shot: Shot, alt: Alternative, index: int,
                 text: str = "", parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "move shot", parent)
        self.project, self.shot, self.alt, self.index = project, shot, alt, index
        self.where: tuple[Alternative, int] | None = None

    def do(self) -> None:
        self.where = ops.move_shot(self.project, self.shot, self.alt, self.index)

    def undo(self) -> None:
        assert self.where is not None
        ops.move_shot(self.project, self.shot, *self.where)


class InsertBeatCommand(Command):
    """Insert a beat (with its alternatives) into a script."""

    def __init__(self, project: Project, script: Script, index: int, beat: Beat,
                 text: str = "", parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "insert beat", parent)
        self.project, self.script, self.index, self.beat = project, script, index, beat

    def do(self) -> None:
        ops.insert_beat(self.project, self.script, self.index, self.beat)

    def undo(self) -> None:
        ops.remove_beat(self.project, self.beat)


class RemoveBeatCommand(Command):
    """Remove a beat; undo restores it and the variants' choices for it."""

    def __init__(
        self, project: Project, beat: Beat, text: str = "", parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(text or "remove beat", parent)
        self.project, self.beat = project, beat
        self.where: tuple[Script, int, dict[str, str]] | None = None

    def do(self) -> None:
        self.where = ops.remove_beat(self.project, self.beat)

    def undo(self) -> None:
        assert self.where is not None
        script, index, choices = self.where
        ops.insert_beat(self.project, script, index, self.beat)
        ops.restore_choices(self.project, script, choices, self.beat.id)


class MoveBeatCommand(Command):
    """Move a beat within its script."""

    def __init__(self, project: Project, beat: Beat, index: int, text: str = "",
                 parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "move beat", parent)
        self.project, self.beat, self.index = project, beat, index
        self.old = 0

    def do(self) -> None:
        self.old = ops.move_beat(self.project, self.beat, self.index)

    def undo(self) -> None:
        ops.move_beat(self.project, self.beat, self.old)


class InsertAlternativeCommand(Command):
    """Add an alternative (hook B ...) to a beat."""

    def __init__(self, project: Project, beat: Beat, index: int, alt: Alternative,
                 text: str = "", parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "add alternative", parent)
        self.project, self.beat, self.index, self.alt = project, beat, index, alt

    def do(self) -> None:
        ops.insert_alternative(self.project, self.beat, self.index, self.alt)

    def undo(self) -> None:
        ops.remove_alternative(self.project, self.alt)


class RemoveAlternativeCommand(Command):
    """Remove an alternative; undo restores it and the choices that named it."""

    def __init__(self, project: Project, alt: Alternative, text: str = "",
                 parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "remove alternative", parent)
        self.project, self.alt = project, alt
        self.where: tuple[Beat, int, dict[str, str]] | None = None
        self.script: Script | None = None

    def do(self) -> None:
        for script in self.project.scripts:
            if any(self.alt in b.alternatives for b in script.beats):
                self.script = script
        self.where = ops.remove_alternative(self.project, self.alt)

    def undo(self) -> None:
        assert self.where is not None and self.script is not None
        beat, index, choices = self.where
        ops.insert_alternative(self.project, beat, index, self.alt)
        ops.restore_choices(self.project, self.script, choices, beat.id)


class InsertVariantCommand(Command):
    """Add a variant to a script."""

    def __init__(self, project: Project, script: Script, index: int, variant: Variant,
                 text: str = "", parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "add variant", parent)
        self.project, self.script, self.index, self.variant = project, script, index, variant

    def do(self) -> None:
        ops.insert_variant(self.project, self.script, self.index, self.variant)

    def undo(self) -> None:
        ops.remove_variant(self.project, self.variant)


class InsertScriptCommand(Command):
    """Add a whole script (a draft from the brief) in one step."""

    def __init__(self, project: Project, index: int, script: Script, text: str = "",
                 parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "add script", parent)
        self.project, self.index, self.script = project, index, script

    def do(self) -> None:
        ops.insert_script(self.project, self.index, self.script)

    def undo(self) -> None:
        ops.remove_script(self.project, self.script)


class ReplaceScriptCommand(Command):
    """Put a whole script (a draft from the brief) where an empty one was, in one step."""

    def __init__(self, project: Project, old: Script, new: Script, text: str = "",
                 parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "replace script", parent)
        self.project, self.old, self.new = project, old, new
        self.index = 0

    def do(self) -> None:
        # the new one goes in first: a project never has no script, even for a moment
        self.index = self.project.scripts.index(self.old)
        ops.insert_script(self.project, self.index, self.new)
        ops.remove_script(self.project, self.old)

    def undo(self) -> None:
        ops.insert_script(self.project, self.index, self.old)
        ops.remove_script(self.project, self.new)


class RemoveVariantCommand(Command):
    """Remove a variant (never the base)."""

    def __init__(self, project: Project, variant: Variant, text: str = "",
                 parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "remove variant", parent)
        self.project, self.variant = project, variant
        self.where: tuple[Script, int] | None = None

    def do(self) -> None:
        self.where = ops.remove_variant(self.project, self.variant)

    def undo(self) -> None:
        assert self.where is not None
        ops.insert_variant(self.project, self.where[0], self.where[1], self.variant)


class SetChoiceCommand(Command):
    """Make a variant play another alternative of a beat."""

    def __init__(self, project: Project, variant: Variant, beat: Beat, alt_id: str | None,
                 text: str = "", parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "choose alternative", parent)
        self.project, self.variant, self.beat, self.alt_id = project, variant, beat, alt_id
        self.old: str | None = None

    def do(self) -> None:
        self.old = ops.set_choice(self.project, self.variant, self.beat, self.alt_id)

    def undo(self) -> None:
        ops.set_choice(self.project, self.variant, self.beat, self.old)


class SetResultCommand(Command):
    """Store a variant's ad results (typed in or imported)."""

    def __init__(self, project: Project, variant_id: str, result: VariantResult | None,
                 text: str = "", parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "set results", parent)
        self.project, self.variant_id, self.result = project, variant_id, result
        self.old: VariantResult | None = None

    def do(self) -> None:
        self.old = ops.set_result(self.project, self.result, self.variant_id)

    def undo(self) -> None:
        ops.set_result(self.project, self.old, self.variant_id)


class ImportResultsCommand(Command):
    """Store an import's results for several variants as one step (one undo takes all of it back)."""

    def __init__(self, project: Project, results: dict[str, VariantResult], text: str = "",
                 parent: QUndoCommand | None = None) -> None:  # fmt: skip
        super().__init__(text or "import results", parent)
        self.project, self.results = project, dict(results)
        self.old: dict[str, VariantResult | None] = {}

    def do(self) -> None:
        self.old = {vid: ops.set_result(self.project, r, vid) for vid, r in self.results.items()}

    def undo(self) -> None:
        for vid, old in reversed(list(self.old.items())):
            ops.set_result(self.project, old, vid)


class AddFrameCommand(Command):
    """Put an imported image into the frame catalogue (its bytes are already in the file)."""

    def __init__(
        self, project: Project, frame: Frame, text: str = "", parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(text or "add frame", parent)
        self.project, self.frame = project, frame
        self.added = False

    def do(self) -> None:
        self.added = self.frame.hash not in self.project.frames
        ops.add_frame(self.project, self.frame)

    def undo(self) -> None:
        if self.added:
            ops.remove_frame(self.project, self.frame)


class RestoreContentCommand(Command):
    """Make the document a restored version; undo brings back what it replaced."""

    def __init__(
        self, project: Project, restored: Project, text: str = "", parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(text or "restore", parent)
        self.project, self.content = project, restored

    def do(self) -> None:
        self.content = ops.replace_content(self.project, self.content)

    def undo(self) -> None:
        self.content = ops.replace_content(self.project, self.content)


class EditCommand(Command):
    """One user action: a planned composite edit (studio.models.edits) made and undone as one step."""

    def __init__(self, edit: Edit, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.edit = edit

    def do(self) -> None:
        self.edit.apply()

    def undo(self) -> None:
        self.edit.revert()
