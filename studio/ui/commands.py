"""Undo commands: a typed-in field (merging a run of typing), a group of steps, and one planned edit.

Views never build these: the document controller's verbs do (tests/test_verbs_only.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from studio.models import ops
from studio.models.edits import Edit
from studio.models.entities import Project

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


class EditCommand(Command):
    """One user action: a planned composite edit (studio.models.edits) made and undone as one step."""

    def __init__(self, edit: Edit, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.edit = edit

    def do(self) -> None:
        self.edit.apply()

    def undo(self) -> None:
        self.edit.revert()
